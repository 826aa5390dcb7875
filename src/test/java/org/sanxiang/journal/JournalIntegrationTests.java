package org.sanxiang.journal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.sanxiang.journal.integrity.HashAlgorithm;
import org.sanxiang.journal.integrity.MerkleTree;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The journal on PostgreSQL: appended in the publisher's transaction, append-only, proven
 * by signed heads, and every kind of tampering found and located (JL-1).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class JournalIntegrationTests {

	private static final HexFormat HEX = HexFormat.of();

	@Autowired
	Journal journal;

	@Autowired
	JournalVerifier verifier;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	record Probe(String journalActor, UUID journalCase, String note) implements Journaled {
	}

	@Test
	void anEventIsJournaledInItsTransactionAndARolledBackChangeLeavesNoEntry() {
		long before = this.journal.size();
		UUID caseId = UUID.randomUUID();
		this.transactions.executeWithoutResult(s -> this.events.publishEvent(new Probe("clerk", caseId, "提交")));
		assertThat(this.journal.size()).isEqualTo(before + 1);
		JournalEntry entry = this.journal.entriesOfCase(caseId).get(0);
		assertThat(entry.type()).isEqualTo("Probe");
		assertThat(entry.entry()).contains("\"note\":\"提交\"").contains("\"actor\":\"clerk\"");

		this.transactions.executeWithoutResult(s -> {
			this.events.publishEvent(new Probe("clerk", caseId, "回滚"));
			s.setRollbackOnly();
		});
		assertThat(this.journal.entriesOfCase(caseId)).hasSize(1);
		assertThat(this.journal.size()).isEqualTo(before + 1);

		this.transactions.executeWithoutResult(s -> {
			this.events.publishEvent(new Probe("clerk", caseId, "补正"));
			this.events.publishEvent(new Probe("clerk", caseId, "受理"));
		});
		assertThat(this.journal.entriesOfCase(caseId)).extracting(JournalEntry::seq)
			.containsExactly(entry.seq(), entry.seq() + 1, entry.seq() + 2);
	}

	@Test
	void demoDataLoadingWasJournaledFromTheFirstEntryOn() {
		assertThat(this.journal.entry(0)).isPresent();
		assertThat(this.jdbc.sql("select count(*) from journal_entry where type = 'CatalogEntryChanged'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void caseTransitionsAreJournaledWithTheirCaseAndActor() {
		// the demo licensing cases were received, accepted and decided through the
		// service
		long caseEvents = this.jdbc.sql("select count(*) from casework_event").query(Long.class).single();
		long journaled = this.jdbc
			.sql("select count(*) from casework_event c where exists (select 1 from "
					+ "journal_entry e where e.case_id = c.case_id and e.type = c.type and e.actor = c.actor)")
			.query(Long.class)
			.single();
		assertThat(caseEvents).isPositive();
		assertThat(journaled).isEqualTo(caseEvents);
	}

	@Test
	void theDatabaseRefusesToUpdateOrDeleteAnEntry() {
		this.events.publishEvent(new Probe("clerk", null, "不可改"));
		assertThatThrownBy(() -> this.jdbc.sql("update journal_entry set actor = 'x' where seq = 0").update())
			.rootCause()
			.hasMessageContaining("全过程记录不可修改或删除");
		assertThatThrownBy(() -> this.jdbc.sql("delete from journal_entry where seq = 0").update()).rootCause()
			.hasMessageContaining("全过程记录不可修改或删除");
	}

	@Test
	void signedHeadsProveInclusionAndConsistencyAndTheirSignaturesVerify() {
		this.events.publishEvent(new Probe("officer1", null, "第一批"));
		TreeHead first = this.journal.signTreeHead().orElseGet(() -> this.journal.latestTreeHead().orElseThrow());
		this.events.publishEvent(new Probe("officer1", null, "第二批"));
		TreeHead second = this.journal.signTreeHead().orElseThrow();
		assertThat(second.size()).isGreaterThan(first.size());

		HashAlgorithm algorithm = this.journal.hashAlgorithm();
		assertThat(algorithm).isEqualTo(HashAlgorithm.SM3);
		for (long seq : List.of(0L, first.size() - 1, second.size() - 1)) {
			Journal.InclusionProof proof = this.journal.inclusionProof(seq, second.size());
			JournalEntry entry = this.journal.entry(seq).orElseThrow();
			byte[] leaf = algorithm.leaf(entry.entry().getBytes(StandardCharsets.UTF_8));
			assertThat(MerkleTree.verifyInclusion(algorithm, seq, second.size(), leaf,
					proof.path().stream().map(HEX::parseHex).toList(), HEX.parseHex(second.root())))
				.as("entry %d", seq)
				.isTrue();
		}
		Journal.ConsistencyProof consistency = this.journal.consistencyProof(first.size(), second.size());
		assertThat(MerkleTree.verifyConsistency(algorithm, first.size(), second.size(), HEX.parseHex(first.root()),
				HEX.parseHex(second.root()), consistency.path().stream().map(HEX::parseHex).toList()))
			.isTrue();
		byte[] key = Base64.getDecoder().decode(this.journal.publicKey().publicKey());
		assertThat(SigningKey.verify(key, second.signedText().getBytes(StandardCharsets.UTF_8),
				Base64.getDecoder().decode(second.signature())))
			.isTrue();
		assertThat(SigningKey.verify(key, (second.signedText() + "x").getBytes(StandardCharsets.UTF_8),
				Base64.getDecoder().decode(second.signature())))
			.isFalse();
		assertThat(this.verifier.verify().intact()).isTrue();
	}

	@Test
	void anUpdatedPayloadIsFoundAndItsSequenceNamed() {
		long seq = appendAndSign("原始内容");
		tampered(() -> this.jdbc.sql("update journal_entry set entry = replace(entry, '原始内容', '篡改内容') where seq = :seq")
			.param("seq", seq)
			.update(), seq, "内容与其叶哈希不符");
	}

	@Test
	void anEntryRewrittenTogetherWithItsLeafHashIsStillFound() {
		long seq = appendAndSign("原始内容二");
		tampered(() -> {
			String entry = this.journal.entry(seq).orElseThrow().entry().replace("原始内容二", "篡改内容二");
			this.jdbc.sql("update journal_entry set entry = :entry, leaf_hash = :leaf where seq = :seq")
				.param("entry", entry)
				.param("leaf", this.journal.hashAlgorithm().leaf(entry.getBytes(StandardCharsets.UTF_8)))
				.param("seq", seq)
				.update();
		}, seq, "已签入树头的叶子不符");
	}

	@Test
	void aDeletedEntryIsFoundAsAGap() {
		long seq = appendAndSign("将被删除");
		appendAndSign("其后一条");
		tampered(() -> this.jdbc.sql("delete from journal_entry where seq = :seq").param("seq", seq).update(), seq,
				"缺失");
	}

	@Test
	void swappedEntriesAreFound() {
		long seq = appendAndSign("甲");
		appendAndSign("乙");
		tampered(() -> {
			this.jdbc.sql("update journal_entry set seq = -1 where seq = :seq").param("seq", seq).update();
			this.jdbc.sql("update journal_entry set seq = :seq where seq = :next")
				.param("seq", seq)
				.param("next", seq + 1)
				.update();
			this.jdbc.sql("update journal_entry set seq = :next where seq = -1").param("next", seq + 1).update();
		}, seq, "序号");
	}

	@Test
	void aLogOfManyBlocksVerifiesWithHeadsOnAndBetweenBlockEdgesAndATamperedEntryDeepInsideIsNamed() {
		// the verifier checks blocks of 4096 entries in parallel: heads on a block's edge
		// and inside one, and a mismatch in a later block, must come out as in order
		long block = 4096;
		appendProbes(block - this.journal.size() % block + block);
		TreeHead onEdge = this.journal.signTreeHead().orElseThrow();
		assertThat(onEdge.size() % block).isZero();
		appendProbes(3000);
		this.journal.signTreeHead().orElseThrow();
		appendProbes(2 * block); // enough blocks that heads are checked while rows still
									// arrive
		this.journal.signTreeHead().orElseThrow();
		appendProbes(10); // after the latest head
		JournalVerification intact = this.verifier.verify();
		assertThat(intact.intact()).isTrue();
		assertThat(intact.verifiedEntries()).isEqualTo(this.journal.size());
		assertThat(intact.verifiedTreeHeads())
			.isEqualTo(this.jdbc.sql("select count(*) from journal_tree_head").query(Long.class).single());

		long seq = onEdge.size() + 1234;
		tampered(() -> this.jdbc.sql("update journal_entry set entry = replace(entry, '批量', '篡改') where seq = :seq")
			.param("seq", seq)
			.update(), seq, "内容与其叶哈希不符");
	}

	/** Appends {@code n} probes, a thousand per transaction. */
	private void appendProbes(long n) {
		for (long done = 0; done < n; done += 1000) {
			long count = Math.min(1000, n - done);
			this.transactions.executeWithoutResult(s -> {
				for (long i = 0; i < count; i++) {
					this.events.publishEvent(new Probe("officer1", null, "批量"));
				}
			});
		}
	}

	@Test
	void theVerifyEndpointIsForAdministratorsAndSupervisorsOnly() throws Exception {
		this.mvc.perform(post("/api/v1/journal/verify")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/journal/entries/0")).andExpect(status().isUnauthorized());
	}

	@Test
	@WithMockUser(roles = "SUPERVISOR")
	void aSupervisorRunsTheVerificationAndReadsAnEntry() throws Exception {
		this.mvc.perform(post("/api/v1/journal/verify").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.firstMismatch").doesNotExist());
		this.mvc.perform(get("/api/v1/journal/entries/0"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.seq").value(0));
	}

	@Test
	void theTransparencyPageAndTheTreeHeadAreOpenToEveryone() throws Exception {
		appendAndSign("公开");
		this.mvc.perform(get("/api/v1/journal/tree-heads/latest"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hashAlgorithm").value("SM3"));
		this.mvc.perform(get("/api/v1/journal/public-key")).andExpect(status().isOk());
		this.mvc.perform(get("/transparency")).andExpect(status().isOk());
	}

	/** Appends one probe and signs a head over it; its sequence number. */
	private long appendAndSign(String note) {
		this.transactions.executeWithoutResult(s -> this.events.publishEvent(new Probe("officer2", null, note)));
		this.journal.signTreeHead();
		return this.journal.latest(1).get(0).seq();
	}

	/**
	 * Tampers as a superuser would (the append-only triggers switched off), verifies, and
	 * rolls everything back so the other tests see the journal intact.
	 */
	private void tampered(Runnable tamper, long expectedSeq, String expectedDetail) {
		this.transactions.executeWithoutResult(s -> {
			this.jdbc.sql("alter table journal_entry disable trigger journal_entry_append_only").update();
			tamper.run();
			JournalVerification result = this.verifier.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstMismatch()).isEqualTo(expectedSeq);
			assertThat(result.detail()).contains(expectedDetail);
			s.setRollbackOnly();
		});
		assertThat(this.verifier.verify().intact()).isTrue();
	}

}
