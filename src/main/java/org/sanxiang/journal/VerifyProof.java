package org.sanxiang.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.journal.integrity.HashAlgorithm;
import org.sanxiang.journal.integrity.MerkleTree;

/**
 * Checks a proof file without the platform and without trusting its server: only the
 * file, the hash and — when the file carries a signed head and a public key — the SM2
 * signature. Understands three shapes:
 * <ul>
 * <li>a case record export ({@code "format": "sanxiang-case-record/v1"}): every entry's
 * leaf, its inclusion in the signed head, and the head's signature;</li>
 * <li>an inclusion proof: {@code seq}, {@code treeSize}, {@code path}, the leaf as
 * {@code entry} (text, hashed here) or {@code leafHash}, and the head as {@code root} or
 * {@code treeHead} (+ {@code publicKey} to check its signature);</li>
 * <li>a consistency proof: {@code from}/{@code to} (or {@code first}/{@code second}),
 * {@code fromRoot}/{@code toRoot} and {@code path}.</li>
 * </ul>
 * {@code hashAlgorithm} is {@code SM3} (default) or {@code SHA-256}. Run:
 * {@code java -Dloader.main=org.sanxiang.journal.VerifyProof -cp sanxiang.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher proof.json}. Exit status 0
 * when everything verifies, 1 when something does not, 2 when the file cannot be read.
 */
public final class VerifyProof {

	private static final HexFormat HEX = HexFormat.of();

	private VerifyProof() {
	}

