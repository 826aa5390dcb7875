package org.sanxiang.casework.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.CaseId;
import org.sanxiang.documents.CaseFileFixtures;
import org.sanxiang.documents.IssuedDocument;
import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceFixtures;
import org.sanxiang.evidence.EvidenceImports;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceVault;
import org.sanxiang.evidence.Tus;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.support.FixedToday;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 归档 freezes the case (issue 7 item 6): on PostgreSQL, every casework command, every
 * change of its evidence, a legal-review submission and issuing or voiding a document are
 * refused with 案件已归档，不能修改, nothing is saved (no document number is taken), and the case
 * is still read, replayed and exported; archiving keeps the case file and its evidence
 * for the retention period (保管期限, JL-6).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(CaseFileFixtures.Config.class)
class ArchivedCaseIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Casework casework;

	@Autowired
	EvidenceVault vault;

	@Autowired
	EvidenceImports imports;

	CaseFileFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = CaseFileFixtures.of(this.context);
	}

	@Test
	void archivingKeepsTheCaseAndItsEvidenceForTheRetentionPeriod() throws Exception {
		UUID caseId = this.fixtures.delivered();
		List<EvidenceItem> evidence = this.fixtures.evidence(caseId);
		LocalDate retainUntil = FixedToday.TODAY.plusYears(30);
		// recorded the day before: kept 30 years from then, a day short of the case file
		assertThat(evidence).allMatch(i -> i.retentionEnd().isBefore(retainUntil));

		this.fixtures.archive(caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("已归档"))
			.andExpect(jsonPath("$.retainUntil").value(retainUntil.toString()));

		assertThat(this.jdbc.sql("select retain_until from casework_case where id = :id")
			.param("id", caseId)
			.query(LocalDate.class)
			.single()).isEqualTo(retainUntil);
		// JL-6: audio/video used as evidence is kept with the case file
		assertThat(this.vault.itemsOf(caseId)).extracting(EvidenceItem::retentionEnd)
			.allMatch(end -> !end.isBefore(retainUntil));
		assertThat(journalTypes(caseId)).contains("CaseArchived", "EvidenceRetentionExtended");
		assertThat(this.jdbc.sql("select entry from journal_entry where case_id = :id and type = 'CaseArchived'")
			.param("id", caseId)
			.query(String.class)
			.single()).contains("\"retainUntil\":\"" + retainUntil + "\"").contains("\"retentionYears\":30");
		this.mvc.perform(get("/console/licensing/" + caseId).with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("至 " + retainUntil)))
			.andExpect(content().string(containsString("/api/v1/cases/" + caseId + "/case-file.pdf")))
			.andExpect(content().string(containsString("电子案卷")));
	}

	@Test
	void everyCaseworkCommandOnAnArchivedCaseIsRefusedAndNothingIsSaved() throws Exception {
		UUID caseId = this.fixtures.delivered();
		this.fixtures.archive(caseId).andExpect(status().isOk());
		List<String> recorded = caseworkEntries(caseId);

		for (LicensingAction action : LicensingAction.values()) {
			this.fixtures.act(caseId.toString(), action.path(), action.role().name(), Map.of("revision", 7))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail", containsString("案件已归档，不能修改")));
		}
		// the console says the same, in Chinese, and saves nothing
		this.mvc
			.perform(post("/console/licensing/" + caseId + "/actions/revoke-licence").param("revision", "7")
				.param("reason", "以欺骗手段取得")
				.with(user("director").roles("DIRECTOR"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("案件已归档，不能修改")));
		this.mvc
			.perform(multipart("/api/v1/licensing/cases/" + caseId + "/materials").param("materialName", "节能报告")
				.param("paper", "true")
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("案件已归档，不能修改")));
		// the sweeps of the law's automatic acts leave it alone too
		assertThat(this.casework.deemAcceptedIfLapsed(new CaseId(caseId), java.time.Clock.systemUTC())).isFalse();
		assertThat(this.casework.deemRenewedIfLapsed(new CaseId(caseId), java.time.Clock.systemUTC())).isFalse();

		assertThat(this.casework.find(new CaseId(caseId)).revision()).isEqualTo(7);
		assertThat(caseworkEntries(caseId)).isEqualTo(recorded);
		// reading, replaying and exporting stay open
		this.mvc.perform(get("/api/v1/licensing/cases/" + caseId).with(user("officer1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stateCode").value("Archived"))
			.andExpect(jsonPath("$.allowedActions.length()").value(0));
		this.mvc.perform(get("/console/journal/cases/" + caseId + "/export").with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk());
	}

	@Test
	void theEvidenceOfAnArchivedCaseIsFrozenButStillReadAndExported() throws Exception {
		UUID caseId = this.fixtures.delivered();
		EvidenceItem recording = this.fixtures.evidence(caseId).get(0);
		this.fixtures.archive(caseId).andExpect(status().isOk());
		long items = this.vault.historyOf(caseId).size();

		// an upload over tus is refused when it is created
		Map<String, String> metadata = Tus.metadata("补充录像.mp4");
		metadata.put("caseId", caseId.toString());
		metadata.put("captureStart", "2026-06-01T08:00:00+08:00");
		metadata.put("captureEnd", "2026-06-01T08:10:00+08:00");
		this.mvc
			.perform(post("/api/v1/evidence/uploads").header("Tus-Resumable", "1.0.0")
				.header("Upload-Length", "1000")
				.header("Upload-Metadata", Tus.encode(metadata))
				.with(user("officer1").roles("OFFICER"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("案件已归档，不能修改")));
		// and so is a whole file kept at once, e.g. a scanned receipt attached to a
		// delivery
		assertThatThrownBy(() -> this.imports.keep(new EvidenceImports.Capture(caseId, Activity.SERVICE, "李静", "扫描仪",
				CaseFileFixtures.NOW.minusSeconds(600), CaseFileFixtures.NOW.minusSeconds(600), "窗口", "送达回证扫描件",
				"送达回证.png"), EvidenceFixtures.png(10_000, 3), "clerk"))
			.isInstanceOf(InputRejected.class)
			.hasMessageContaining("案件已归档，不能修改");
		this.mvc
			.perform(delete("/api/v1/evidence/" + recording.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"保存期限届满\"}")
				.with(user("director").roles("DIRECTOR"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("案件已归档，不能修改")));
		this.mvc
			.perform(post("/api/v1/evidence/exemptions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"caseId\":\"" + caseId + "\",\"activity\":\"HEARING\",\"reason\":\"设备故障\"}")
				.with(user("director").roles("DIRECTOR"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("案件已归档，不能修改")));
		assertThat(this.vault.historyOf(caseId)).hasSize((int) items);
		assertThat(this.vault.approvedExemption(caseId, Activity.HEARING)).isEmpty();

		// played and exported as before, each journaled
		this.mvc
			.perform(get("/api/v1/evidence/" + recording.id() + "/content").with(user("reviewer").roles("REVIEWER")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/evidence/" + recording.id() + "/exports").contentType(MediaType.APPLICATION_JSON)
				.content("{\"purpose\":\"移送法院\"}")
				.with(user("officer1").roles("OFFICER"))
				.with(csrf()))
			.andExpect(status().isNoContent());
		assertThat(journalTypes(caseId)).contains("EvidenceViewed", "EvidenceExported", "EvidenceRetentionExtended");
	}

	@Test
	void noLegalReviewIsSubmittedForAnArchivedCase() throws Exception {
		UUID caseId = this.fixtures.delivered();
		this.fixtures.archive(caseId).andExpect(status().isOk());

		this.mvc
			.perform(post("/api/v1/reviews").contentType(MediaType.APPLICATION_JSON)
				.content("{\"caseId\":\"" + caseId + "\",\"action\":\"撤销\",\"decisionText\":\"撤销许可\"}")
				.with(user("officer1").roles("OFFICER"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("案件已归档，不能修改")));
		assertThat(journalTypes(caseId)).doesNotContain("ReviewSubmitted");
	}

	@Test
	void noDocumentIsIssuedOrVoidedOnAnArchivedCaseAndNoNumberIsTaken() throws Exception {
		UUID caseId = this.fixtures.delivered();
		IssuedDocument grant = this.fixtures.issue(caseId, "licence-grant", Map.of());
		this.fixtures.archive(caseId).andExpect(status().isOk());
		long numbers = numbersTaken();
		List<String> recorded = caseworkEntries(caseId);

		for (String path : List.of("/documents", "/documents/preview")) {
			this.mvc
				.perform(post("/api/v1/cases/" + caseId + path).contentType(MediaType.APPLICATION_JSON)
					.content("{\"template\":\"acceptance-notice\"}")
					.with(user("clerk").roles("CLERK"))
					.with(csrf()))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail", containsString("案件已归档，不能修改")));
		}
		this.mvc
			.perform(post("/api/v1/documents/" + grant.id() + "/void").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"文书内容有误\"}")
				.with(user("director").roles("DIRECTOR"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("案件已归档，不能修改")));
		// the console's form says the same in Chinese
		this.mvc
			.perform(post("/console/documents/cases/" + caseId + "/issue").param("template", "acceptance-notice")
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("案件已归档，不能修改")));

		assertThat(numbersTaken()).isEqualTo(numbers);
		assertThat(this.fixtures.documents(caseId)).singleElement().satisfies(d -> assertThat(d.valid()).isTrue());
		assertThat(caseworkEntries(caseId)).isEqualTo(recorded);
		// the case page shows its documents, and no form to issue or void one
		this.mvc.perform(get("/console/licensing/" + caseId).with(user("director").roles("DIRECTOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(grant.number())))
			.andExpect(content().string(containsString("documents-archived")))
			.andExpect(content().string(not(containsString("documents-compose"))))
			.andExpect(content().string(not(containsString("void-form"))));
	}

	private long numbersTaken() {
		return this.jdbc.sql("select coalesce(sum(last_sequence), 0) from documents_series").query(Long.class).single();
	}

	/**
	 * The case's journal entries but the case file's, which is assembled in the
	 * background once the archive committed.
	 */
	private List<String> caseworkEntries(UUID caseId) {
		return journalTypes(caseId).stream().filter(type -> !type.equals("CaseFileAssembled")).toList();
	}

	private List<String> journalTypes(UUID caseId) {
		return this.jdbc.sql("select type from journal_entry where case_id = :id order by seq")
			.param("id", caseId)
			.query(String.class)
			.list();
	}

}
