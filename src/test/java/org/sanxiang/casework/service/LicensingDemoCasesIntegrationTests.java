package org.sanxiang.casework.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo installation's 行政许可 cases, made through the service layer on the fixed Monday
 * 2026-06-01, and the console's work lists by role: 我的待办 for 窗口人员, 执法人员 (the cases
 * assigned to the officer their account is linked to) and 负责人, 即将超期 (预警, ≤ 3 working days
 * left) and 已超期 (行政许可法 第四十二条).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(ConsoleFixedDay.class)
class LicensingDemoCasesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LicensingDemoCases demo;

	@Test
	void theDemoInstallationHasCasesInEveryStageRecordedStepByStep() {
		Map<String, String> states = new LinkedHashMap<>();
		states.put(LicensingDemoCases.RECEIVED, "Received");
		states.put(LicensingDemoCases.AWAITING_CORRECTION, "AwaitingCorrection");
		states.put(LicensingDemoCases.NOT_ACCEPTED, "NotAccepted");
		states.put(LicensingDemoCases.AWAITING_ASSIGNMENT, "UnderReview");
		states.put(LicensingDemoCases.UNDER_REVIEW, "UnderReview");
		states.put(LicensingDemoCases.WARNING, "UnderReview");
		states.put(LicensingDemoCases.OVERDUE, "UnderReview");
		states.put(LicensingDemoCases.DELIVERED, "Delivered");
		states.put(LicensingDemoCases.ARCHIVED, "Archived");
		states.forEach((name, state) -> assertThat(stateOf(name)).as(name).isEqualTo(state));
		// every step is an event, on the day it happened: the archived case's eight steps
		// span its 30 working days
		assertThat(this.jdbc.sql("""
				select count(*) from casework_event e join casework_case c on c.id = e.case_id
				where c.applicant_name = :name""")
			.param("name", LicensingDemoCases.ARCHIVED)
			.query(Long.class)
			.single()).isEqualTo(8);
		assertThat(this.jdbc.sql("""
				select min(e.at)::date::text from casework_event e join casework_case c on c.id = e.case_id
				where c.applicant_name = :name""")
			.param("name", LicensingDemoCases.ARCHIVED)
			.query(String.class)
			.single()).isLessThan("2026-05-01");
		// the delivered cases name the scan of their signed receipt, an evidence item of
		// their 送达 (JL-2)
		for (String name : List.of(LicensingDemoCases.DELIVERED, LicensingDemoCases.ARCHIVED)) {
			assertThat(this.jdbc.sql("""
					select count(*) from casework_event e join casework_case c on c.id = e.case_id
					join evidence_item i on i.id = cast(e.payload -> 'receiptEvidence' ->> 0 as uuid)
					where c.applicant_name = :name and e.type = 'DecisionDelivered' and i.activity = 'SERVICE'
					and i.case_id = c.id""").param("name", name).query(Long.class).single()).as(name).isEqualTo(1);
		}
	}

	@Test
	void theDemoShowsTheLegalReviewAtWorkAndTheJournalVerifies() throws Exception {
		// waiting with the reviewer: submitted by officer1, its clock running
		assertThat(stateOf(LicensingDemoCases.MAJOR_AWAITING_REVIEW)).isEqualTo("UnderReview");
		Map<String, Object> waiting = review(LicensingDemoCases.MAJOR_AWAITING_REVIEW);
		assertThat(waiting).containsEntry("status", "UNDER_REVIEW")
			.containsEntry("reviewer", "reviewer")
			.containsEntry("submitted_by", "officer1");
		assertThat(waiting.get("due_on")).isNotNull();
		String worklist = this.mvc.perform(get("/console/reviews").with(user("reviewer").roles("REVIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(worklist).contains(number(LicensingDemoCases.MAJOR_AWAITING_REVIEW));

		// reviewed (通过, with its opinion number) and granted with exactly the reviewed
		// text
		assertThat(stateOf(LicensingDemoCases.MAJOR_REVIEWED)).isEqualTo("Granted");
		Map<String, Object> passed = review(LicensingDemoCases.MAJOR_REVIEWED);
		assertThat(passed).containsEntry("status", "PASSED");
		assertThat((String) passed.get("opinion")).matches("新发改法审〔\\d{4}〕\\d+号");
		assertThat(passed.get("text")).isEqualTo(LicensingDemoCases.MAJOR_GRANT_TEXT);
		assertThat(this.jdbc.sql("""
				select e.payload ->> 'text' from casework_event e join casework_case c on c.id = e.case_id
				where c.applicant_name = :name and e.type = 'CaseDecided'""")
			.param("name", LicensingDemoCases.MAJOR_REVIEWED)
			.query(String.class)
			.single()).isEqualTo(LicensingDemoCases.MAJOR_GRANT_TEXT);
		assertThat(this.jdbc.sql("""
				select d.opinion_number from review_decision d join casework_case c on c.id = d.case_id
				where c.applicant_name = :name and d.review_id is not null""")
			.param("name", LicensingDemoCases.MAJOR_REVIEWED)
			.query(String.class)
			.single()).isEqualTo(passed.get("opinion"));

		this.mvc.perform(post("/api/v1/journal/verify").with(user("supervisor").roles("SUPERVISOR")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.firstMismatch").doesNotExist());
	}

	private Map<String, Object> review(String applicant) {
		return this.jdbc.sql("""
				select r.status, r.reviewer, r.submitted_by, r.due_on,
				  r.content -> 'rounds' -> 0 -> 'opinion' ->> 'number' as opinion,
				  r.content -> 'rounds' -> 0 -> 'submitted' ->> 'decisionText' as text
				from review_legal_review r join casework_case c on c.id = r.case_id
				where c.applicant_name = :name""").param("name", applicant).query().singleRow();
	}

	@Test
	void theDemoCasesAreMadeOnceOnly() {
		long before = cases();
		this.demo.run(null);
		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void theClerksToDoListHoldsWhatTheWindowMustReceiveDeliverOrArchive() throws Exception {
		String page = lists("clerk", "CLERK");
		assertThat(section(page, "mine"))
			.contains(number(LicensingDemoCases.RECEIVED), number(LicensingDemoCases.AWAITING_CORRECTION),
					number(LicensingDemoCases.NOT_ACCEPTED), number(LicensingDemoCases.DELIVERED))
			.contains("受理或补正告知", "等待申请人补正", "归档")
			.doesNotContain(number(LicensingDemoCases.UNDER_REVIEW), number(LicensingDemoCases.ARCHIVED));
	}

	@Test
	void anOfficersToDoListHoldsTheCasesAssignedToTheirOfficerId() throws Exception {
		// officer1's account is O-003's in the demo catalog
		String page = lists("officer1", "OFFICER");
		assertThat(section(page, "mine"))
			.contains(number(LicensingDemoCases.UNDER_REVIEW), number(LicensingDemoCases.WARNING),
					number(LicensingDemoCases.OVERDUE))
			.doesNotContain(number(LicensingDemoCases.AWAITING_ASSIGNMENT), number(LicensingDemoCases.RECEIVED));
		assertThat(page).doesNotContain("officer-unlinked");
		// an account linked to no officer sees every case under review
		String unlinked = lists("officer9", "OFFICER");
		assertThat(section(unlinked, "mine")).contains(number(LicensingDemoCases.AWAITING_ASSIGNMENT),
				number(LicensingDemoCases.UNDER_REVIEW));
		assertThat(unlinked).contains("officer-unlinked");
	}

	@Test
	void theDirectorsToDoListHoldsAssignmentsDecisionsAndPossibleExtensions() throws Exception {
		String mine = section(lists("director", "DIRECTOR"), "mine");
		assertThat(row(mine, LicensingDemoCases.AWAITING_ASSIGNMENT)).contains("指派承办人");
		assertThat(row(mine, LicensingDemoCases.WARNING)).contains("作出决定");
		// 第四十二条: past the statutory 20 working days, the one extension is the 负责人's
		assertThat(row(mine, LicensingDemoCases.OVERDUE)).contains("审批延长期限");
		assertThat(mine).doesNotContain(number(LicensingDemoCases.UNDER_REVIEW), number(LicensingDemoCases.RECEIVED));
	}

	@Test
	void nearAndOverdueCasesAreListedByUrgencyWithTheirTightestClock() throws Exception {
		String page = lists("supervisor", "SUPERVISOR");
		String warning = section(page, "warning");
		assertThat(row(warning, LicensingDemoCases.WARNING)).contains("承诺办理期限", "预警", "<td>2</td>");
		assertThat(warning).doesNotContain(number(LicensingDemoCases.OVERDUE), number(LicensingDemoCases.UNDER_REVIEW));
		String overdue = section(page, "overdue");
		assertThat(row(overdue, LicensingDemoCases.OVERDUE)).contains("超期", "已超");
		assertThat(overdue).doesNotContain(number(LicensingDemoCases.WARNING), number(LicensingDemoCases.RECEIVED));
		String all = section(page, "all");
		assertThat(all).contains(number(LicensingDemoCases.ARCHIVED));
		// most urgent first
		assertThat(all.indexOf(number(LicensingDemoCases.OVERDUE)))
			.isLessThan(all.indexOf(number(LicensingDemoCases.WARNING)));
		assertThat(all.indexOf(number(LicensingDemoCases.WARNING)))
			.isLessThan(all.indexOf(number(LicensingDemoCases.UNDER_REVIEW)));
	}

	// --- helpers ---

	private String lists(String account, String role) throws Exception {
		return this.mvc.perform(get("/console/licensing").with(user(account).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** One work list of the page, from its heading to the next. */
	private static String section(String page, String key) {
		int start = page.indexOf("id=\"" + key + "-heading\"");
		assertThat(start).isNotNegative();
		int end = page.indexOf("-heading\"", start + key.length() + 12);
		return page.substring(start, end < 0 ? page.length() : end);
	}

	private String row(String section, String applicant) {
		String number = number(applicant);
		int start = section.indexOf("data-number=\"" + number + "\"");
		assertThat(start).as("%s (%s) on the list", applicant, number).isNotNegative();
		return section.substring(start, section.indexOf("</tr>", start));
	}

	private String number(String applicant) {
		return this.jdbc.sql("select number from casework_case where applicant_name = :name")
			.param("name", applicant)
			.query(String.class)
			.single();
	}

	private String stateOf(String applicant) {
		return this.jdbc.sql("select state from casework_case where applicant_name = :name")
			.param("name", applicant)
			.query(String.class)
			.single();
	}

	private long cases() {
		return this.jdbc.sql("select count(*) from casework_case").query(Long.class).single();
	}

}
