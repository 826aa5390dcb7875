package org.sanxiang.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One published licensing decision (事后公开, GS-3) as the public sees it: the 双公示 行政许可
 * fields of 信用中国 (GS-7, column names in brackets) plus the publication's own state. It
 * never carries an ID number (XK_XDR_ZJHM, XK_FR_ZJHM are collected by casework and never
 * displayed, GS-5, GS-7); {@code content} and {@code remarks} are already masked (GS-5).
 *
 * @param id the publication
 * @param caseId the case whose decision it publishes
 * @param caseNumber the case's public number, e.g. XK-20260601-0001
 * @param action the decision published: 准予许可, 不予许可, 变更, 延续, 不予延续, 撤回, 撤销 or 注销
 * @param itemCode the catalog item
 * @param itemName the item's name, e.g. 固定资产投资项目节能审查
 * @param partyName 行政相对人名称 (XK_XDR_MC)
 * @param partyCategory 行政相对人类别 (XK_XDR_LB): 法人及非法人组织, 自然人 or 个体工商户
 * @param partyCreditCode 统一社会信用代码 (XK_XDR_SHXYM), {@code null} for natural persons
 * @param legalRepresentative 法定代表人 (XK_FRDB), or {@code null}
 * @param documentTitle 许可决定文书名称 (XK_XKWS), e.g. 准予行政许可决定书
 * @param documentNumber 文书号 (XK_WSH), e.g. 新发改许〔2026〕12号; {@code null} until issued
 * @param licenceCategory 许可类别 (XK_XKLB): 普通, 特许, 认可, 核准, 登记 or 其他
 * @param certificateName 许可证书名称 (XK_XKZS), or {@code null}
 * @param certificateNumber 许可编号 (XK_XKBH), or {@code null}
 * @param content 许可内容 (XK_NR), masked
 * @param decidedOn 决定日期 (XK_JDRQ)
 * @param validFrom 有效期自 (XK_YXQZ), or {@code null}
 * @param validTo 有效期至 (XK_YXQZI), or {@code null}; 2099-12-31 means long term (GS-8)
 * @param authority 许可机关 (XK_XKJG)
 * @param authorityCode 许可机关统一社会信用代码 (XK_XKJGDM)
 * @param currentStatus 当前状态 (XK_ZT): 有效 or 无效
 * @param sourceUnit 数据来源单位 (XK_LYDW)
 * @param sourceUnitCode 数据来源单位统一社会信用代码 (XK_LYDWDM)
 * @param remarks 备注 (BZ), masked, or {@code null}
 * @param status where the publication stands
 * @param dueOn the last day to publish it: 7 working days after {@code decidedOn} (GS-3)
 * @param publishedAt when it went public, or {@code null}
 * @param disclosureUntil the last day it stays in the public lists (GS-6), or
 * {@code null} for no end
 * @param withdrawnAt when it was withdrawn, or {@code null}
 * @param withdrawalReason the public explanation of the withdrawal or correction (GS-4),
 * or {@code null}
 * @param journalSeq the journal entry that recorded its publication, for the inclusion
 * proof; {@code null} before it is published
 */
public record Publication(UUID id, UUID caseId, String caseNumber, String action, String itemCode, String itemName,
		String partyName, String partyCategory, String partyCreditCode, String legalRepresentative,
		String documentTitle, String documentNumber, String licenceCategory, String certificateName,
		String certificateNumber, String content, LocalDate decidedOn, LocalDate validFrom, LocalDate validTo,
		String authority, String authorityCode, String currentStatus, String sourceUnit, String sourceUnitCode,
		String remarks, PublicationStatus status, LocalDate dueOn, Instant publishedAt, LocalDate disclosureUntil,
		Instant withdrawnAt, String withdrawalReason, Long journalSeq) {

	/**
	 * Whether the public may see it today: published or withdrawn, within its disclosure
	 * period.
	 */
	public boolean publicOn(LocalDate today) {
		return this.status.isPublic() && (this.disclosureUntil == null || !today.isAfter(this.disclosureUntil));
	}

}
