package org.sanxiang.complaints;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.support.FixedToday;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 投诉举报 end to end on the fixed Monday 2026-06-01: the public form with its question and
 * per-address limit, the receipt and the tracking page, staff handling in the console and
 * the API, routing of complaints that name an officer, and the monthly statistics.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(FixedToday.class)
class ComplaintsIntegrationTests {

	private static final AtomicInteger ADDRESS = new AtomicInteger(1);

	private static final Pattern NUMBER = Pattern.compile("id=\"number\">([^<]+)<");

	private static final Pattern CODE = Pattern.compile("id=\"query-code\">([^<]+)<");

	private static final String SCRIPT = "<script>alert('x')</script>窗口人员态度差";

	@Autowired
	MockMvc mvc;

	@Autowired
	Challenges challenges;

	@Autowired
	ComplaintDesk desk;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	record Submitted(String number, String code) {
	}

	@Test
	void aSubmissionGivesANumberAndAQueryCodeShownOnceAndStoredOnlyAsAHash() throws Exception {
		Submitted s = submit(form("张三", "13800000000", "办事拖延"), newAddress());
		assertThat(s.number()).matches("TS-20260601-\\d{4}");
		assertThat(s.code()).hasSize(ComplaintDesk.QUERY_CODE_LENGTH);
		String hash = this.jdbc.sql("select query_code_hash from complaints_complaint where number = :n")
			.param("n", s.number())
			.query(String.class)
			.single();
		assertThat(hash).isNotEqualTo(s.code()).doesNotContain(s.code());
		String tracking = page(get("/complaints/track").param("number", s.number()).param("code", s.code()));
		assertThat(tracking).contains("待处理", "2026-07-31", "办事拖延");
		String receipt = page(get("/complaints/receipt"));
		assertThat(receipt).doesNotContain(s.code());
	}

	@Test
	void aWrongQueryCodeGetsTheSameNotFoundAsAnUnknownNumber() throws Exception {
		Submitted s = submit(form("", "", "请核查"), newAddress());
		String wrong = this.mvc.perform(
				get("/complaints/track").param("number", s.number()).param("code", "WRONG234").with(from(newAddress())))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = this.mvc
			.perform(get("/complaints/track").param("number", "TS-20990101-0001")
				.param("code", s.code())
				.with(from(newAddress())))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains(ComplaintPublicController.NOT_FOUND).doesNotContain("请核查");
		assertThat(unknown).contains(ComplaintPublicController.NOT_FOUND);
	}

	@Test
	void floodsFromOneAddressAreRefusedWith429AfterTheLimit() throws Exception {
		String address = newAddress();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(raw("第" + i + "次", valid().token(), "999").with(from(address)))
				.andExpect(status().isUnprocessableContent());
		}
		String page = this.mvc.perform(form("", "", "第六次").with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("提交过于频繁：同一网络地址每小时最多提交5次投诉举报");
		// another address is not affected
		submit(form("", "", "另一地址"), newAddress());
	}

