package org.sanxiang.journal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.journal.integrity.HashAlgorithm;
import org.sanxiang.journal.integrity.MerkleTree;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 可回溯: a case's journal entries replayed in the console and exported as one file that an
 * outsider verifies with nothing but the file — every leaf, every inclusion proof and the
 * head's SM2 signature.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class CaseRecordExportIntegrationTests {

	private static final HexFormat HEX = HexFormat.of();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private UUID aDemoCase() {
		return this.jdbc.sql("select id from casework_case where state = 'Archived' limit 1")
			.query(UUID.class)
			.single();
	}

	@Test
	@WithMockUser(username = "clerk", roles = "CLERK")
	void aCaseRecordIsExportedWithProofsThatVerifyWithoutThePlatform() throws Exception {
		UUID caseId = aDemoCase();
		this.mvc.perform(get("/console/journal/cases/{id}", caseId))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("受理")));

		String body = this.mvc.perform(get("/console/journal/cases/{id}/export", caseId))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode export = this.json.readTree(body);
		assertThat(export.path("format").asString()).isEqualTo(CaseRecordExport.FORMAT);
		HashAlgorithm algorithm = HashAlgorithm.of(export.path("hashAlgorithm").asString());
		JsonNode head = export.path("treeHead");
		long size = head.path("size").asLong();
		byte[] root = HEX.parseHex(head.path("root").asString());
		assertThat(export.path("entries").size()).isGreaterThanOrEqualTo(8);
		for (JsonNode entry : export.path("entries")) {
			byte[] leaf = algorithm.leaf(entry.path("entry").asString().getBytes(StandardCharsets.UTF_8));
			assertThat(HEX.formatHex(leaf)).isEqualTo(entry.path("leafHash").asString());
			java.util.List<byte[]> path = new java.util.ArrayList<>();
			entry.path("inclusionPath").forEach(p -> path.add(HEX.parseHex(p.asString())));
			assertThat(MerkleTree.verifyInclusion(algorithm, entry.path("seq").asLong(), size, leaf, path, root))
				.as("entry %s", entry.path("seq"))
				.isTrue();
		}
		String signed = TreeHead.signedText(size, head.path("root").asString(), head.path("hashAlgorithm").asString(),
				java.time.Instant.parse(head.path("at").asString()));
		assertThat(SigningKey.verify(Base64.getDecoder().decode(export.path("publicKey").path("publicKey").asString()),
				signed.getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(head.path("signature").asString())))
			.isTrue();

		// the stand-alone verifier agrees, and notices one changed character
		assertThat(VerifyProof.verify(body).verified()).isTrue();
		String firstEntry = export.path("entries").get(0).path("entry").asString();
		String altered = body.replace(this.json.writeValueAsString(firstEntry),
				this.json.writeValueAsString(firstEntry.replaceFirst("\\d", "9")));
		assertThat(altered).isNotEqualTo(body);
		assertThat(VerifyProof.verify(altered).verified()).isFalse();

		// the export itself is custody of the case record: journaled
		assertThat(this.jdbc.sql(
				"select count(*) from journal_entry where case_id = :id and type = 'CaseRecordExported' and actor = 'clerk'")
			.param("id", caseId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "supervisor", roles = "SUPERVISOR")
	void aSupervisorSeesTheJournalAndRunsAVerificationFromTheConsole() throws Exception {
		this.mvc.perform(get("/console/journal")).andExpect(status().isOk());
		this.mvc.perform(post("/console/journal/verify").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("校验通过")));
	}

	@Test
	@WithMockUser(username = "clerk", roles = "CLERK")
	void aClerkDoesNotSeeTheWholeJournal() throws Exception {
		this.mvc.perform(get("/console/journal")).andExpect(status().isForbidden());
	}

}
