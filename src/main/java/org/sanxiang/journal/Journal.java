package org.sanxiang.journal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sanxiang.journal.integrity.HashAlgorithm;
import org.sanxiang.journal.integrity.MerkleTree;
import org.sanxiang.journal.integrity.TreeFrontier;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal's API: append (inside the caller's transaction), read, prove, and sign tree
 * heads. Proofs are answered from the stored perfect subtrees of the heads already
 * signed: an entry appended since the latest head is proven once the next head is signed
 * (within {@code sanxiang.journal.tree-head-interval}).
 */
@Service
public class Journal {

	private static final HexFormat HEX = HexFormat.of();

	private final JournalEntries entries;

	private final CanonicalJson canonical;

	private final JournalSettings settings;

	private final Clock clock;

	private final JournalVerifier verifier;

	Journal(JournalEntries entries, CanonicalJson canonical, JournalSettings settings, Clock clock,
			JournalVerifier verifier) {
		this.entries = entries;
		this.canonical = canonical;
		this.settings = settings;
		this.clock = clock;
		this.verifier = verifier;
	}

	/** An inclusion proof: the entry's leaf is in the log of {@code treeSize} entries. */
	public record InclusionProof(long seq, long treeSize, String leafHash, List<String> path, String root) {
	}

	/**
	 * A consistency proof: the log of {@code second} entries extends that of
	 * {@code first}.
	 */
	public record ConsistencyProof(long first, long second, List<String> path) {
	}

	/**
	 * Appends one event in the current transaction (or a new one when there is none). The
	 * writer's lock is held until that transaction ends, so sequence numbers have no
	 * gaps.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public JournalEntry append(String actor, UUID caseId, String type, Object payload) {
		long seq = this.entries.lockNext();
		Instant at = CanonicalJson.micros(this.clock.instant());
		String entry = this.canonical.entry(seq, at, actor, caseId, type, payload);
		byte[] leaf = this.settings.algorithm().leaf(entry.getBytes(StandardCharsets.UTF_8));
		this.entries.insert(seq, at, actor, caseId, type, entry, leaf);
		return new JournalEntry(seq, at, actor, caseId, type, entry, HEX.formatHex(leaf));
	}

	@Transactional(readOnly = true)
	public long size() {
		return this.entries.size();
	}

	@Transactional(readOnly = true)
	public Optional<JournalEntry> entry(long seq) {
		return this.entries.find(seq);
	}

	/** Every entry of one case, in order: its history, replayable (可回溯). */
	@Transactional(readOnly = true)
	public List<JournalEntry> entriesOfCase(UUID caseId) {
		return this.entries.ofCase(caseId);
	}

	@Transactional(readOnly = true)
	public List<JournalEntry> latest(int limit) {
		return this.entries.latest(limit);
	}

	@Transactional(readOnly = true)
	public Optional<TreeHead> latestTreeHead() {
		return this.entries.latestTreeHead();
	}

	/** The newest {@code limit} signed heads, newest first. */
	@Transactional(readOnly = true)
	public List<TreeHead> latestTreeHeads(int limit) {
		return this.entries.latestTreeHeads(limit);
	}

	/**
	 * The first signed head made at or after {@code at}: a value nobody could know before
	 * that time (the random draws of the inspection module take their seed from it).
	 */
	@Transactional(readOnly = true)
	public Optional<TreeHead> firstTreeHeadAtOrAfter(Instant at) {
		return this.entries.firstTreeHeadAtOrAfter(at);
	}

	/** The signed head of a log of {@code size} entries. */
	@Transactional(readOnly = true)
	public TreeHead treeHead(long size) {
		return signedHead(size);
	}

	/**
	 * What the latest verification on this node found (the nightly run, or one asked for
	 * on the console or the API), or empty when none ran since the node started.
	 */
	public Optional<JournalVerification> lastVerification() {
		return this.verifier.last();
	}

	/**
	 * Recomputes every entry, node and signed tree head now (as the nightly run does) and
	 * says what matches; after a restore this proves the restored log intact.
	 */
	public JournalVerification verify() {
		return this.verifier.verify();
	}

	public HashAlgorithm hashAlgorithm() {
		return this.settings.algorithm();
	}

	/** The signing key's id and public key (X.509 SubjectPublicKeyInfo, base64). */
	public record PublicKey(String id, String algorithm, String publicKey) {
	}

	public PublicKey publicKey() {
		SigningKey key = this.settings.signingKey();
		return new PublicKey(key.id(), SigningKey.SIGNATURE_ALGORITHM,
				Base64.getEncoder().encodeToString(key.publicKeyBytes()));
	}

	/**
	 * The inclusion proof of entry {@code seq} in the signed head of {@code treeSize}
	 * entries (the latest head when {@code null}). Two reads on one connection and no
	 * transaction of its own (no commit round trip): a signed head and its nodes are
	 * committed together and never change, so the second read always finds what the first
	 * promises.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public InclusionProof inclusionProof(long seq, Long treeSize) {
		TreeHead head = signedHead(treeSize);
		if (seq < 0 || seq >= head.size()) {
			throw InputRejected.unprocessable("seq",
					"第 " + seq + " 条记录不在 " + head.size() + " 条记录的签名树头内" + (seq >= head.size() ? "（新记录将在下一个树头中）" : ""));
		}
		long size = head.size();
		// the entry's own leaf comes with the path's nodes, in the same query
		org.sanxiang.journal.integrity.NodeSource nodes = prefetched(t -> t.inclusionProof(seq, size),
				new long[] { 0, seq });
		MerkleTree tree = new MerkleTree(this.settings.algorithm(), nodes);
		return new InclusionProof(seq, size, HEX.formatHex(nodes.perfect(0, seq)),
				tree.inclusionProof(seq, size).stream().map(HEX::formatHex).toList(), head.root());
	}

	/** The consistency proof between two signed heads. */
	@Transactional(readOnly = true)
	public ConsistencyProof consistencyProof(long first, long second) {
		signedHead(first == 0 ? null : first);
		TreeHead to = signedHead(second);
		if (first > to.size() || first < 0) {
			throw InputRejected.invalid("first", "first 应在 0 与 second 之间");
		}
		MerkleTree tree = new MerkleTree(this.settings.algorithm(), prefetched(t -> t.consistencyProof(first, second)));
		return new ConsistencyProof(first, second,
				tree.consistencyProof(first, second).stream().map(HEX::formatHex).toList());
	}

