package org.sanxiang.disclosure.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseDecided;
import org.sanxiang.casework.CaseEvent;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.casework.LicenceChanged;
import org.sanxiang.casework.Recorded;
import org.sanxiang.disclosure.Publication;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 核对并补生成公示信息: decided cases without their publications (an installation upgraded from
 * before the pipeline) get them from their history, with the clocks of their decisions; a
 * second run creates nothing.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class PublicationBackfillIntegrationTests {

	@Autowired
	PublicationBackfill backfill;

	@Autowired
	PublicationPipeline pipeline;

	@Autowired
	JdbcPublications publications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void backfillingTheDemoDataTwiceDuplicatesNothing() {
		this.backfill.backfill("director");
		long before = count();
		assertThat(this.backfill.backfill("director")).isZero();
		assertThat(count()).isEqualTo(before);
		assertThat(this.jdbc.sql(
				"select count(*) from (select case_id, source from disclosure_publication group by 1, 2 having count(*) > 1) d")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDecidedCaseWithoutItsPublicationsGetsThemWithTheClocksOfItsDecisions() {
		LocalDate today = this.pipeline.today();
		LocalDate granted = today.minusDays(60);
		LocalDate cancelled = today.minusDays(30);
		CaseSnapshot bare = PublicationPipelineIntegrationTests.organisation("新田县升级前已决定测试有限公司", granted,
				granted.plusYears(3));
		Actor director = PublicationPipelineIntegrationTests.DIRECTOR;
		Recorded decided = new Recorded(bare.id(), director, Instant.now().minusSeconds(60), null, bare.item());
		Recorded ended = new Recorded(bare.id(), director, Instant.now(), "企业申请注销", bare.item());
		List<CaseEvent> history = List.of(new CaseDecided(decided, granted, true, "准予通过节能审查", "赵志刚（示例）", null, false),
				new LicenceChanged(ended, cancelled, "注销", "行政许可法 第七十条", bare.licence().number(), "已注销",
						bare.licence().validTo(), false));
		CaseSnapshot c = withHistory(bare, history);
		assertThat(this.publications.ofCase(c.id().value())).isEmpty();

		assertThat(this.pipeline.backfill(c, "director")).isEqualTo(2);
		List<PublicationRecord> made = this.publications.ofCase(c.id().value());
		assertThat(made).extracting(r -> r.publication().action()).containsExactlyInAnyOrder("准予许可", "注销");
		Publication grant = made.stream()
			.map(PublicationRecord::publication)
			.filter(p -> p.action().equals("准予许可"))
			.findFirst()
			.orElseThrow();
		// the clock runs from the decision, so it is overdue already
		assertThat(grant.dueOn()).isEqualTo(this.pipeline.deadlines().publishBy(granted));
		assertThat(grant.dueOn()).isBefore(today);
		// the later 注销 asked for the grant's withdrawal, as it would have
		assertThat(this.publications.find(grant.id()).orElseThrow().withdrawalPending()).contains("注销");
		assertThat(this.publications.history(grant.id())).extracting(JdbcPublications.HistoryRow::note)
			.anySatisfy(note -> assertThat(note).contains("核对时补生成"));

		assertThat(this.pipeline.backfill(c, "director")).isZero();
		assertThat(this.publications.ofCase(c.id().value())).hasSize(2);
	}

	@Test
	void onlyADirectorRunsTheCheckFromTheConsole() throws Exception {
		this.mvc.perform(post("/console/publications/backfill").with(user("clerk").roles("CLERK")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/console/publications/backfill").with(user("director").roles("DIRECTOR")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/console/publications?done=*"));
	}

	private long count() {
		return this.jdbc.sql("select count(*) from disclosure_publication").query(Long.class).single();
	}

	private static CaseSnapshot withHistory(CaseSnapshot c, List<CaseEvent> history) {
		return new CaseSnapshot(c.id(), c.number(), c.item(), c.agencyCode(), c.applicant(), c.state(), c.stateCode(),
				c.officerIds(), c.hearingRecord(), c.requiredHearing(), c.major(), c.acceptedOn(), c.decisionDue(),
				c.clocks(), c.majorDecisions(), history, c.majorConditions(), c.collectiveDiscussion(),
				c.applicantDetails(), c.licence());
	}

}
