package org.sanxiang.disclosure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publications written straight into {@code disclosure_publication} for tests of what
 * reads them (portal, search, open data), with the demo agency's codes.
 * {@link #published} gives a builder with plausible values; change what the test is about
 * and {@link Row#insert} it.
 */
public final class PublicationFixtures {

	public static final String AGENCY = "新田县发展和改革局";

	public static final String AGENCY_CODE = "11431128006123458Q";

	private PublicationFixtures() {
	}

	public static Row published(String partyName, String documentNumber, LocalDate decidedOn) {
		return new Row(UUID.randomUUID(), UUID.randomUUID(), "XK-" + decidedOn.toString().replace("-", "") + "-0001",
				"CaseDecided", "准予许可", "XK-002", "固定资产投资项目节能审查", partyName, "法人及非法人组织", "91431128MA4L0A0B1X", "张三",
				"准予行政许可决定书", documentNumber, "核准", null, null, "同意该项目节能审查", decidedOn, decidedOn,
				LocalDate.of(2099, 12, 31), AGENCY, AGENCY_CODE, "有效", AGENCY, AGENCY_CODE, null,
				PublicationStatus.PUBLISHED, decidedOn.plusDays(9),
				decidedOn.atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(8)).plusSeconds(36000), null, null,
				null);
	}

	/** A row of {@code disclosure_publication}; {@code with…} copies change one value. */
	public record Row(UUID id, UUID caseId, String caseNumber, String source, String action, String itemCode,
			String itemName, String partyName, String partyCategory, String partyCreditCode, String legalRepresentative,
			String documentTitle, String documentNumber, String licenceCategory, String certificateName,
			String certificateNumber, String content, LocalDate decidedOn, LocalDate validFrom, LocalDate validTo,
			String authority, String authorityCode, String currentStatus, String sourceUnit, String sourceUnitCode,
			String remarks, PublicationStatus status, LocalDate dueOn, Instant publishedAt, LocalDate disclosureUntil,
			Instant withdrawnAt, String withdrawalReason) {

		public Row withItem(String code, String name) {
			return new Row(id, caseId, caseNumber, source, action, code, name, partyName, partyCategory,
					partyCreditCode, legalRepresentative, documentTitle, documentNumber, licenceCategory,
					certificateName, certificateNumber, content, decidedOn, validFrom, validTo, authority,
					authorityCode, currentStatus, sourceUnit, sourceUnitCode, remarks, status, dueOn, publishedAt,
					disclosureUntil, withdrawnAt, withdrawalReason);
		}

		public Row withAction(String newAction, String newCurrentStatus) {
			return new Row(id, caseId, caseNumber, source, newAction, itemCode, itemName, partyName, partyCategory,
					partyCreditCode, legalRepresentative, documentTitle, documentNumber, licenceCategory,
					certificateName, certificateNumber, content, decidedOn, validFrom, validTo, authority,
					authorityCode, newCurrentStatus, sourceUnit, sourceUnitCode, remarks, status, dueOn, publishedAt,
					disclosureUntil, withdrawnAt, withdrawalReason);
		}

		public Row withContent(String newContent) {
			return new Row(id, caseId, caseNumber, source, action, itemCode, itemName, partyName, partyCategory,
					partyCreditCode, legalRepresentative, documentTitle, documentNumber, licenceCategory,
					certificateName, certificateNumber, newContent, decidedOn, validFrom, validTo, authority,
					authorityCode, currentStatus, sourceUnit, sourceUnitCode, remarks, status, dueOn, publishedAt,
					disclosureUntil, withdrawnAt, withdrawalReason);
		}

		public Row withStatus(PublicationStatus newStatus) {
			boolean withdrawn = newStatus == PublicationStatus.WITHDRAWN;
			return new Row(id, caseId, caseNumber, source, action, itemCode, itemName, partyName, partyCategory,
					partyCreditCode, legalRepresentative, documentTitle, documentNumber, licenceCategory,
					certificateName, certificateNumber, content, decidedOn, validFrom, validTo, authority,
					authorityCode, currentStatus, sourceUnit, sourceUnitCode, remarks, newStatus, dueOn,
					newStatus.isPublic() ? publishedAt : null, disclosureUntil,
					withdrawn ? publishedAt.plusSeconds(86400) : null, withdrawn ? "决定已撤销" : null);
		}

		public Row withDisclosureUntil(LocalDate until) {
			return new Row(id, caseId, caseNumber, source, action, itemCode, itemName, partyName, partyCategory,
					partyCreditCode, legalRepresentative, documentTitle, documentNumber, licenceCategory,
					certificateName, certificateNumber, content, decidedOn, validFrom, validTo, authority,
					authorityCode, currentStatus, sourceUnit, sourceUnitCode, remarks, status, dueOn, publishedAt,
					until, withdrawnAt, withdrawalReason);
		}

		public Row insert(JdbcClient jdbc) {
			jdbc.sql(
					"""
							insert into disclosure_publication (id, case_id, case_number, source, action, item_code, item_name,
							  party_name, party_category, party_credit_code, legal_representative, document_title,
							  document_number, licence_category, certificate_name, certificate_number, content, decided_on,
							  valid_from, valid_to, authority, authority_code, current_status, source_unit, source_unit_code,
							  remarks, status, due_on, published_at, published_by, disclosure_until, held_back_reason,
							  withdrawn_at, withdrawal_reason, created_at)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
							  ?, ?, ?)""")
				.params(id, caseId, caseNumber, source, action, itemCode, itemName, partyName, partyCategory,
						partyCreditCode, legalRepresentative, documentTitle, documentNumber, licenceCategory,
						certificateName, certificateNumber, content, decidedOn, validFrom, validTo, authority,
						authorityCode, currentStatus, sourceUnit, sourceUnitCode, remarks, status.name(), dueOn,
						ts(publishedAt), publishedAt == null ? null : "fixture", disclosureUntil,
						status == PublicationStatus.HELD_BACK ? "涉及商业秘密" : null, ts(withdrawnAt), withdrawalReason,
						ts(publishedAt == null ? Instant.now() : publishedAt))
				.update();
			if (status.isPublic()) {
				jdbc.sql(
						"insert into disclosure_publication_history (publication_id, at, actor, change, note) values (?, ?, ?, ?, ?)")
					.params(id, ts(publishedAt), "fixture", "公示", null)
					.update();
			}
			if (withdrawnAt != null) {
				jdbc.sql(
						"insert into disclosure_publication_history (publication_id, at, actor, change, note) values (?, ?, ?, ?, ?)")
					.params(id, ts(withdrawnAt), "fixture", "撤回", withdrawalReason)
					.update();
			}
			return this;
		}

		private static Timestamp ts(Instant instant) {
			return instant == null ? null : Timestamp.from(instant);
		}

	}

}