	@Test
	void aWrongExpiredOrReplayedAnswerToTheQuestionIsRefused() throws Exception {
		String wrong = this.mvc.perform(raw("内容", valid().token(), "8").with(from(newAddress())))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong).contains("验证问题的答案不正确", "id=\"challenge-question\"").contains("内容");
		Challenges.Challenge expired = this.challenges.issue("q", 7, nonce(),
				this.clock.instant().minus(Duration.ofMinutes(1)));
		this.mvc.perform(raw("内容", expired.token(), "7").with(from(newAddress())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("验证问题已过期"));
		Challenges.Challenge once = this.challenges.issue("q", 7, nonce(),
				this.clock.instant().plus(Duration.ofMinutes(5)));
		this.mvc.perform(raw("第一次", once.token(), "7").with(from(newAddress()))).andExpect(status().is3xxRedirection());
		this.mvc.perform(raw("第二次", once.token(), "7").with(from(newAddress())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("验证问题已使用过"));
		this.mvc
			.perform(post("/complaints/new").param("kind", "COMPLAINT")
				.param("unitCode", "TZK")
				.param("content", "没有令牌")
				.with(from(newAddress())))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputIsRefusedInChineseBesideEachFieldAndNothingIsStored() throws Exception {
		long before = count();
		String page = this.mvc
			.perform(post("/complaints/new").with(csrf())
				.with(from(newAddress()))
				.param("kind", "OTHER")
				.param("unitCode", "NOPE")
				.param("certificateNo", "00000000")
				.param("content", "长".repeat(2001))
				.param("contactPhone", "12345")
				.param("challengeToken", valid().token())
				.param("challengeAnswer", "7"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("请选择投诉或举报", "请选择被投诉举报的单位", "未找到该执法证编号", "内容不能超过2000个字", "请填写正确的手机号码");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void scriptInTheTextIsStoredAsTypedAndEscapedOnTheTrackingAndConsolePages() throws Exception {
		Submitted s = submit(form("", "", SCRIPT), newAddress());
		assertThat(this.jdbc.sql("select content from complaints_complaint where number = :n")
			.param("n", s.number())
			.query(String.class)
			.single()).isEqualTo(SCRIPT);
		String tracking = page(get("/complaints/track").param("number", s.number()).param("code", s.code()));
		assertThat(tracking).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>");
		String console = page(get("/console/complaints/" + s.number()).with(user("director").roles("DIRECTOR")));
		assertThat(console).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
		String list = page(get("/console/complaints").with(user("supervisor").roles("SUPERVISOR")));
		assertThat(list).contains(s.number()).doesNotContain("<script>alert");
	}

	@Test
	void aComplaintNamingAnOfficerReachesTheSupervisorAndNeverThatOfficerInConsoleOrApi() throws Exception {
		// O-001 李明远 signs in as "director"
		Submitted s = submit(form("", "", "局长违规干预审批").param("officerId", "O-001"), newAddress());
		assertThat(this.jdbc.sql("select queue from complaints_complaint where number = :n")
			.param("n", s.number())
			.query(String.class)
			.single()).isEqualTo("SUPERVISION");
		RequestPostProcessor named = user("director").roles("DIRECTOR", "SUPERVISOR");
		assertThat(page(get("/console/complaints").with(named))).doesNotContain(s.number());
		this.mvc.perform(get("/console/complaints/" + s.number()).with(named)).andExpect(status().isNotFound());
		this.mvc
			.perform(
					post("/console/complaints/" + s.number() + "/reply").with(named).with(csrf()).param("reply", "无此事"))
			.andExpect(status().isNotFound());
		String api = this.mvc.perform(get("/api/v1/complaints").with(named))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(api).doesNotContain(s.number());
		this.mvc.perform(get("/api/v1/complaints/" + s.number()).with(named)).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/complaints/" + s.number() + "/reply").with(named)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reply\":\"无此事\"}"))
			.andExpect(status().isNotFound());
		// another 负责人 does not get it either: it is the supervision queue's
		this.mvc.perform(get("/console/complaints/" + s.number()).with(user("deputy").roles("DIRECTOR")))
			.andExpect(status().isNotFound());
		RequestPostProcessor supervisor = user("supervisor").roles("SUPERVISOR");
		assertThat(page(get("/console/complaints").with(supervisor))).contains(s.number());
		assertThat(page(get("/console/complaints/" + s.number()).with(supervisor))).contains("李明远", "局长违规干预审批")
			.doesNotContain("value=\"director\"");
		this.mvc.perform(get("/api/v1/complaints/" + s.number()).with(supervisor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.queue").value("督查"));
		// the named officer cannot be made its handler
		this.mvc
			.perform(post("/console/complaints/" + s.number() + "/handler").with(supervisor)
				.with(csrf())
				.param("handler", "director"))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/console/complaints").with(user("officer1").roles("OFFICER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/complaints").with(user("officer1").roles("OFFICER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffAssignRecordReplyAndCloseAndTheComplainantSeesTheReplyEveryStepJournaled() throws Exception {
		Submitted s = submit(form("李四", "0746-4700123", "收费不合理"), newAddress());
		RequestPostProcessor supervisor = user("supervisor").roles("SUPERVISOR");
		this.mvc
			.perform(post("/console/complaints/" + s.number() + "/handler").with(supervisor)
				.with(csrf())
				.param("handler", "supervisor"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/console/complaints/" + s.number() + "/notes").with(supervisor)
				.with(csrf())
				.param("note", "已调阅收费记录"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/console/complaints/" + s.number() + "/close").with(supervisor).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/api/v1/complaints/" + s.number() + "/reply").with(supervisor)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reply\":\"\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("请填写答复内容"))
			.andExpect(jsonPath("$.errors[0].field").value("reply"));
		this.mvc
			.perform(post("/api/v1/complaints/" + s.number() + "/reply").with(supervisor)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reply\":\"经核查，收费符合规定。\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("已答复"))
			.andExpect(jsonPath("$.deadline").value("2026-07-31"));
		this.mvc.perform(post("/console/complaints/" + s.number() + "/close").with(supervisor).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String tracking = page(get("/complaints/track").param("number", s.number()).param("code", s.code()));
		assertThat(tracking).contains("已办结", "经核查，收费符合规定。");
		{
			String id = this.jdbc.sql("select id::text from complaints_complaint where number = :n")
				.param("n", s.number())
				.query(String.class)
				.single();
			var entries = this.jdbc.sql("select type, entry from journal_entry where entry like :id order by seq")
				.param("id", "%" + id + "%")
				.query((rs, i) -> rs.getString("type") + " " + rs.getString("entry"))
				.list();
			assertThat(entries).extracting(e -> e.substring(0, e.indexOf(' ')))
				.containsExactly("ComplaintReceived", "ComplaintAssigned", "ComplaintNoteRecorded", "ComplaintReplied",
						"ComplaintClosed");
			assertThat(String.join("\n", entries)).doesNotContain("4700123", "李四", "收费不合理", "已调阅收费记录");
		}
	}

	@Test
	void theDeadlineIsSixtyNaturalDaysFromAcceptanceMovedOffRestDaysByTheCalendar() {
		LocalDate june = LocalDate.of(2026, 6, 1);
		assertThat(this.desk.deadline(june)).isEqualTo(this.workingDays.addNaturalDays(june, 60))
			.isEqualTo(LocalDate.of(2026, 7, 31));
		// 2026-08-02 + 60 days is 1 October, 国庆节: the period ends after the holiday
		LocalDate august = LocalDate.of(2026, 8, 2);
		assertThat(this.desk.deadline(august)).isAfter(LocalDate.of(2026, 10, 1));
		assertThat(this.workingDays.day(this.desk.deadline(august)).workingDay()).isTrue();
	}

	@Test
	void theMonthlyStatisticsCountReceivedRepliedOnTimeAndAverageDaysByKindWithoutContent() throws Exception {
		fixture("TS-20250303-0001", "COMPLAINT", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 13));
		fixture("TS-20250310-0001", "COMPLAINT", LocalDate.of(2025, 3, 10), LocalDate.of(2025, 5, 19));
		fixture("TS-20250320-0001", "REPORT", LocalDate.of(2025, 3, 20), null);
		String page = page(get("/complaints/statistics"));
		Matcher row = Pattern.compile("id=\"month-2025-03\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
		assertThat(row.find()).isTrue();
		assertThat(row.group(1).replaceAll("<[^>]+>", " ").trim().split("\\s+")).containsExactly("2025-03", "3", "2",
				"1", "2", "1", "40.0");
		assertThat(page).doesNotContain("统计夹具内容");
	}

	private void fixture(String number, String kind, LocalDate received, LocalDate replied) {
		this.jdbc.sql("""
				insert into complaints_complaint (id, number, kind, unit_code, content, anonymous, queue, status,
				  query_code_hash, received_at, received_on, deadline, reply, replied_at, replied_on)
				values (gen_random_uuid(), :n, :k, 'TZK', '统计夹具内容', true, 'DIRECTOR', :s, :h, now(), :r,
				  :r + 60, :reply, now(), :replied)
				""")
			.param("n", number)
			.param("k", kind)
			.param("s", replied == null ? "RECEIVED" : "REPLIED")
			.param("h", "0".repeat(64))
			.param("r", received)
			.param("reply", replied == null ? null : "答复")
			.param("replied", replied)
			.update();
	}

	private Submitted submit(MockHttpServletRequestBuilder request, String address) throws Exception {
		MvcResult posted = this.mvc.perform(request.with(from(address)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String receipt = this.mvc.perform(get("/complaints/receipt").flashAttrs(posted.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Submitted(find(NUMBER, receipt), find(CODE, receipt));
	}

	private MockHttpServletRequestBuilder form(String name, String phone, String content) {
		MockHttpServletRequestBuilder request = post("/complaints/new").with(csrf())
			.param("kind", "COMPLAINT")
			.param("unitCode", "TZK")
			.param("content", content)
			.param("challengeToken", valid().token())
			.param("challengeAnswer", "7");
		if (name.isEmpty() && phone.isEmpty()) {
			return request.param("anonymous", "true");
		}
		return request.param("contactName", name).param("contactPhone", phone);
	}

	private MockHttpServletRequestBuilder raw(String content, String token, String answer) {
		return post("/complaints/new").with(csrf())
			.param("kind", "COMPLAINT")
			.param("unitCode", "TZK")
			.param("content", content)
			.param("anonymous", "true")
			.param("challengeToken", token)
			.param("challengeAnswer", answer);
	}

	private Challenges.Challenge valid() {
		return this.challenges.issue("三加四等于几？", 7, nonce(), this.clock.instant().plus(Duration.ofMinutes(10)));
	}

	private static String nonce() {
		byte[] bytes = new byte[12];
		ThreadLocalRandom.current().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static String newAddress() {
		return "10.8." + (ADDRESS.get() / 250) + "." + (ADDRESS.getAndIncrement() % 250 + 1);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private long count() {
		return this.jdbc.sql("select count(*) from complaints_complaint").query(Long.class).single();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(from(newAddress())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String find(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		assertThat(m.find()).as(pattern.pattern()).isTrue();
		return m.group(1);
	}

}
