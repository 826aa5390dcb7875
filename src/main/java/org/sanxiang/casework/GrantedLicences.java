package org.sanxiang.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * The licences this platform granted, for the registers of other enforcement work: which
 * licences a market entity holds, and who handled and approved each (an inspector who
 * granted a target's licence must not inspect it, 回避).
 */
public interface GrantedLicences {

	/**
	 * A licence granted by a decided case.
	 *
	 * @param caseId the case
	 * @param caseNumber its public number
	 * @param creditCode the holder's 统一社会信用代码 ({@code null} for a natural person)
	 * @param holder the holder's name
	 * @param itemCode the catalog item
	 * @param itemName its name
	 * @param agencyCode the granting agency
	 * @param licenceNumber 许可编号, or {@code null} when the item issues none
	 * @param validFrom first day, or {@code null}
	 * @param validTo last day, or {@code null}
	 * @param status 有效, 已撤回, 已撤销 or 已注销
	 * @param decidedOn the day of the decision
	 * @param officerIds the case's officers (catalog ids)
	 * @param approvedBy the account of the 负责人 who approved the decision
	 */
	record GrantedLicence(CaseId caseId, String caseNumber, String creditCode, String holder, String itemCode,
			String itemName, String agencyCode, String licenceNumber, LocalDate validFrom, LocalDate validTo,
			String status, LocalDate decidedOn, List<String> officerIds, String approvedBy) {

		public GrantedLicence {
			officerIds = officerIds == null ? List.of() : List.copyOf(officerIds);
		}

	}

	/**
	 * Every licence granted to organisations (with a credit code), oldest decision first.
	 */
	List<GrantedLicence> toOrganisations();

}