	/** What a check found: each line says what was checked and whether it held. */
	public record Report(boolean verified, List<String> lines) {
	}

	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("用法 usage: VerifyProof <proof.json>");
			System.exit(2);
		}
		Report report;
		try {
			report = verify(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("无法读取证明文件 cannot read the proof file: " + ex.getMessage());
			System.exit(2);
			return;
		}
		report.lines().forEach(System.out::println);
		System.out.println(report.verified() ? "核验通过 VERIFIED" : "核验失败 NOT VERIFIED");
		System.exit(report.verified() ? 0 : 1);
	}

	/** Checks the proof in {@code json}. */
	public static Report verify(String json) {
		JsonNode root = JsonMapper.builder().build().readTree(json);
		HashAlgorithm algorithm = HashAlgorithm.of(root.path("hashAlgorithm").asString("SM3"));
		List<String> lines = new ArrayList<>();
		boolean ok;
		if (CaseRecordExport.FORMAT.equals(root.path("format").asString(""))) {
			ok = caseExport(root, algorithm, lines);
		}
		else if (root.has("seq")) {
			ok = inclusion(root, algorithm, root.path("treeHead"), root.path("publicKey"), lines);
		}
		else {
			ok = consistency(root, algorithm, lines);
		}
		return new Report(ok, List.copyOf(lines));
	}

	private static boolean caseExport(JsonNode export, HashAlgorithm algorithm, List<String> lines) {
		JsonNode head = export.path("treeHead");
		boolean ok = signature(head, export.path("publicKey"), lines);
		for (JsonNode entry : export.path("entries")) {
			ObjectNodeView view = new ObjectNodeView(entry, head.path("size").asLong(), head.path("root").asString());
			ok &= inclusionOf(view, algorithm, lines);
		}
		return ok;
	}

	private static boolean inclusion(JsonNode proof, HashAlgorithm algorithm, JsonNode head, JsonNode key,
			List<String> lines) {
		boolean ok = true;
		String root = proof.path("root").asString(null);
		if (!head.isMissingNode()) {
			ok = signature(head, key, lines);
			if (root != null && !root.equalsIgnoreCase(head.path("root").asString())) {
				lines.add("✗ 证明中的树根与树头不同 the proof's root differs from the tree head's");
				ok = false;
			}
			root = head.path("root").asString();
		}
		if (root == null) {
			lines.add("✗ 缺少树根 no root: give root or treeHead");
			return false;
		}
		long size = proof.path("treeSize").asLong(head.path("size").asLong());
		return ok && inclusionOf(new ObjectNodeView(proof, size, root), algorithm, lines);
	}

	private static boolean inclusionOf(ObjectNodeView e, HashAlgorithm algorithm, List<String> lines) {
		byte[] leaf;
		if (e.node().hasNonNull("entry")) {
			leaf = algorithm.leaf(e.node().path("entry").asString().getBytes(StandardCharsets.UTF_8));
			if (e.node().hasNonNull("leafHash")
					&& !HEX.formatHex(leaf).equalsIgnoreCase(e.node().path("leafHash").asString())) {
				lines.add("✗ 第 " + e.seq() + " 条：记录内容的哈希与 leafHash 不符 entry does not hash to leafHash");
				return false;
			}
		}
		else {
			leaf = HEX.parseHex(e.node().path("leafHash").asString());
		}
		List<byte[]> path = new ArrayList<>();
		e.node()
			.path(e.node().has("inclusionPath") ? "inclusionPath" : "path")
			.forEach(p -> path.add(HEX.parseHex(p.asString())));
		byte[] computed = MerkleTree.rootFromInclusion(algorithm, e.seq(), e.size(), leaf, path);
		boolean ok = computed != null && HEX.formatHex(computed).equalsIgnoreCase(e.root());
		lines.add((ok ? "✓" : "✗") + " 第 " + e.seq() + " 条记录包含在 " + e.size() + " 条记录的树中 entry " + e.seq()
				+ " is in the tree of " + e.size()
				+ (ok ? "" : "（计算得到 computed " + (computed == null ? "—" : HEX.formatHex(computed)) + "）"));
		return ok;
	}

	private static boolean consistency(JsonNode proof, HashAlgorithm algorithm, List<String> lines) {
		long from = proof.path(proof.has("from") ? "from" : "first").asLong(-1);
		long to = proof.path(proof.has("to") ? "to" : "second").asLong(-1);
		String fromRoot = proof.path(proof.has("fromRoot") ? "fromRoot" : "firstRoot").asString(null);
		String toRoot = proof.path(proof.has("toRoot") ? "toRoot" : "secondRoot").asString(null);
		if (from < 0 || to < 0 || fromRoot == null || toRoot == null) {
			lines.add("✗ 不认识的证明文件 unknown proof: need a case export, seq (inclusion) or from/to (consistency)");
			return false;
		}
		List<byte[]> path = new ArrayList<>();
		proof.path("path").forEach(p -> path.add(HEX.parseHex(p.asString())));
		boolean ok = MerkleTree.verifyConsistency(algorithm, from, to, HEX.parseHex(fromRoot), HEX.parseHex(toRoot),
				path);
		lines.add((ok ? "✓" : "✗") + " " + to + " 条记录的日志延续了 " + from + " 条记录的日志 the log of " + to
				+ " entries extends the log of " + from);
		return ok;
	}

	private static boolean signature(JsonNode head, JsonNode key, List<String> lines) {
		if (key.isMissingNode() || key.isNull()) {
			lines.add("… 未提供公钥，未核验树头签名 no public key given: the head's signature was not checked");
			return true;
		}
		String signed = TreeHead.signedText(head.path("size").asLong(), head.path("root").asString(),
				head.path("hashAlgorithm").asString(), Instant.parse(head.path("at").asString()));
		boolean ok = SigningKey.verify(Base64.getDecoder().decode(key.path("publicKey").asString()),
				signed.getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(head.path("signature").asString()));
		lines.add((ok ? "✓" : "✗") + " 树头签名（" + head.path("size").asLong() + " 条）" + (ok ? "有效" : "无效")
				+ " tree head signature " + (ok ? "valid" : "INVALID"));
		return ok;
	}

	/** One entry or proof read against a head's size and root. */
	private record ObjectNodeView(JsonNode node, long size, String root) {

		long seq() {
			return this.node.path("seq").asLong();
		}

	}

}
