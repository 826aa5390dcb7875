package org.sanxiang.journal;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanxiang.platform.NotFound;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The journal over REST. Tree heads, the public key and proofs are public: they carry
 * hashes only, and let outsiders hold the agency to its history. Entries carry personal
 * data and are for 管理员 and 督查 only, as is running a verification.
 */
@RestController
@Tag(name = "全过程记录", description = "签名树头、公钥、包含证明与一致性证明（公开）；记录内容与校验（管理员、督查）")
class JournalApiController {

	private final Journal journal;

	private final JournalVerifier verifier;

	JournalApiController(Journal journal, JournalVerifier verifier) {
		this.journal = journal;
		this.verifier = verifier;
	}

	@GetMapping("/api/v1/journal/tree-heads/latest")
	@Operation(summary = "最新签名树头",
			description = "树的大小、树根（十六进制）、哈希算法、时间、签名密钥编号与 SM2 签名（Base64）。签名内容为 TreeHead.signedText："
					+ "\"sanxiang-tree-head/v1\\n<算法>\\n<大小>\\n<树根>\\n<时间>\"（UTF-8），签名算法 SM3withSM2，用户标识 1234567812345678。")
	TreeHead latest() {
		return this.journal.latestTreeHead().orElseThrow(() -> new NotFound("尚未签发树头"));
	}

	@GetMapping("/api/v1/journal/tree-heads")
	@Operation(summary = "最近的签名树头", description = "按记录条数从新到旧，最多 limit 个（默认 100，最多 1000）；某一大小的树头见 /tree-heads/{size}。")
	List<TreeHead> treeHeads(@RequestParam(defaultValue = "100") int limit) {
		return this.journal.latestTreeHeads(Math.max(1, Math.min(limit, 1000)));
	}

	@GetMapping("/api/v1/journal/tree-heads/{size}")
	@Operation(summary = "某一大小的签名树头")
	TreeHead treeHead(@PathVariable long size) {
		return this.journal.treeHead(size);
	}

	@GetMapping("/api/v1/journal/public-key")
	@Operation(summary = "树头签名公钥", description = "X.509 SubjectPublicKeyInfo（DER，Base64），SM2 曲线 sm2p256v1")
	Journal.PublicKey publicKey() {
		return this.journal.publicKey();
	}

	@GetMapping("/api/v1/journal/proofs/inclusion")
	@Operation(summary = "包含证明（RFC 9162 §2.1.3）", description = "证明第 seq 条记录在 treeSize 条记录的签名树头中（缺省为最新树头）。"
			+ "叶哈希 = H(0x00‖记录)，节点 = H(0x01‖左‖右)，H 为安装时选定的算法（默认 SM3）。")
	Journal.InclusionProof inclusion(@RequestParam long seq, @RequestParam(required = false) Long treeSize) {
		return this.journal.inclusionProof(seq, treeSize);
	}

	@GetMapping("/api/v1/journal/proofs/consistency")
	@Operation(summary = "一致性证明（RFC 9162 §2.1.4）",
			description = "证明 to 条记录的日志是 from 条记录的日志的延续：历史记录未被改写（参数也可写作 first/second）。")
	Journal.ConsistencyProof consistency(@RequestParam(required = false) Long from,
			@RequestParam(required = false) Long to, @RequestParam(required = false) Long first,
			@RequestParam(required = false) Long second) {
		Long older = from != null ? from : first;
		Long newer = to != null ? to : second;
		if (older == null || newer == null) {
			throw org.sanxiang.platform.InputRejected.invalid(older == null ? "from" : "to",
					"请给出两个签名树头的记录条数：from（较早）和 to（较新）");
		}
		return this.journal.consistencyProof(older, newer);
	}

	@GetMapping("/api/v1/journal/entries/{seq}")
	@Operation(summary = "一条记录（管理员、督查）")
	JournalEntry entry(@PathVariable long seq) {
		return this.journal.entry(seq).orElseThrow(() -> new NotFound("没有第 " + seq + " 条记录"));
	}

	@GetMapping("/api/v1/journal/cases/{caseId}/entries")
	@Operation(summary = "一个案件的全部记录（管理员、督查）", description = "按序号排列，用于回溯案件办理全过程。")
	List<JournalEntry> caseEntries(@PathVariable UUID caseId) {
		return this.journal.entriesOfCase(caseId);
	}

	@PostMapping("/api/v1/journal/verify")
	@Operation(summary = "校验全过程记录（管理员、督查）", description = "重新计算每条记录的叶哈希、序号连续性、记录与各列是否一致、树与每个签名树头的树根和签名。"
			+ "返回 verifiedEntries、firstMismatch（第一处不一致的序号，全部一致时为 null）与 detail。")
	JournalVerification verify() {
		return this.verifier.verify();
	}

}
