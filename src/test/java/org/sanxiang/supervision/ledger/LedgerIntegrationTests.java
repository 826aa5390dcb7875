package org.sanxiang.supervision.ledger;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.support.FixedToday;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The leadership group and the ledger end to end on the fixed day 2026-06-01: the demo
 * data, the console's commands with their journal entries, refusals with Chinese
 * messages, who may reach what, the API and the workbook read back.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(FixedToday.class)
class LedgerIntegrationTests {

	private static final RequestPostProcessor SUPERVISOR = user("supervisor").roles("SUPERVISOR");

	private static final RequestPostProcessor DIRECTOR = user("director").roles("DIRECTOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	Ledger ledger;

	@Autowired
	LeadershipGroup group;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoGroupHasTheDirectorAsLeaderTheChiefEconomistAsDeputyAndItsOfficeIn法规股() throws Exception {
		List<LeadershipGroup.Member> members = this.group.members();
		assertThat(members.get(0).role()).isEqualTo(GroupRole.LEADER);
		assertThat(members.get(0).post()).contains("局长");
		assertThat(members.get(1).role()).isEqualTo(GroupRole.DEPUTY);
		assertThat(members.get(1).post()).contains("总经济师");
		assertThat(members).filteredOn(m -> m.role() == GroupRole.MEMBER)
			.extracting(LeadershipGroup.Member::unitCode)
			.contains("FGG", "LSTK");
		assertThat(this.group.office()).get().extracting(LeadershipGroup.Office::unitCode).isEqualTo("FGG");
		String page = page(get("/console/supervision/group").with(DIRECTOR));
		assertThat(page).contains("组长", "副组长", "总经济师", "法规股", "0746-4700005");
	}

	@Test
	void theDemoLedgerHoldsTheWorkPlanWithDoneTasksAndOneOverdueMarkedRed() throws Exception {
		List<LedgerTask> tasks = this.ledger.list(Ledger.Filter.ALL);
		assertThat(tasks).extracting(LedgerTask::category)
			.contains(LedgerCategory.RULES, LedgerCategory.PRIOR_DISCLOSURE, LedgerCategory.SHOWING_CERTIFICATES,
					LedgerCategory.NOTIFICATION, LedgerCategory.LATER_DISCLOSURE, LedgerCategory.WRITTEN_RECORD,
					LedgerCategory.AUDIO_VIDEO, LedgerCategory.REVIEW_CATALOGUE);
		assertThat(this.ledger.list(new Ledger.Filter(LedgerStatus.COMPLETED, null, null)))
			.hasSizeGreaterThanOrEqualTo(5);
		assertThat(this.ledger.list(new Ledger.Filter(LedgerStatus.OVERDUE, "LSTK", null)))
			.extracting(LedgerTask::title)
			.containsExactly(LedgerDemoData.OVERDUE_TITLE);
		String list = page(get("/console/supervision/ledger").with(SUPERVISOR));
		assertThat(list).contains("id=\"overdue-summary\"", "class=\"overdue\"", "badge err", "已逾期",
				LedgerDemoData.OVERDUE_TITLE);
		String filtered = page(get("/console/supervision/ledger").param("status", "OVERDUE").with(SUPERVISOR));
		assertThat(filtered).contains(LedgerDemoData.OVERDUE_TITLE).doesNotContain("制定行政执法三项制度实施方案");
	}

	@Test
	void aTaskIsCreatedEditedNotedGivenEvidenceCompletedAndReopenedEachStepJournaled() throws Exception {
		String location = this.mvc
			.perform(post("/console/supervision/ledger").param("title", "开展三项制度专题培训")
				.param("category", "TRAINING")
				.param("unitCode", "FGG")
				.param("owner", "reviewer")
				.param("deadline", "2026-09-30")
				.with(SUPERVISOR)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/console/supervision/ledger/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(page(get("/console/supervision/ledger/new").with(SUPERVISOR))).contains("新建任务", "音像记录");
		assertThat(page(get("/console/supervision/ledger/" + id + "/edit").with(DIRECTOR))).contains("修改任务",
				"开展三项制度专题培训", "2026-09-30");
		this.mvc
			.perform(post("/console/supervision/ledger/" + id).param("title", "开展三项制度专题培训（全体执法人员）")
				.param("category", "培训")
				.param("unitCode", "FGG")
				.param("owner", "reviewer")
				.param("deadline", "2026-10-31")
				.with(DIRECTOR)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/console/supervision/ledger/" + id + "/notes").param("note", "已拟定培训计划")
				.with(SUPERVISOR)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		byte[] content = "培训签到表".getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(multipart("/console/supervision/ledger/" + id + "/evidence")
				.file(new MockMultipartFile("file", "签到表.txt", "text/plain", content))
				.with(SUPERVISOR)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		LedgerTask task = this.ledger.open(id).task();
		assertThat(task.title()).isEqualTo("开展三项制度专题培训（全体执法人员）");
		assertThat(task.statusOn(this.ledger.today())).isEqualTo(LedgerStatus.IN_PROGRESS);
		LedgerTasks.Evidence file = this.ledger.open(id).evidence().get(0);
		assertThat(file.sm3()).hasSize(64);
		byte[] downloaded = this.mvc
			.perform(get("/console/supervision/ledger/" + id + "/evidence/" + file.id()).with(DIRECTOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/octet-stream"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(content);

		this.mvc
			.perform(post("/console/supervision/ledger/" + id + "/completion").param("summary", "培训已完成，考试合格率100%")
				.with(SUPERVISOR)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.ledger.open(id).task().statusOn(this.ledger.today())).isEqualTo(LedgerStatus.COMPLETED);
		this.mvc
			.perform(post("/console/supervision/ledger/" + id + "/reopening").param("reason", "补充考试材料")
				.with(DIRECTOR)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Ledger.Details reopened = this.ledger.open(id);
		assertThat(reopened.task().completed()).isFalse();
		assertThat(reopened.notes()).extracting(LedgerTasks.Note::text).containsExactly("已拟定培训计划", "重新打开：补充考试材料");
		String page = page(get("/console/supervision/ledger/" + id).with(SUPERVISOR));
		assertThat(page).contains("已拟定培训计划", "签到表.txt", "进行中");

		List<String> journaled = this.jdbc.sql("select type from journal_entry where entry like ? order by seq")
			.param("%" + id + "%")
			.query(String.class)
			.list();
		assertThat(journaled).containsExactly("LedgerTaskCreated", "LedgerTaskEdited", "LedgerNoteRecorded",
				"LedgerEvidenceAdded", "LedgerTaskCompleted", "LedgerTaskReopened");
	}

	@Test
	void badInputIsRefusedWith422AndAChineseMessageAndNothingSaved() throws Exception {
		int before = this.ledger.list(Ledger.Filter.ALL).size();
		String blank = this.mvc
			.perform(post("/console/supervision/ledger").param("title", " ")
				.param("category", "RULES")
				.param("unitCode", "FGG")
				.param("owner", "reviewer")
				.param("deadline", "2026-09-30")
				.with(SUPERVISOR)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(blank).contains("请填写任务名称");
		this.mvc.perform(post("/api/v1/supervision/ledger").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"补录","category":"OTHER","unitCode":"FGG","owner":"reviewer","deadline":"2026-05-31"}""")
			.with(SUPERVISOR)
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("完成期限不能早于今天")));
		this.mvc.perform(post("/api/v1/supervision/ledger").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"补录","category":"OTHER","unitCode":"NOPE","owner":"reviewer","deadline":"2026-09-30"}""")
			.with(SUPERVISOR)
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("没有该责任单位")));
		assertThat(this.ledger.list(Ledger.Filter.ALL)).hasSize(before);

		UUID id = this.ledger.list(Ledger.Filter.ALL).get(0).id();
		String empty = this.mvc
			.perform(multipart("/console/supervision/ledger/" + id + "/evidence")
				.file(new MockMultipartFile("file", "空.txt", "text/plain", new byte[0]))
				.with(SUPERVISOR)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(empty).contains("上传的文件是空的");
		long oversize = this.ledger.maxFileSize() + 1;
		assertThatThrownBy(() -> this.ledger.addEvidence(id, "大文件.mp4", "video/mp4", oversize,
				new ByteArrayInputStream(new byte[1]), "supervisor"))
			.isInstanceOf(InputRejected.class)
			.hasMessageContaining("文件不能超过 20 MB");
		this.mvc.perform(
				post("/console/supervision/ledger/" + id + "/notes").param("note", "").with(SUPERVISOR).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.ledger.open(id).evidence()).isEmpty();
	}

	@Test
	void officersAndClerksAreRefusedAndAnonymousVisitorsSentToTheLogin() throws Exception {
		RequestPostProcessor officer = user("officer1").roles("OFFICER");
		RequestPostProcessor clerk = user("clerk").roles("CLERK");
		this.mvc.perform(get("/console/supervision/ledger").with(officer)).andExpect(status().isForbidden());
		this.mvc.perform(get("/console/supervision/group").with(clerk)).andExpect(status().isForbidden());
		this.mvc.perform(get("/console/supervision/ledger.xlsx").with(clerk)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/supervision/ledger").with(officer)).andExpect(status().isForbidden());
		this.mvc.perform(post("/console/supervision/ledger").param("title", "x").with(officer).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/console/supervision/ledger"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/v1/supervision/ledger")).andExpect(status().isUnauthorized());
		// 管理员 read the ledger and keep the group, but do not change tasks
		RequestPostProcessor admin = user("admin").roles("ADMIN");
		this.mvc.perform(get("/console/supervision/ledger").with(admin)).andExpect(status().isOk());
		this.mvc.perform(post("/console/supervision/ledger").param("title", "x").with(admin).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/console/supervision/group/members").param("role", "MEMBER")
				.param("name", "测试（示例）")
				.param("post", "科员")
				.param("unitCode", "NOPE")
				.with(DIRECTOR)
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theStaffOfTheOwnerUnitRecordProgressOnTheirTasksButNeitherCompleteThemNorSeeOtherUnits() throws Exception {
		// the demo account officer1 belongs to 粮食调控股 (LSTK), clerk to 办公室 (BGS)
		UUID own = this.ledger.create(
				new TaskForm("粮食收购企业备案信息公示", "事前公开", "LSTK", "officer1", java.time.LocalDate.of(2026, 7, 31)),
				"supervisor");
		UUID other = this.ledger.create(
				new TaskForm("法制审核人员培训", "培训", "FGG", "reviewer", java.time.LocalDate.of(2026, 7, 31)), "supervisor");
		RequestPostProcessor officer = user("officer1").roles("OFFICER");
		String page = page(get("/console/supervision/ledger/" + own).with(officer));
		assertThat(page).contains("新的进展情况", "上传佐证材料").doesNotContain("确认完成", "修改任务");
		this.mvc
			.perform(post("/console/supervision/ledger/" + own + "/notes").param("note", "已在门户网站公示备案企业名单")
				.with(officer)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(multipart("/console/supervision/ledger/" + own + "/evidence")
				.file(new MockMultipartFile("file", "公示截图.png", "image/png", new byte[] { 1, 2, 3 }))
				.with(officer)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/api/v1/supervision/ledger/" + own + "/notes").contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"已更新\"}")
				.with(httpBasic("officer1", "demo")))
			.andExpect(status().isOk());
		assertThat(this.ledger.open(own).notes()).extracting(LedgerTasks.Note::author)
			.containsExactly("officer1", "officer1");
		assertThat(this.ledger.open(own).evidence()).hasSize(1);
		this.mvc
			.perform(post("/console/supervision/ledger/" + own + "/completion").param("summary", "完成")
				.with(officer)
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/console/supervision/ledger/" + other).with(officer)).andExpect(status().isForbidden());
		this.mvc.perform(
				post("/console/supervision/ledger/" + other + "/notes").param("note", "x").with(officer).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/supervision/ledger/" + own).with(httpBasic("clerk", "demo")))
			.andExpect(status().isForbidden());
		assertThat(this.ledger.open(other).notes()).isEmpty();
	}

	@Test
	void theGroupIsKeptByAdminsAndSupervisorsEachChangeJournaled() throws Exception {
		this.mvc
			.perform(post("/console/supervision/group/members").param("role", "MEMBER")
				.param("name", "")
				.param("post", "科员")
				.param("unitCode", "JGK")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/console/supervision/group/members").param("role", "MEMBER")
				.param("name", "钱进（示例）")
				.param("post", "政务服务窗口负责人")
				.param("unitCode", "ZWFW")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = this.group.members().stream().filter(m -> m.name().equals("钱进（示例）")).findFirst().orElseThrow().id();
		this.mvc.perform(post("/console/supervision/group/members/" + id + "/removal").with(SUPERVISOR).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.group.members()).extracting(LeadershipGroup.Member::name).doesNotContain("钱进（示例）");
		assertThat(this.jdbc
			.sql("select count(*) from journal_entry where type = 'LeadershipGroupChanged' and entry like ?")
			.param("%钱进%")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theApiListsFiltersCreatesNotesAndCompletesWithProblemBodies() throws Exception {
		this.mvc.perform(get("/api/v1/supervision/ledger").param("status", "OVERDUE").with(DIRECTOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.title == '" + LedgerDemoData.OVERDUE_TITLE + "')].statusLabel").value("已逾期"));
		String created = this.mvc.perform(post("/api/v1/supervision/ledger").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"编制音像记录设备台账","category":"音像记录","unitCode":"NYK","owner":"刘思源","deadline":"2026-08-31"}""")
			.with(httpBasic("supervisor", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.task.status").value("NOT_STARTED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = created.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
		this.mvc
			.perform(post("/api/v1/supervision/ledger/" + id + "/notes").contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"已清点执法记录仪12台\"}")
				.with(httpBasic("supervisor", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.task.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.notes[0].text").value("已清点执法记录仪12台"));
		this.mvc
			.perform(post("/api/v1/supervision/ledger/" + id + "/completion").contentType(MediaType.APPLICATION_JSON)
				.content("{\"summary\":\"\"}")
				.with(httpBasic("supervisor", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")));
		this.mvc
			.perform(post("/api/v1/supervision/ledger/" + id + "/completion").contentType(MediaType.APPLICATION_JSON)
				.content("{\"summary\":\"台账已建立\"}")
				.with(httpBasic("supervisor", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.task.statusLabel").value("已完成"))
			.andExpect(jsonPath("$.task.completedOn").value("2026-06-01"));
		this.mvc.perform(get("/api/v1/supervision/ledger/" + UUID.randomUUID()).with(DIRECTOR))
			.andExpect(status().isNotFound());
	}

	@Test
	void theWorkbookHasABoldFrozenHeaderAndOneRowPerTaskWithDatesAsDates() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/console/supervision/ledger.xlsx").with(DIRECTOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", LedgerWorkbook.MEDIA_TYPE))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<LedgerTask> tasks = this.ledger.list(Ledger.Filter.ALL);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = book.getSheet("落实台账");
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("任务");
			assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(5));
			assertThat(sheet.getLastRowNum()).isEqualTo(tasks.size());
			Row overdue = null;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				if (sheet.getRow(r).getCell(0).getStringCellValue().equals(LedgerDemoData.OVERDUE_TITLE)) {
					overdue = sheet.getRow(r);
				}
			}
			assertThat(overdue).isNotNull();
			Cell deadline = overdue.getCell(4);
			assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
			assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-05-29");
			assertThat(overdue.getCell(5).getStringCellValue()).isEqualTo("已逾期");
			assertThat(overdue.getCell(2).getStringCellValue()).isEqualTo("粮食调控股");
		}
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
