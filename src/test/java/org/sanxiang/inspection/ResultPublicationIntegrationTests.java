package org.sanxiang.inspection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 一公开 on the real application and PostgreSQL: a drawn plan is set up through the store,
 * an inspection record is inserted and {@link InspectionRecorded} published in its
 * transaction; the result is public at once with its due day, masked everywhere the
 * public reads it (portal, open data, API), a 负责人 withdraws or corrects it with a public
 * reason, results not published never show their findings, and cancelled plans stay
 * visible.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class ResultPublicationIntegrationTests {

	/** Personal data in the findings that must never reach the public. */
	static final String MOBILE = PublicationFixtures.MOBILE;

	static final String ID_NUMBER = "11010519491231002X";

	static final String CONTACT = PublicationFixtures.CONTACT;

	static final String OPERATOR = PublicationFixtures.OPERATOR;

	static final String FINDINGS = "现场检查发现项目未按核准内容建设。联系人" + CONTACT + "，手机" + MOBILE + "，身份证号" + ID_NUMBER
			+ "。法定代表人赵大明在场。";

	@Autowired
	MockMvc mvc;

	@Autowired
	InspectionStore store;

	@Autowired
	ResultPublications publications;

	@Autowired
	ResultPublishing publishing;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEventPublisher events;

	PublicationFixtures.Fixture drawnPlan() {
		return fixtures().drawnPlan();
	}

	void record(PublicationFixtures.Fixture f, UUID task, String creditCode, LocalDate on, String findings,
			String result, boolean announce) {
		fixtures().record(f, task, creditCode, on, findings, result, announce);
	}

	PublicationFixtures fixtures() {
		return new PublicationFixtures(this.store, this.jdbc, this.tx, this.events);
	}

	String page(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void publishesTheResultAtOnceDueTwentyWorkingDaysAfterTheInspectionAndJournalsIt() {
		PublicationFixtures.Fixture f = drawnPlan();
		LocalDate on = LocalDate.of(2026, 9, 1);
		record(f, f.companyTask(), f.company(), on, FINDINGS, "责令整改", true);

		ResultPublication p = this.publications.find(f.companyTask(), false).orElseThrow();
		assertThat(p.published()).isTrue();
		assertThat(p.dueOn()).isEqualTo(this.workingDays.addWorkingDays(on, 20));
		assertThat(this.workingDays.workingDaysBetween(on, p.dueOn())).isEqualTo(20);
		assertThat(p.items()).extracting(ResultPublication.NamedItem::name).containsExactly("对企业投资项目的监督检查");
		assertThat(p.inspectors()).extracting(ResultPublication.NamedOfficer::name).containsExactly("李明远", "张建华");
		assertThat(this.jdbc
			.sql("select count(*) from journal_entry where type = 'InspectionResultPublished' and case_id = :id")
			.param("id", f.companyTask())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.publications.history(f.companyTask())).extracting(ResultPublication.History::change)
			.containsExactly("公示");
	}

	@Test
	void masksTheMobileTheIdNumberTheContactAndTheOperatorOnThePortalInTheOpenDataAndInTheApi() throws Exception {
		PublicationFixtures.Fixture f = drawnPlan();
		record(f, f.companyTask(), f.company(), LocalDate.of(2026, 9, 1), FINDINGS, "责令整改", true);
		record(f, f.shopTask(), f.shop(), LocalDate.of(2026, 9, 2),
				"经营者" + OPERATOR + "在场，" + "新田县老王副食店" + f.plan().number().substring(5) + "证照齐全。", "未发现问题", true);

		String detail = page("/inspections/results/" + f.companyTask());
		assertThat(detail).contains("138****5678", "110*************2X", "联系人李**", "赵大明", f.company(), "责令整改");
		String shop = page("/inspections/results/" + f.shopTask());
		assertThat(shop).contains("新田县老王副食店", "经营者", "王**");

		byte[] csv = this.mvc.perform(get("/open-data/inspections.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
		String csvText = new String(csv, StandardCharsets.UTF_8);
		assertThat(csvText).contains("检查对象名称", f.company(), "138****5678", "王**");

		String json = page("/open-data/inspections.json");
		assertThat(json).contains("\"creditCode\":\"" + f.company() + "\"", "138****5678");

		String api = page("/api/v1/inspection/results/" + f.companyTask());
		assertThat(api).contains("138****5678", "\"result\":\"责令整改\"");
		String plan = page("/api/v1/inspection/plans/" + f.plan().id());
		String planPage = page("/inspections/" + f.plan().number());
		String list = page("/inspections/results");
		String apiList = page("/api/v1/inspection/results?limit=100");

		for (String text : List.of(detail, shop, csvText, json, api, plan, planPage, list, apiList)) {
			assertThat(text).doesNotContain(MOBILE, ID_NUMBER, CONTACT, OPERATOR, "13912345678", "股东");
		}
		assertThat(planPage).contains("李明远", "43112823001", "回避（亲属关系）", "张建华");
	}

	@Test
	void resultsNotPublishedNeverShowTheirFindingsAndAreListedAsOverdueForTheDirector() throws Exception {
		PublicationFixtures.Fixture f = drawnPlan();
		String secret = "未公示的检查情况" + f.plan().number();
		record(f, f.thirdTask(), f.third(), LocalDate.of(2026, 1, 5), secret, "其他", false);

		assertThat(this.publications.find(f.thirdTask(), false)).isEmpty();
		this.mvc.perform(get("/api/v1/inspection/results/" + f.thirdTask())).andExpect(status().isNotFound());
		this.mvc.perform(get("/inspections/results/" + f.thirdTask())).andExpect(status().isNotFound());
		for (String path : List.of("/api/v1/inspection/plans/" + f.plan().id(),
				"/api/v1/inspection/plans/" + f.plan().number(), "/api/v1/inspection/plans",
				"/inspections/" + f.plan().number(), "/inspections/results", "/api/v1/inspection/results?limit=100",
				"/open-data/inspections.json")) {
			assertThat(page(path)).as(path).doesNotContain(secret);
		}

		ResultPublishing.Due due = this.publishing.due()
			.stream()
			.filter(d -> d.unpublished().assignmentId().equals(f.thirdTask()))
			.findFirst()
			.orElseThrow();
		assertThat(due.dueOn()).isEqualTo(this.workingDays.addWorkingDays(LocalDate.of(2026, 1, 5), 20));
		assertThat(due.overdue()).isEqualTo(this.publishing.today().isAfter(due.dueOn()));
		String console = this.mvc.perform(get("/console/inspection/results").with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(console).contains(f.plan().number(), "新田县第三测试有限公司", due.dueOn().toString());

		this.mvc
			.perform(
					post("/console/inspection/results/" + f.thirdTask() + "/publish").with(user("clerk").roles("CLERK"))
						.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/console/inspection/results/" + f.thirdTask() + "/publish")
				.with(user("director").roles("DIRECTOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/inspections/results/" + f.thirdTask())).contains(secret);
	}

	@Test
	void aRecordedEventBeforeItsRecordsRowLeavesTheRecordingAloneAndPublishesNothing() {
		PublicationFixtures.Fixture f = drawnPlan();
		this.tx.executeWithoutResult(s -> this.events.publishEvent(new InspectionRecorded(f.thirdTask(), f.plan().id(),
				f.plan().number(), f.third(), LocalDate.of(2026, 9, 3), "其他", "officer1", Instant.now())));
		assertThat(this.publications.find(f.thirdTask(), false)).isEmpty();
	}

	@Test
	void aDirectorWithdrawsOrCorrectsAPublishedResultWithAPublicReason() throws Exception {
		PublicationFixtures.Fixture f = drawnPlan();
		record(f, f.companyTask(), f.company(), LocalDate.of(2026, 9, 1), FINDINGS, "责令整改", true);
		record(f, f.shopTask(), f.shop(), LocalDate.of(2026, 9, 2), "证照齐全。", "未发现问题", true);
		String base = "/console/inspection/results/";

		this.mvc
			.perform(post(base + f.companyTask() + "/withdraw").param("reason", "检查对象有误")
				.with(user("officer1").roles("OFFICER"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(base + f.companyTask() + "/withdraw").param("reason", " ")
				.with(user("director").roles("DIRECTOR"))
				.with(csrf()))
			.andExpect(status().isUnprocessableEntity());
		assertThat(this.publications.find(f.companyTask(), false).orElseThrow().withdrawn()).isFalse();

		this.mvc
			.perform(post(base + f.companyTask() + "/withdraw").param("reason", "检查对象有误，联系人张大伟 13700001111")
				.with(user("director").roles("DIRECTOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String console = this.mvc.perform(get(base + f.companyTask()).with(user("director").roles("DIRECTOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(console).contains("已撤回", "撤回", "director", "检查对象有误");
		String withdrawn = page("/inspections/results/" + f.companyTask());
		assertThat(withdrawn).contains("已撤回", "检查对象有误", "137****1111").doesNotContain("未按核准内容建设", "13700001111");
		assertThat(page("/api/v1/inspection/results/" + f.companyTask())).contains("已撤回").doesNotContain("未按核准内容建设");
		String row = page("/open-data/inspections.csv").lines()
			.filter(line -> line.contains(f.companyTask().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(row).contains("已撤回", "检查对象有误").doesNotContain("未按核准内容建设", "责令整改");
		this.mvc
			.perform(post(base + f.companyTask() + "/withdraw").param("reason", "再次撤回")
				.with(user("director").roles("DIRECTOR"))
				.with(csrf()))
			.andExpect(status().isConflict());

		this.mvc
			.perform(post(base + f.shopTask() + "/correct").param("result", "责令整改")
				.param("findings", "复核发现经营者" + OPERATOR + "未亮照经营，电话" + MOBILE)
				.param("explanation", "检查结果录入有误")
				.with(user("director").roles("DIRECTOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String corrected = page("/inspections/results/" + f.shopTask());
		assertThat(corrected).contains("责令整改", "未亮照经营", "王**", "138****5678", "更正", "检查结果录入有误")
			.doesNotContain(OPERATOR, MOBILE);
		assertThat(this.jdbc.sql("""
				select count(*) from journal_entry where case_id in (:a, :b)
				and type in ('InspectionResultWithdrawn', 'InspectionResultCorrected')
				""").param("a", f.companyTask()).param("b", f.shopTask()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aCancelledPlanStaysVisibleWithItsReasonItsDrawAndThePlanThatReplacesIt() throws Exception {
		PublicationFixtures.Fixture f = drawnPlan();
		String suffix = f.plan().number().substring(5);
		Plan replacement = new Plan(UUID.randomUUID(), "CC-R-" + suffix, PublicationFixtures.AGENCY, "替代计划" + suffix,
				List.of("JC-001"), TargetFilter.all(), 1, null, 2, List.of(), LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 10, 31), Instant.parse("2026-09-30T02:00:00Z"), PlanStatus.ANNOUNCED, f.plan().id(),
				"director", Instant.now(), null, null, null);
		this.tx.executeWithoutResult(s -> {
			this.store.cancel(f.plan().id(), "director", Instant.now(), "检查事项调整，另行制定计划");
			this.store.addPlan(replacement);
		});

		String plans = page("/inspections");
		assertThat(plans).contains(f.plan().number(), "已作废", "检查事项调整，另行制定计划", replacement.number(), "待抽取");
		String plan = page("/inspections/" + f.plan().number());
		assertThat(plan).contains("本计划已作废", "检查事项调整，另行制定计划", replacement.number(), "新田县公示测试建材有限公司");
		assertThat(page("/inspections/" + replacement.number())).contains("替代已作废的计划", f.plan().number(), "尚未抽取");
		String api = page("/api/v1/inspection/plans");
		assertThat(api).contains("\"status\":\"CANCELLED\"", "\"replacedBy\":\"" + replacement.number() + "\"");
	}

	@Test
	void thePortalPagesShowTheDrawsPublicInputsAndHowToRepeatItWithoutLogin() throws Exception {
		PublicationFixtures.Fixture f = drawnPlan();
		String plan = page("/inspections/" + f.plan().number());
		assertThat(plan).contains("sanxiang-draw-v1|" + f.plan().id() + "|2026-08-31T02:00:00Z|42|9a0b1c2d", "本站复算一致",
				"对企业投资项目的监督检查", "/transparency", "Fisher–Yates", "inspectors/统一社会信用代码", f.company(), f.shop(), "O-005",
				"陈志刚", "43112823005", "MEUCIQDtestsignature", "sm2-test-key", "aria-current=\"page\"");
		assertThat(page("/inspections")).contains(f.plan().number(), "已抽取", "对企业投资项目的监督检查", "3 户");
		assertThat(page("/inspections/results")).contains("抽查结果公示");
		this.mvc.perform(get("/inspections/CC-NONE-0000")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/inspection/plans/CC-NONE-0000")).andExpect(status().isNotFound());
		this.mvc.perform(get("/inspections/results").param("year", "abc")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/inspection/results").param("result", "合格")).andExpect(status().isBadRequest());
		assertThat(page("/open-data")).contains("/open-data/inspections.csv", "/open-data/inspections.json");
		assertThat(page("/open-data/inspections")).contains("检查对象名称", "targetName");
	}

}