	/**
	 * Integrates the entries appended since the last signed head into the tree and signs
	 * a new head; nothing when no entry arrived or another node holds the job. Runs in
	 * one transaction: nodes and head commit together.
	 */
	@Transactional
	public Optional<TreeHead> signTreeHead() {
		if (!this.entries.tryLockTree()) {
			return Optional.empty();
		}
		HashAlgorithm algorithm = this.settings.algorithm();
		long integrated = this.entries.integratedSize();
		long size = this.entries.size();
		if (size == integrated && (size == 0 || this.entries.latestTreeHead().isPresent())) {
			return Optional.empty();
		}
		TreeFrontier frontier = TreeFrontier.of(algorithm, integrated, this.entries::node);
		final int page = 10_000;
		for (long from = integrated; from < size; from += page) {
			List<byte[]> leaves = this.entries.leafHashes(from, Math.min(size, from + page));
			List<TreeFrontier.Node> completed = new java.util.ArrayList<>(leaves.size() * 2);
			for (byte[] leaf : leaves) {
				completed.addAll(frontier.append(leaf));
			}
			this.entries.insertNodes(completed);
		}
		SigningKey key = this.settings.signingKey();
		Instant at = CanonicalJson.micros(this.clock.instant());
		String root = HEX.formatHex(frontier.root());
		TreeHead unsigned = new TreeHead(frontier.size(), root, algorithm.label(), at, key.id(), null);
		byte[] signature = key.sign(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
		this.entries.insertTreeHead(unsigned, frontier.root(), signature);
		return Optional.of(new TreeHead(frontier.size(), root, algorithm.label(), at, key.id(),
				Base64.getEncoder().encodeToString(signature)));
	}

	/**
	 * The stored nodes a proof needs, read in one round trip: which subtrees a proof
	 * visits depends only on the sizes, so a dry run over placeholder hashes names them
	 * all (a proof at a million entries is then one query, not twenty).
	 */
	private org.sanxiang.journal.integrity.NodeSource prefetched(java.util.function.Consumer<MerkleTree> proof,
			long[]... alsoWanted) {
		List<long[]> wanted = new java.util.ArrayList<>(List.of(alsoWanted));
		byte[] placeholder = new byte[32];
		proof.accept(new MerkleTree(this.settings.algorithm(), (level, index) -> {
			wanted.add(new long[] { level, index });
			return placeholder;
		}));
		java.util.Map<String, byte[]> nodes = this.entries.nodes(wanted);
		return (level, index) -> {
			byte[] hash = nodes.get(level + ":" + index);
			return hash != null ? hash : this.entries.node(level, index);
		};
	}

	/**
	 * Every entry of {@code caseId} with its inclusion proof in a head that covers them
	 * all (a head is signed first when the latest one does not), and the export itself
	 * recorded afterwards as custody of the case record (JL-1).
	 */
	@Transactional
	public CaseRecordExport exportCase(UUID caseId, String exportedBy) {
		List<JournalEntry> caseEntries = this.entries.ofCase(caseId);
		if (caseEntries.isEmpty()) {
			throw new NotFound("没有该案件的全过程记录：" + caseId);
		}
		long last = caseEntries.get(caseEntries.size() - 1).seq();
		TreeHead head = this.entries.latestTreeHead().filter(h -> h.size() > last).orElse(null);
		if (head == null) {
			head = signTreeHead().or(this.entries::latestTreeHead)
				.filter(h -> h.size() > last)
				.orElseThrow(() -> InputRejected.conflict("caseId", "树头正在由另一节点签发，请稍后再导出"));
		}
		long size = head.size();
		List<CaseRecordExport.ProvenEntry> proven = new java.util.ArrayList<>();
		for (JournalEntry e : caseEntries) {
			InclusionProof proof = inclusionProof(e.seq(), size);
			proven.add(new CaseRecordExport.ProvenEntry(e.seq(), e.type(), e.actor(), e.at(), e.entry(), e.leafHash(),
					proof.path()));
		}
		Instant at = this.clock.instant();
		append(exportedBy, caseId, "CaseRecordExported", java.util.Map.of("treeSize", size, "entries", proven.size()));
		return new CaseRecordExport(CaseRecordExport.FORMAT, caseId, at, exportedBy, this.settings.algorithm().label(),
				head, publicKey(), proven, CaseRecordExport.steps());
	}

	private TreeHead signedHead(Long size) {
		if (size == null) {
			return this.entries.latestTreeHead().orElseThrow(() -> new NotFound("尚未签发树头"));
		}
		return this.entries.treeHead(size).orElseThrow(() -> new NotFound("没有 " + size + " 条记录的签名树头"));
	}

}
