package org.sanxiang.journal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 案件全过程记录导出: every journal entry of one case with its inclusion proof in one signed tree
 * head, and the public key that signed it — all an outsider (a court, a reviewing body)
 * needs to check, without the platform, that each entry is exactly what the log holds
 * (RFC 9162 §2.1.3.2) and that the head is the agency's (SM3withSM2).
 *
 * @param format {@code sanxiang-case-record/v1}
 * @param caseId the case
 * @param exportedAt when the file was made
 * @param exportedBy the account that made it
 * @param hashAlgorithm the log's hash ({@code SM3} or {@code SHA-256})
 * @param treeHead the signed head every proof leads to
 * @param publicKey the key that signed the head
 * @param entries the case's entries, oldest first, each with its proof
 * @param howToVerify the verification steps, in Chinese
 */
public record CaseRecordExport(String format, UUID caseId, Instant exportedAt, String exportedBy, String hashAlgorithm,
		TreeHead treeHead, Journal.PublicKey publicKey, List<ProvenEntry> entries, List<String> howToVerify) {

	public static final String FORMAT = "sanxiang-case-record/v1";

	/** One entry, its leaf hash and its audit path (hex, nearest sibling first). */
	public record ProvenEntry(long seq, String type, String actor, Instant at, String entry, String leafHash,
			List<String> inclusionPath) {
	}

	static List<String> steps() {
		return List.of(
				"1. 对每条记录：叶哈希 = H(0x00 ‖ entry 的 UTF-8 字节)，H 为 hashAlgorithm（SM3 见 GB/T 32905-2016），应等于 leafHash。",
				"2. 以 leafHash、序号 seq、树的大小 treeHead.size 和 inclusionPath，按 RFC 9162 第 2.1.3.2 节计算树根，应等于 treeHead.root（节点 = H(0x01 ‖ 左 ‖ 右)）。",
				"3. 签名内容为 treeHead 的五行文本：sanxiang-tree-head/v1、hashAlgorithm、size、root、at（以换行分隔，UTF-8）；"
						+ "用 publicKey（X.509 SubjectPublicKeyInfo，Base64）以 SM3withSM2（用户标识 1234567812345678，GB/T 32918）验证 treeHead.signature。",
				"4. 可将 treeHead 与本机关在“全过程记录存证”页面（/transparency）公开的树头比对；不同时间的树头之间可用一致性证明核验日志只增不改。");
	}

}
