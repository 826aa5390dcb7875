package org.sanxiang.disclosure.publication;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.service.LifecycleDriver;
import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.disclosure.PublishedDecisions;
import org.sanxiang.documents.Documents;
import org.sanxiang.documents.IssuedDocument;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Casework's real decisions reach the pipeline in their own transaction: a grant, its 变更
 * and its 注销 made through the licensing API each get a publication; the issued 准予行政许可决定书
 * gives the grant its number; the 变更 corrects the grant and the 注销 asks for the
 * withdrawal of both within 3 working days (GS-4).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class LicensingDecisionsIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Documents documents;

	@Autowired
	JdbcPublications publications;

	@Autowired
	PublicationPipeline pipeline;

	@Autowired
	CaseFacts facts;

	@Autowired
	PublishedDecisions decisions;

	@Test
	void aGrantItsChangeAndItsCancellationEachGetAPublicationAndTheLaterOnesActOnTheGrant() throws Exception {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId c = driver.apply(8801);
		for (int step = 1; step <= 6; step++) {
			driver.step(c, step);
		}
		List<PublicationRecord> granted = this.publications.ofCase(c.value());
		assertThat(granted).hasSize(1);
		Publication grant = granted.get(0).publication();
		assertThat(grant.action()).isEqualTo("准予许可");
		assertThat(grant.status()).isEqualTo(PublicationStatus.PENDING);
		assertThat(grant.content()).isEqualTo("准予通过节能审查");
		assertThat(grant.validTo()).isEqualTo(this.pipeline.today().plusYears(2));

		this.documents.issue(c, "licence-grant", Map.of("licenceName", "节能审查意见"), null,
				PublicationPipelineIntegrationTests.CLERK);
		Publication numbered = this.publications.find(grant.id()).orElseThrow().publication();
		assertThat(numbered.status()).isEqualTo(PublicationStatus.AWAITING_APPROVAL);
		assertThat(numbered.documentNumber()).startsWith("新发改许〔");
		this.pipeline.publish(grant.id(), PublicationPipelineIntegrationTests.DIRECTOR);

		act(c, "alter-licence", Map.of("revision", 6, "reason", "项目单位名称变更，依申请变更许可证件记载事项"));
		act(c, "cancel-licence", Map.of("revision", 7, "reason", "项目单位依法终止，注销许可"));

		List<PublicationRecord> all = this.publications.ofCase(c.value());
		assertThat(all).extracting(r -> r.publication().action()).containsExactly("准予许可", "变更", "注销");
		PublicationRecord original = all.get(0);
		assertThat(original.publication().currentStatus()).isEqualTo("无效");
		assertThat(original.withdrawalPending()).contains("依法注销", "第七十条", "项目单位依法终止");
		assertThat(original.withdrawalDueOn())
			.isEqualTo(this.pipeline.deadlines().withdrawBy(all.get(2).publication().decidedOn()));
		assertThat(this.publications.history(grant.id())).extracting(JdbcPublications.HistoryRow::change)
			.containsExactly("生成", "补录文书号", "公示", "更正", "待撤回");
		assertThat(all.get(1).withdrawalPending()).isNotNull();
		assertThat(all.get(2).documentTemplate()).isEqualTo("cancellation-decision");
		assertThat(all.get(2).publication().status()).isEqualTo(PublicationStatus.PENDING);
		// the stored history names the same decisions: checking it finds nothing missing
		assertThat(this.pipeline.backfill(this.facts.find(c).orElseThrow(), "director")).isZero();
	}

	@Test
	void aRenewalDenialGetsItsPublicationWaitingForTheRenewalDenialDocument() throws Exception {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId c = driver.apply(8802);
		for (int step = 1; step <= 6; step++) {
			driver.step(c, step);
		}
		act(c, "apply-renewal", Map.of("revision", 6), "clerk", "CLERK");
		act(c, "deny-renewal", Map.of("revision", 7, "reason", "年度检查发现重大隐患未整改"), "director", "DIRECTOR");

		List<PublicationRecord> all = this.publications.ofCase(c.value());
		assertThat(all).extracting(r -> r.publication().action()).containsExactly("准予许可", "不予延续");
		PublicationRecord denial = all.get(1);
		assertThat(denial.documentTemplate()).isEqualTo("renewal-denial");
		assertThat(denial.publication().documentTitle()).isEqualTo("不予延续行政许可决定书");
		assertThat(denial.publication().content()).isEqualTo("年度检查发现重大隐患未整改");
		assertThat(denial.publication().remarks()).contains("第五十条");
		assertThat(denial.publication().status()).isEqualTo(PublicationStatus.PENDING);
		assertThat(denial.publication().dueOn())
			.isEqualTo(this.pipeline.deadlines().publishBy(denial.publication().decidedOn()));
		// the grant stands until the licence lapses at its end
		assertThat(all.get(0).withdrawalPending()).isNull();
		assertThat(this.pipeline.backfill(this.facts.find(c).orElseThrow(), "director")).isZero();
	}

	@Test
	void aPublishedGrantWhoseDocumentIsVoidedAndReissuedTakesTheNewNumberWithAPublicCorrection() {
		CaseId c = granted(8803);
		IssuedDocument first = issueGrant(c);
		UUID id = this.publications.ofCase(c.value()).get(0).id();
		this.pipeline.publish(id, PublicationPipelineIntegrationTests.DIRECTOR);

		this.documents.voidDocument(first.id(), "文书记载事项有误", PublicationPipelineIntegrationTests.DIRECTOR);
		// still public with its number until the replacement is issued
		assertThat(record(id).publication().documentNumber()).isEqualTo(first.number());
		assertThat(record(id).publication().status()).isEqualTo(PublicationStatus.PUBLISHED);

		IssuedDocument second = issueGrant(c);
		Publication relinked = record(id).publication();
		assertThat(relinked.documentNumber()).isEqualTo(second.number()).isNotEqualTo(first.number());
		assertThat(relinked.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(this.decisions.history(id)).extracting("change").containsExactly("公示", "更正");
		assertThat(this.decisions.history(id)).extracting("note")
			.last()
			.asString()
			.contains("文书号更正", first.number(), second.number());
	}

	@Test
	void aGrantNotYetPublishedWhoseDocumentIsVoidedWaitsAgainAndSimplyTakesTheNewNumber() {
		CaseId c = granted(8804);
		IssuedDocument first = issueGrant(c);
		UUID id = this.publications.ofCase(c.value()).get(0).id();
		assertThat(record(id).publication().status()).isEqualTo(PublicationStatus.AWAITING_APPROVAL);

		this.documents.voidDocument(first.id(), "文书记载事项有误", PublicationPipelineIntegrationTests.DIRECTOR);
		assertThat(record(id).publication().status()).isEqualTo(PublicationStatus.PENDING);
		assertThat(record(id).publication().documentNumber()).isNull();

		IssuedDocument second = issueGrant(c);
		assertThat(record(id).publication().documentNumber()).isEqualTo(second.number());
		assertThat(record(id).publication().status()).isEqualTo(PublicationStatus.AWAITING_APPROVAL);
		assertThat(this.publications.history(id)).noneMatch(JdbcPublications.HistoryRow::visible);
		assertThat(this.publications.history(id)).extracting(JdbcPublications.HistoryRow::change)
			.containsExactly("生成", "补录文书号", "文书作废", "补录文书号");
	}

	private CaseId granted(int n) {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId c = driver.apply(n);
		for (int step = 1; step <= 6; step++) {
			driver.step(c, step);
		}
		return c;
	}

	private IssuedDocument issueGrant(CaseId c) {
		return this.documents.issue(c, "licence-grant", Map.of("licenceName", "节能审查意见"), null,
				PublicationPipelineIntegrationTests.CLERK);
	}

	private PublicationRecord record(UUID id) {
		return this.publications.find(id).orElseThrow();
	}

	private void act(CaseId c, String action, Map<String, Object> body) throws Exception {
		act(c, action, body, "director", "DIRECTOR");
	}

	private void act(CaseId c, String action, Map<String, Object> body, String account, String role) throws Exception {
		this.mvc
			.perform(post("/api/v1/licensing/cases/" + c + "/actions/" + action).with(user(account).roles(role))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isOk());
	}

}
