package org.sanxiang.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.journal.VerifyProof;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The electronic case file of a case archived on PostgreSQL with documents and evidence:
 * the PDF with its parts in order and a 卷内目录 pointing at the pages where each document
 * starts, and the package (ZIP) whose every hash and every inclusion proof is checked
 * again here against its files and the signed tree head, with the journal's own verifier
 * (issue 7: the case-file export test).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(CaseFileFixtures.Config.class)
class CaseFileIntegrationTests {

	private static final HexFormat HEX = HexFormat.of();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	CaseFileFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = CaseFileFixtures.of(this.context);
	}

	/**
	 * A case archived with three documents issued from the standard templates — the
	 * 受理通知书, the 准予行政许可决定书 (over several pages) and the 送达回证 — and two evidence files.
	 */
	private UUID archivedCase() throws Exception {
		UUID caseId = this.fixtures.delivered(CaseFileFixtures.longDecision());
		this.fixtures.evidence(caseId);
		this.fixtures.issue(caseId, "acceptance-notice", Map.of());
		IssuedDocument grant = this.fixtures.issue(caseId, "licence-grant", Map.of("licenceName", "节能审查意见"));
		this.fixtures.issue(caseId, "service-receipt",
				Map.of("servedDocument", grant.title() + "（" + grant.number() + "）", "servers", "李静、王芳", "signedOn",
						DocumentDates.chinese(CaseFileFixtures.NOW.atZone(CaseFileAssembler.CHINA).toLocalDate())));
		this.fixtures.archive(caseId).andExpect(status().isOk());
		return caseId;
	}

	@Test
	void theCaseFilePdfHasItsPartsInOrderAndItsContentsPointAtTheDocuments() throws Exception {
		UUID caseId = archivedCase();
		List<IssuedDocument> documents = this.fixtures.documents(caseId);
		assertThat(documents).extracting(IssuedDocument::templateCode)
			.containsExactly("acceptance-notice", "licence-grant", "service-receipt");

		byte[] pdf = this.mvc
			.perform(get("/api/v1/cases/" + caseId + "/case-file.pdf").with(user("reviewer").roles("REVIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument file = Loader.loadPDF(pdf)) {
			String number = this.jdbc.sql("select number from casework_case where id = :id")
				.param("id", caseId)
				.query(String.class)
				.single();
			assertThat(CaseFileAssemblerTests.page(file, 1)).contains("新田县发展和改革局", "行政许可案卷", number, "新田县示例归档测试有限公司",
					"固定资产投资项目节能审查", "30年（至2056年6月1日）", "共3件，" + file.getNumberOfPages() + "页");
			String contents = CaseFileAssemblerTests.rawPage(file, 2);
			assertThat(contents).startsWith(CaseFileAssembler.TOC_TITLE);
			int previous = 2;
			List<Integer> starts = new java.util.ArrayList<>();
			for (int row = 1; row <= documents.size(); row++) {
				IssuedDocument d = documents.get(row - 1);
				int start = CaseFileAssemblerTests.pageNumberInContents(contents, row);
				assertThat(start).isGreaterThan(previous);
				// the document's own text starts on the page the contents name
				assertThat(CaseFileAssemblerTests.page(file, start)).as(d.title())
					.startsWith("新田县发展和改革局" + d.title() + d.number());
				assertThat(CaseFileAssemblerTests.page(file, start - 1)).doesNotContain(d.number());
				previous = start;
				starts.add(start);
			}
			int evidencePage = CaseFileAssemblerTests.pageNumberInContents(contents, documents.size() + 1);
			assertThat(evidencePage).isGreaterThan(previous);
			assertThat(starts.get(2) - starts.get(1)).as("the decision runs over several pages").isGreaterThan(1);
			String evidence = CaseFileAssemblerTests.page(file, evidencePage);
			assertThat(evidence).startsWith(CaseFileAssembler.EVIDENCE_TITLE).contains("现场核查录像.mp4", "送达照片.png");
			for (EvidenceItem item : this.context.getBean(org.sanxiang.evidence.EvidenceVault.class).itemsOf(caseId)) {
				assertThat(evidence).contains(item.sm3(), item.sha256());
			}
			assertThat(CaseFileAssemblerTests.page(file, file.getNumberOfPages()))
				.startsWith(CaseFileAssembler.NOTES_TITLE);

			// stored once, and journaled with its SM3 and page count
			assertThat(this.jdbc.sql("select sm3 from documents_case_file where case_id = :id and status = 'ASSEMBLED'")
				.param("id", caseId)
				.query(String.class)
				.single()).isEqualTo(Sm3Digests.hex(pdf));
			List<String> assembled = this.jdbc
				.sql("select entry from journal_entry where case_id = :id and type = 'CaseFileAssembled'")
				.param("id", caseId)
				.query(String.class)
				.list();
			assertThat(assembled).hasSize(1);
			JsonNode entry = this.json.readTree(assembled.get(0)).path("payload");
			assertThat(entry.path("sm3").asString()).isEqualTo(Sm3Digests.hex(pdf));
			assertThat(entry.path("pages").asInt()).isEqualTo(file.getNumberOfPages());
			assertThat(entry.path("documents").asInt()).isEqualTo(3);
			assertThat(entry.path("evidence").asInt()).isEqualTo(2);
		}
		assertThat(types(caseId)).contains("CaseFileExported");
	}

	@Test
	void theCasesJournalTimelineNamesEachDocumentAndTheCaseFile() throws Exception {
		UUID caseId = archivedCase();
		this.mvc.perform(get("/api/v1/cases/" + caseId + "/case-file.pdf").with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk());

		String page = this.mvc.perform(get("/console/journal/cases/" + caseId).with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("签发执法文书", "电子案卷组卷", "导出电子案卷", "延长证据保管期限")
			.doesNotContain(">DocumentIssued<", ">CaseFileAssembled<");
		for (IssuedDocument d : this.fixtures.documents(caseId)) {
			assertThat(page).contains(d.number() + "《" + d.title() + "》", "/api/v1/documents/" + d.id() + "/pdf");
		}
		assertThat(page).contains("/api/v1/cases/" + caseId + "/case-file.pdf")
			.containsPattern("电子案卷，共\\d+页（文书3件、证据2件）");
	}

	@Test
	void everyHashAndEveryProofInTheCaseFilePackageVerifiesAgainstItsFilesAndTheSignedHead() throws Exception {
		UUID caseId = archivedCase();

		byte[] zip = this.mvc
			.perform(get("/api/v1/cases/" + caseId + "/case-file.zip").with(user("officer1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, byte[]> files = unzip(zip);
		JsonNode manifest = this.json.readTree(files.get(CaseFilePackage.MANIFEST));

		assertThat(manifest.path("format").asString()).isEqualTo(CaseFilePackage.FORMAT);
		assertThat(manifest.path("problems").size()).as(manifest.path("problems").toString()).isZero();
		// every file of the package is listed, and only those
		List<String> listed = manifest.path("files").valueStream().map(f -> f.path("path").asString()).toList();
		assertThat(listed).containsExactlyInAnyOrderElementsOf(
				files.keySet().stream().filter(p -> !p.equals(CaseFilePackage.MANIFEST)).toList());
		assertThat(listed).contains(CaseFilePackage.CASE_FILE, CaseFilePackage.JOURNAL);
		assertThat(listed.stream().filter(p -> p.startsWith("documents/"))).hasSize(3);
		assertThat(listed.stream().filter(p -> p.startsWith("evidence/"))).hasSize(2);

		JsonNode head = manifest.path("treeHead");
		int proven = 0;
		for (JsonNode file : manifest.path("files")) {
			byte[] content = files.get(file.path("path").asString());
			String sm3 = Sm3Digests.hex(content);
			assertThat(sm3).as(file.path("path").asString()).isEqualTo(file.path("sm3").asString());
			assertThat((long) content.length).isEqualTo(file.path("size").asLong());
			String kind = file.path("kind").asString();
			if (kind.equals("evidence")) {
				assertThat(HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
					.isEqualTo(file.path("sha256").asString());
			}
			if (kind.equals("journal")) {
				continue;
			}
			// the entry that recorded the file is in the log the agency signed …
			JsonNode recorded = file.path("recorded");
			ObjectNode proof = this.json.createObjectNode();
			proof.put("hashAlgorithm", manifest.path("hashAlgorithm").asString());
			proof.put("seq", recorded.path("seq").asLong());
			proof.put("treeSize", recorded.path("treeSize").asLong());
			proof.put("entry", recorded.path("entry").asString());
			proof.put("leafHash", recorded.path("leafHash").asString());
			proof.set("path", recorded.path("path"));
			proof.set("treeHead", head);
			proof.set("publicKey", manifest.path("publicKey"));
			VerifyProof.Report report = VerifyProof.verify(this.json.writeValueAsString(proof));
			assertThat(report.verified()).as(file.path("path").asString() + " " + report.lines()).isTrue();
			assertThat(report.lines()).anyMatch(line -> line.contains("树头签名") && line.contains("有效"));
			// … and names exactly this file
			JsonNode payload = this.json.readTree(recorded.path("entry").asString()).path("payload");
			switch (kind) {
				case "case-file" -> {
					assertThat(recorded.path("type").asString()).isEqualTo("CaseFileAssembled");
					assertThat(payload.path("sm3").asString()).isEqualTo(sm3);
				}
				case "document" -> {
					assertThat(recorded.path("type").asString()).isEqualTo("DocumentIssued");
					assertThat(payload.path("sm3").asString()).isEqualTo(sm3);
					assertThat(payload.path("number").asString()).isEqualTo(file.path("number").asString());
				}
				case "evidence" -> {
					assertThat(recorded.path("type").asString()).isEqualTo("EvidenceAdded");
					assertThat(payload.path("evidenceId").asString()).isEqualTo(file.path("evidenceId").asString());
					assertThat(payload.path("sm3").asString()).isEqualTo(sm3);
					assertThat(payload.path("sha256").asString()).isEqualTo(file.path("sha256").asString());
				}
				default -> throw new AssertionError("unexpected kind " + kind);
			}
			proven++;
		}
		assertThat(proven).isEqualTo(1 + 3 + 2);

		// the journal's record of the case verifies on its own, under the same head
		String record = new String(files.get(CaseFilePackage.JOURNAL), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(VerifyProof.verify(record).verified()).isTrue();
		assertThat(this.json.readTree(record).path("treeHead")).isEqualTo(head);
		// the case-file PDF in the package is the one stored
		assertThat(Sm3Digests.hex(files.get(CaseFilePackage.CASE_FILE)))
			.isEqualTo(this.jdbc.sql("select sm3 from documents_case_file where case_id = :id")
				.param("id", caseId)
				.query(String.class)
				.single());
		// the hand-over is custody: each evidence file, the package and the journal
		// record
		List<String> types = types(caseId);
		assertThat(types.stream().filter(t -> t.equals("EvidenceExported"))).hasSize(2);
		assertThat(types).contains("CaseFileExported", "CaseRecordExported");
	}

	@Test
	void aCaseWhoseDocumentNoLongerMatchesItsRecordIsNotArchived() throws Exception {
		UUID caseId = this.fixtures.delivered();
		IssuedDocument decision = this.fixtures.issue(caseId, "licence-grant", Map.of());
		// the stored PDF changed on disk after it was issued
		this.fixtures.alter(decision);

		this.fixtures.archive(caseId)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("电子案卷无法组卷")))
			.andExpect(jsonPath("$.detail", containsString(decision.number())));

		assertThat(this.jdbc.sql("select state from casework_case where id = :id")
			.param("id", caseId)
			.query(String.class)
			.single()).isEqualTo("Delivered");
		assertThat(this.jdbc.sql("select count(*) from documents_case_file where case_id = :id")
			.param("id", caseId)
			.query(Long.class)
			.single()).isZero();
		assertThat(types(caseId)).doesNotContain("CaseArchived");
	}

	@Test
	void aCaseNotYetArchivedHasNoCaseFileAndStrangersGetNone() throws Exception {
		UUID caseId = this.fixtures.delivered();
		this.mvc.perform(get("/api/v1/cases/" + caseId + "/case-file.pdf").with(user("clerk").roles("CLERK")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("尚未归档")));
		this.mvc
			.perform(get("/api/v1/cases/" + UUID.randomUUID() + "/case-file.zip").with(user("clerk").roles("CLERK")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/cases/" + caseId + "/case-file.pdf").with(user("admin").roles("ADMIN")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/cases/" + caseId + "/case-file.pdf"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
	}

	private List<String> types(UUID caseId) {
		return this.jdbc.sql("select type from journal_entry where case_id = :id order by seq")
			.param("id", caseId)
			.query(String.class)
			.list();
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip),
				java.nio.charset.StandardCharsets.UTF_8)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				files.put(e.getName(), in.readAllBytes());
			}
		}
		return files;
	}

}
