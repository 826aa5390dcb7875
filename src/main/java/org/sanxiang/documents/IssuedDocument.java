package org.sanxiang.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A document as issued: numbered, rendered, stored and journaled.
 *
 * @param id the document
 * @param caseId the case it belongs to
 * @param number its 文号, e.g. 新发改许〔2026〕12号
 * @param templateCode the template it was made from
 * @param templateVersion that template's version
 * @param title e.g. 准予行政许可决定书
 * @param issuer the issuing agency's name
 * @param issuedOn the 成文日期
 * @param issuedAt when it was issued
 * @param issuedBy the account that issued it
 * @param sm3 SM3 of the PDF (GB/T 32905), lower-case hex
 * @param pages the PDF's page count
 * @param status 有效, 已撤销, 已变更 or 已作废 ({@link DocumentStatus#label()})
 * @param statusReason why the status changed, or {@code null}
 */
public record IssuedDocument(UUID id, UUID caseId, String number, String templateCode, int templateVersion,
		String title, String issuer, LocalDate issuedOn, Instant issuedAt, String issuedBy, String sm3, int pages,
		String status, String statusReason) {

	/** Whether the document still stands as issued. */
	public boolean valid() {
		return DocumentStatus.VALID.label().equals(this.status);
	}

}
