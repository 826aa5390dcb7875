package org.sanxiang.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.sanxiang.catalog.Certificate;
import org.sanxiang.catalog.CertificateStatus;
import org.sanxiang.catalog.Officer;
import org.sanxiang.identity.RoleLabels;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;
import org.sanxiang.support.FixedToday;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inspectors' field pages rendered without a database (today = 2026-06-01): the sheet
 * server-side, a refused result with each reason beside its field and the input kept, a
 * recorded result read-only, and an unknown assignment as a 404 page.
 */
@WebMvcTest(controllers = InspectionTaskConsoleController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ FixedToday.class, InspectionTaskConsolePagesTests.Fixture.class, RoleLabels.class })
class InspectionTaskConsolePagesTests {

	static final UUID ASSIGNMENT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

	static final UUID PLAN = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

	@TestConfiguration
	static class Fixture {

		@Bean
		FakeWork work(Clock clock) {
			return new FakeWork(clock);
		}

		/**
		 * The console header asks for the unread count; this slice has no notifications.
		 */
		@Bean
		NoUnreadCount notificationBadge() {
			return new NoUnreadCount();
		}

	}

	static class NoUnreadCount {

		public Long unread(Object who) {
			return null;
		}

	}

	/** The service's answers, without a database; it records what it was asked. */
	static class FakeWork extends InspectionWork {

		InspectionRecord recorded;

		final List<Command> commands = new ArrayList<>();

		FakeWork(Clock clock) {
			super(null, null, null, null, null, clock);
		}

		@Override
		Optional<Officer> officerOf(String account) {
			return "officer1".equals(account) ? Optional.of(officer("O-003", "张建华", "43112823003", "officer1"))
					: Optional.empty();
		}

		@Override
		List<Task> tasksOf(String account) {
			if (!"officer1".equals(account)) {
				return List.of();
			}
			return List.of(new Task(assignment(), plan(), this.recorded, false));
		}

		@Override
		Sheet sheet(UUID id) {
			if (!ASSIGNMENT.equals(id)) {
				throw new NotFound("抽查任务不存在");
			}
			LocalDate today = FixedToday.TODAY;
			Target target = new Target(InspectionFixtures.AGENCY, "91431128MA4L000001", "新田县示例粮油有限公司", "法人及非法人组织", "李四",
					"新田县龙泉镇示例路 1 号", "龙泉镇", "粮食收购", List.of(), true);
			return new Sheet(assignment(), plan(), target, List.of(), List.of("JC-001"),
					List.of(new Inspector("O-003", "张建华", "投资股股长", "43112823003", "有效", true, "officer1"),
							new Inspector("O-005", "陈志刚", "价格股科员", "43112823005", "已暂扣", false, null)),
					this.recorded, List.of(), false, null, false, today);
		}

		@Override
		InspectionRecord record(UUID assignmentId, Command command, String actorAccount) {
			this.commands.add(command);
			if (command.findings() == null || command.findings().isBlank()) {
				throw new InputRejected(InputRejected.Kind.UNPROCESSABLE,
						List.of(new InputRejected.FieldError("inspectors", "执法人员 陈志刚 的执法证在检查当日无效（已暂扣）"),
								new InputRejected.FieldError("findings", "请填写检查情况"),
								new InputRejected.FieldError("evidence", EVIDENCE_MISSING)));
			}
			this.recorded = new InspectionRecord(assignmentId, command.inspectedOn(),
					List.of(new InspectionRecord.Present("O-003", "张建华", "43112823003"),
							new InspectionRecord.Present("O-004", "刘思源", "43112824004")),
					command.location(), command.findings(), command.result(), command.followUp(), command.rectifyBy(),
					actorAccount, Instant.parse("2026-06-01T02:00:00Z"));
			return this.recorded;
		}

		private static DrawResult.Assignment assignment() {
			return new DrawResult.Assignment(ASSIGNMENT, PLAN, 1, "91431128MA4L000001", "新田县示例粮油有限公司",
					List.of("O-003", "O-005"));
		}

		private static Plan plan() {
			return new Plan(PLAN, "CC-2026-0001", InspectionFixtures.AGENCY, "企业投资项目监督检查", List.of("JC-001"),
					TargetFilter.all(), 1, null, 2, List.of(), LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 30),
					Instant.parse("2026-05-19T02:00:00Z"), PlanStatus.DRAWN, null, "admin",
					Instant.parse("2026-05-18T02:00:00Z"), null, null, null);
		}

