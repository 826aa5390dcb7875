package org.sanxiang.disclosure.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublishedDecisions;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public decisions as JSON, for anyone (no login): the same list, filters and search
 * as the portal pages, and one decision with its history and links. Bad input is an RFC
 * 9457 problem (400) naming the field; an unknown or no longer public decision is 404.
 */
@RestController
@Tag(name = "许可决定公示", description = "公众查询、检索已公示的行政许可决定（双公示），无需登录")
class DecisionsApiController {

	private final DecisionSearch search;

	private final PublishedDecisions decisions;

	private final PublicLinks links;

	DecisionsApiController(DecisionSearch search, PublishedDecisions decisions, PublicLinks links) {
		this.search = search;
		this.decisions = decisions;
		this.links = links;
	}

	/**
	 * A page of decisions; {@code total} is exact when {@code totalExact}, else a lower
	 * bound (a search with more than 10000 matches is not counted further).
	 */
	record DecisionPage(List<DecisionRow> items, long total, boolean totalExact, int offset, int limit,
			boolean searched, boolean complete) {
	}

	/**
	 * One public decision: the 双公示 行政许可 fields (GS-7; no ID number, the licence number of
	 * a natural person withheld), its state and history, and where to verify it.
	 */
	record PublicDecision(UUID id, String action, String itemCode, String itemName, String partyName,
			String partyCategory, String partyCreditCode, String legalRepresentative, String documentTitle,
			String documentNumber, String licenceCategory, String certificateName, String certificateNumber,
			String content, LocalDate decidedOn, LocalDate validFrom, LocalDate validTo, String authority,
			String authorityCode, String currentStatus, String sourceUnit, String sourceUnitCode, String remarks,
			String status, Instant publishedAt, LocalDate disclosureUntil, Instant withdrawnAt, String withdrawalReason,
			List<PublishedDecisions.HistoryEntry> history, String verificationUrl, Long journalSeq,
			String inclusionProofUrl) {
	}

	@GetMapping("/api/v1/public/decisions")
	@Operation(summary = "列出或检索已公示的许可决定",
			description = "q 为空时按决定日期倒序列出；q 不为空时返回当事人名称、事项名称或文书号中含有 q 的全部决定（文书号忽略括号、空格和“号”），"
					+ "以及许可内容中连续含有 q 的各个词语的决定，按匹配字段、分词和日期排序；检索结果超过 10000 条时 total 为 10000、totalExact 为 false（不再精确计数）。q 按纯文本处理，不支持查询语法，最多 50 个字。")
	DecisionPage list(@Parameter(description = "关键词") @RequestParam(required = false) String q,
			@Parameter(description = "事项编码，如 XK-002") @RequestParam(required = false) String item,
			@Parameter(description = "决定：准予许可、不予许可、变更、延续、撤回、撤销、注销") @RequestParam(required = false) String action,
			@Parameter(description = "决定日期自（YYYY-MM-DD）") @RequestParam(required = false) String from,
			@Parameter(description = "决定日期至（YYYY-MM-DD）") @RequestParam(required = false) String to,
			@Parameter(description = "当前状态：有效 或 无效") @RequestParam(required = false) String currentStatus,
			@Parameter(description = "跳过的条数（最多 10000）") @RequestParam(defaultValue = "0") String offset,
			@Parameter(description = "每页条数（1–100）") @RequestParam(defaultValue = "20") String limit) {
		DecisionFilters filters = DecisionFilters.parse(q, item, action, from, to, currentStatus);
		int skip = DecisionFilters.offset(number("offset", offset));
		long size = number("limit", limit);
		if (size < 1 || size > 100) {
			throw InputRejected.invalid("limit", "每页条数应在 1 到 100 之间");
		}
		DecisionSearch.Result result = this.search.find(filters, skip, (int) size);
		return new DecisionPage(result.rows(), result.total(), result.totalExact(), skip, (int) size, result.searched(),
				result.complete());
	}

	@GetMapping("/api/v1/public/decisions/{id}")
	@Operation(summary = "一件已公示的许可决定：双公示字段、公示记录、文书核验地址和全过程记录包含证明地址")
	PublicDecision decision(@PathVariable UUID id) {
		Publication p = this.decisions.find(id).orElseThrow(() -> new NotFound(DecisionsController.NOT_FOUND));
		return new PublicDecision(p.id(), p.action(), p.itemCode(), p.itemName(), p.partyName(), p.partyCategory(),
				p.partyCreditCode(), p.legalRepresentative(), p.documentTitle(), p.documentNumber(),
				p.licenceCategory(), p.certificateName(),
				DecisionsController.showCertificateNumber(p) ? p.certificateNumber() : null, p.content(), p.decidedOn(),
				p.validFrom(), p.validTo(), p.authority(), p.authorityCode(), p.currentStatus(), p.sourceUnit(),
				p.sourceUnitCode(), p.remarks(), p.status().label(), p.publishedAt(), p.disclosureUntil(),
				p.withdrawnAt(), p.withdrawalReason(), this.decisions.history(p.id()),
				p.documentNumber() == null ? null : this.links.documentVerification(p.documentNumber()), p.journalSeq(),
				p.journalSeq() == null ? null : this.links.inclusionProof(p.journalSeq()));
	}

	private static long number(String field, String value) {
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw InputRejected.invalid(field, "应为整数");
		}
	}

}
