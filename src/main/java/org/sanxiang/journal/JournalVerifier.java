package org.sanxiang.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

import org.sanxiang.journal.integrity.HashAlgorithm;
import org.sanxiang.journal.integrity.TreeFrontier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes everything from the stored entries and compares (JL-1, 可回溯): each leaf
 * against its entry text, the entry's own fields against its columns, the sequence for
 * gaps, the leaves the tree was built from, and every signed tree head's root and
 * signature. The first entry that no longer matches is named; an entry rewritten together
 * with its leaf hash is still caught by the tree's stored leaves and, failing that, by
 * the signed heads, which nobody without the key can re-sign.
 */
@Component
class JournalVerifier {

	private static final int PAGE = 20_000;

	private static final HexFormat HEX = HexFormat.of();

	private final JournalEntries entries;

	private final CanonicalJson canonical;

	private final JournalSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	JournalVerifier(JournalEntries entries, CanonicalJson canonical, JournalSettings settings, JdbcClient jdbc,
			Clock clock) {
		this.entries = entries;
		this.canonical = canonical;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	JournalVerification verify() {
		HashAlgorithm algorithm = this.settings.algorithm();
		List<TreeHead> heads = this.entries.treeHeads();
		Iterator<TreeHead> pendingHeads = heads.iterator();
		TreeHead nextHead = pendingHeads.hasNext() ? pendingHeads.next() : null;
		TreeFrontier frontier = TreeFrontier.empty(algorithm);
		long verifiedHeads = 0;
		long expected = 0;
		while (true) {
			List<JournalEntry> page = page(expected);
			if (page.isEmpty()) {
				break;
			}
			List<byte[]> leaves = page.parallelStream()
				.map(e -> algorithm.leaf(e.entry().getBytes(StandardCharsets.UTF_8)))
				.toList();
			List<byte[]> treeLeaves = treeLeaves(page.get(0).seq(), page.get(page.size() - 1).seq() + 1);
			for (int i = 0; i < page.size(); i++) {
				JournalEntry entry = page.get(i);
				if (entry.seq() != expected) {
					return mismatch(expected, verifiedHeads,
							"第 " + expected + " 条记录缺失（序号不连续，下一条为第 " + entry.seq() + " 条）");
				}
				byte[] leaf = leaves.get(i);
				if (!MessageDigest.isEqual(leaf, HEX.parseHex(entry.leafHash()))) {
					return mismatch(expected, verifiedHeads, "第 " + expected + " 条记录的内容与其叶哈希不符（记录被改动）");
				}
				String columns = columnsProblem(entry);
				if (columns != null) {
					return mismatch(expected, verifiedHeads, "第 " + expected + " 条记录的" + columns + "与记录内容不符");
				}
				long offset = entry.seq() - page.get(0).seq();
				if (offset < treeLeaves.size() && !MessageDigest.isEqual(leaf, treeLeaves.get((int) offset))) {
					return mismatch(expected, verifiedHeads, "第 " + expected + " 条记录与已签入树头的叶子不符（记录和叶哈希被一并改动）");
				}
				frontier.append(leaf);
				expected++;
				while (nextHead != null && nextHead.size() == frontier.size()) {
					String problem = headProblem(nextHead, frontier.root());
					if (problem != null) {
						return mismatch(firstOfHead(heads, nextHead), verifiedHeads, problem);
					}
					verifiedHeads++;
					nextHead = pendingHeads.hasNext() ? pendingHeads.next() : null;
				}
			}
		}
		if (nextHead != null) {
			return mismatch(expected, verifiedHeads,
					"签名树头记载 " + nextHead.size() + " 条记录，但日志只有 " + expected + " 条（记录被删除）");
		}
		return new JournalVerification(expected, verifiedHeads, null, JournalVerification.INTACT, this.clock.instant());
	}

	private List<JournalEntry> page(long from) {
		List<JournalEntry> page = new ArrayList<>(PAGE);
		this.jdbc.sql("select * from journal_entry where seq >= :from order by seq limit :page")
			.param("from", from)
			.param("page", PAGE)
			.query((rs, n) -> new JournalEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(),
					rs.getString("actor"), rs.getObject("case_id", java.util.UUID.class), rs.getString("type"),
					rs.getString("entry"), HEX.formatHex(rs.getBytes("leaf_hash"))))
			.list()
			.forEach(page::add);
		return page;
	}

	/** The level-0 nodes the tree was built from, for {@code [from, to)} where stored. */
	private List<byte[]> treeLeaves(long from, long to) {
		return this.jdbc
			.sql("select hash from journal_node where level = 0 and idx >= :from and idx < :to order by idx")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> rs.getBytes(1))
			.list();
	}

	private String columnsProblem(JournalEntry entry) {
		JsonNode fields;
		try {
			fields = this.canonical.read(entry.entry());
		}
		catch (RuntimeException ex) {
			return "内容（不是有效的 JSON）";
		}
		if (fields.path("seq").asLong(-1) != entry.seq()) {
			return "序号";
		}
		if (!fields.path("actor").asString("").equals(entry.actor())) {
			return "操作人";
		}
		if (!fields.path("type").asString("").equals(entry.type())) {
			return "事件类型";
		}
		if (!fields.path("at").asString("").equals(entry.at().toString())) {
			return "时间";
		}
		String caseId = fields.hasNonNull("case") ? fields.get("case").asString() : null;
		if (!Objects.equals(caseId, entry.caseId() == null ? null : entry.caseId().toString())) {
			return "案件";
		}
		return null;
	}

	private String headProblem(TreeHead head, byte[] computedRoot) {
		if (!MessageDigest.isEqual(computedRoot, HEX.parseHex(head.root()))) {
			return "重新计算的 " + head.size() + " 条记录的树根 " + HEX.formatHex(computedRoot) + " 与签名树头的树根 " + head.root()
					+ " 不符";
		}
		byte[] key = this.entries.publicKey(head.keyId()).orElse(null);
		if (key == null) {
			return head.size() + " 条记录的树头由未知密钥 " + head.keyId() + " 签名";
		}
		if (!SigningKey.verify(key, head.signedText().getBytes(StandardCharsets.UTF_8),
				Base64.getDecoder().decode(head.signature()))) {
			return head.size() + " 条记录的树头签名无效";
		}
		return null;
	}

	/** The first entry a bad head covers that the previous good head did not. */
	private static long firstOfHead(List<TreeHead> heads, TreeHead bad) {
		long previous = 0;
		for (TreeHead head : heads) {
			if (head == bad) {
				return previous;
			}
			previous = head.size();
		}
		return previous;
	}

	private JournalVerification mismatch(long seq, long verifiedHeads, String detail) {
		return new JournalVerification(seq, verifiedHeads, seq, detail, this.clock.instant());
	}

}