		private static Officer officer(String id, String name, String number, String account) {
			return new Officer(
					id, InspectionFixtures.AGENCY, name, "TZK", "投资股股长", new Certificate(number, "湖南省人民政府",
							LocalDate.of(2023, 3, 1), LocalDate.of(2028, 2, 28), CertificateStatus.VALID),
					List.of(), account, true);
		}

	}

	/** officer1 (O-003), signed in: the slice runs without the security filters. */
	static final Authentication OFFICER = signedIn("officer1", "OFFICER");

	@Autowired
	MockMvc mvc;

	static Authentication signedIn(String account, String role) {
		return new UsernamePasswordAuthenticationToken(account, "demo",
				AuthorityUtils.createAuthorityList("ROLE_" + role));
	}

	@Autowired
	FakeWork work;

	@Test
	void theTaskListShowsTheSignedInOfficersOpenTasks() throws Exception {
		this.mvc.perform(get("/console/inspection/tasks").principal(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("新田县示例粮油有限公司"), containsString("CC-2026-0001"),
					containsString("2026-05-20 至 2026-06-30"), containsString("待检查"),
					containsString("/console/inspection/assignments/" + ASSIGNMENT))));
	}

	@Test
	void anAccountWithoutACatalogOfficerIsToldWhyItHasNoTasks() throws Exception {
		this.mvc.perform(get("/console/inspection/tasks").principal(signedIn("supervisor", "SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您的账号未关联执法人员名录中的执法人员")));
	}

	@Test
	void theSheetIsRenderedOnTheServerWithTheUploadFormOfTheAssignment() throws Exception {
		this.mvc.perform(get("/console/inspection/assignments/" + ASSIGNMENT).principal(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("新田县龙泉镇示例路 1 号"), containsString("91431128MA4L000001"),
					containsString("JC-001（事项已不在清单中）"), containsString("今日无效（已暂扣）"),
					containsString("name=\"caseId\" value=\"" + ASSIGNMENT + "\""),
					containsString("value=\"RANDOM_INSPECTION\""), containsString("accept=\"video/*,audio/*,image/*\""),
					containsString("上传现场录音或录像后才能登记结果"), containsString("value=\"2026-06-01\""),
					containsString("/js/evidence-upload.js"))));
	}

	@Test
	void aRefusedResultShowsEachReasonBesideItsFieldAndKeepsTheInput() throws Exception {
		this.mvc
			.perform(post("/console/inspection/assignments/" + ASSIGNMENT).principal(OFFICER)
				.param("inspectedOn", "2026-06-01")
				.param("inspector", "O-003", "O-005")
				.param("location", "仓库东侧")
				.param("result", "责令整改")
				.param("rectifyBy", "2026-07-01")
				.param("findings", " "))
			.andExpect(status().is(422))
			.andExpect(content().string(allOf(
					containsString(
							"<span class=\"field-error\" id=\"error-inspectors\">执法人员 陈志刚 的执法证在检查当日无效（已暂扣）</span>"),
					containsString("<span class=\"field-error\" id=\"error-findings\">请填写检查情况</span>"),
					containsString(InspectionWork.EVIDENCE_MISSING), containsString("value=\"仓库东侧\""),
					containsString("value=\"2026-07-01\""), containsString("value=\"责令整改\" id=\"result-1\" checked"))));
		assertThat(this.work.recorded).isNull();
	}

	@Test
	void aMalformedDateIsRefusedBeforeTheService() throws Exception {
		int before = this.work.commands.size();
		this.mvc
			.perform(post("/console/inspection/assignments/" + ASSIGNMENT).principal(OFFICER)
				.param("inspectedOn", "6月1日")
				.param("findings", "正常"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("检查日期格式不正确")));
		assertThat(this.work.commands).hasSize(before);
	}

	@Test
	void aRecordedResultRedirectsAndIsShownReadOnly() throws Exception {
		this.mvc
			.perform(post("/console/inspection/assignments/" + ASSIGNMENT).principal(OFFICER)
				.param("inspectedOn", "2026-06-01")
				.param("inspector", "O-003", "O-004")
				.param("result", "未发现问题")
				.param("findings", "建设内容与核准一致"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/console/inspection/assignments/" + ASSIGNMENT + "#result"))
			.andExpect(flash().attribute("saved", "已登记检查结果"));
		assertThat(this.work.commands).last()
			.satisfies(c -> assertThat(c.inspectors()).extracting(InspectionWork.Shown::officerId)
				.containsExactly("O-003", "O-004"));
		this.mvc.perform(get("/console/inspection/assignments/" + ASSIGNMENT).principal(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("建设内容与核准一致"), containsString("张建华（执法证 43112823003）"),
					not(containsString("id=\"result-form\"")), not(containsString("id=\"evidence-upload\"")))));
		this.work.recorded = null;
	}

	@Test
	void anUnknownAssignmentIsANotFoundPage() throws Exception {
		this.mvc.perform(get("/console/inspection/assignments/" + UUID.randomUUID()).principal(OFFICER))
			.andExpect(status().isNotFound());
	}

}
