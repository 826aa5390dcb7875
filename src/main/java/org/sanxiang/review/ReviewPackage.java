package org.sanxiang.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sanxiang.casework.ProposedDecision;
import org.sanxiang.catalog.LegalBasis;

/**
 * 送审材料: what the case officer submits for review (RULES.md SH-3), complete or refused as
 * a whole.
 *
 * @param action the decision proposed, by the name the decision guard is asked with (e.g.
 * 准予许可, 撤销)
 * @param decisionText the decision's text as it would be issued
 * @param digest SM3 of action and text ({@link ProposedDecision#digestOf}): what a pass
 * clears
 * @param factsSummary 案件事实摘要
 * @param legalBases the legal bases applied, chosen from the item's catalog entry
 * @param discretionApplied how the discretion benchmark was applied (or why none applies)
 * @param discretionReference the benchmark applied, by reference, if any
 * @param evidence the evidence relied on, from the evidence module, pinned by digest
 * @param hearingRecord the hearing record (听证笔录) where the case had a hearing
 * @param appraisalReports assessment, appraisal or expert reports, if any
 * @param procedureSummary the case's procedure, one line per act, generated from its
 * journal
 * @param handlingUnitOpinion 法制审核申请表: 承办机构意见
 * @param handlingUnitHeadOpinion 法制审核申请表: 承办机构负责人意见
 * @param collectiveDiscussionRequested whether the officer asks for 集体讨论
 * @param collectiveDiscussionReason why
 */
public record ReviewPackage(String action, String decisionText, String digest, String factsSummary,
		List<LegalBasis> legalBases, String discretionApplied, String discretionReference, List<Evidence> evidence,
		String hearingRecord, String appraisalReports, List<String> procedureSummary, String handlingUnitOpinion,
		String handlingUnitHeadOpinion, boolean collectiveDiscussionRequested, String collectiveDiscussionReason) {

	public ReviewPackage {
		legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
		procedureSummary = procedureSummary == null ? List.of() : List.copyOf(procedureSummary);
	}

	/**
	 * One piece of evidence as the package lists it.
	 *
	 * @param id the evidence item
	 * @param fileName its file name
	 * @param activity the activity it records, e.g. 现场检查
	 * @param mediaType its detected type
	 * @param sm3 the SM3 of its content when submitted
	 * @param captureStart when its capture began
	 */
	public record Evidence(UUID id, String fileName, String activity, String mediaType, String sm3,
			Instant captureStart) {
	}

}
