package org.sanxiang.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.catalog.LegalBasis;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.platform.InputRejected.FieldError;

/**
 * What a review package must hold (RULES.md SH-3) and which cases have one (SH-2). An
 * incomplete package is refused at once with everything missing, never one item at a
 * time.
 */
final class PackagePolicy {

	static final int MAX_TEXT = 10_000;

	static final int MAX_LINE = 500;

	private PackagePolicy() {
	}

	/**
	 * An archived case is read only: nothing is submitted for it (409). Its file is
	 * closed; a later decision on its licence is a matter of its own.
	 */
	static Refusal open(CaseSnapshot c) {
		if (!"Archived".equals(c.stateCode())) {
			return null;
		}
		return Refusal.conflict(ReviewRule.SH_1, "caseId", "案件已归档，不能修改：已归档的案件不能再提交法制审核");
	}

	/**
	 * Only a major decision is reviewed (SH-1, SH-2): a case with none to take now is
	 * refused (409) with the reason.
	 */
	static Refusal major(CaseSnapshot c) {
		if (!c.majorDecisions().isEmpty()) {
			return null;
		}
		String why = c.major() ? "本案当前状态为“" + c.state() + "”，没有待作出的重大执法决定"
				: "本案不属于重大执法决定（事项未列入重大执法决定法制审核目录，未经听证，也不是撤回、撤销行政许可），无需法制审核";
		return Refusal.conflict(ReviewRule.SH_2, "caseId", why);
	}

	/**
	 * The package is complete: the proposed decision (one the case may take now) and its
	 * text, the facts, legal bases from the item's catalog entry, the discretion applied,
	 * evidence of this case, the hearing record where one was held, and both opinions of
	 * the 法制审核申请表. {@code null} when complete; otherwise one 422 refusal listing every
	 * field at fault.
	 */
	static Refusal complete(LegalReviews.Submission s, CaseSnapshot c, List<LegalBasis> itemBases,
			List<EvidenceItem> caseEvidence) {
		List<FieldError> errors = new ArrayList<>();
		if (blank(s.action())) {
			errors.add(new FieldError("action", "请选择拟作出的决定（" + String.join("、", c.majorDecisions()) + "）"));
		}
		else if (!c.majorDecisions().contains(s.action())) {
			errors.add(new FieldError("action",
					"“" + s.action() + "”不是本案当前可以提交审核的重大执法决定，可选：" + String.join("、", c.majorDecisions())));
		}
		if (blank(s.decisionText())) {
			errors.add(new FieldError("decisionText", "请填写拟作出的决定内容（决定书正文）"));
		}
		else if (s.decisionText().length() > MAX_TEXT) {
			errors.add(new FieldError("decisionText", "决定内容不能超过" + MAX_TEXT + "字"));
		}
		text(errors, "factsSummary", s.factsSummary(), "请填写案件事实摘要", "事实摘要");
		legalBases(errors, s.legalBases(), itemBases);
		text(errors, "discretionApplied", s.discretionApplied(), "请说明行政裁量基准的适用情况（不涉及裁量的，请注明“不涉及裁量”）", "裁量基准适用说明");
		if (s.discretionReference() != null && s.discretionReference().length() > MAX_LINE) {
			errors.add(new FieldError("discretionReference", "裁量基准编号不能超过" + MAX_LINE + "字"));
		}
		evidence(errors, s.evidenceIds(), caseEvidence);
		if (c.hearingRecord() != null) {
			if (blank(s.hearingRecord())) {
				errors.add(new FieldError("hearingRecord", "本案举行了听证，请附听证笔录（" + c.hearingRecord() + "）"));
			}
			else if (!c.hearingRecord().equals(s.hearingRecord().strip())) {
				errors.add(new FieldError("hearingRecord",
						"听证笔录“" + s.hearingRecord().strip() + "”与案件记录的听证笔录（" + c.hearingRecord() + "）不一致"));
			}
		}
		if (s.appraisalReports() != null && s.appraisalReports().length() > MAX_TEXT) {
			errors.add(new FieldError("appraisalReports", "评估、鉴定、专家论证报告说明不能超过" + MAX_TEXT + "字"));
		}
		text(errors, "handlingUnitOpinion", s.handlingUnitOpinion(), "请填写法制审核申请表的承办机构意见", "承办机构意见");
		text(errors, "handlingUnitHeadOpinion", s.handlingUnitHeadOpinion(), "请填写法制审核申请表的承办机构负责人意见", "承办机构负责人意见");
		if (s.collectiveDiscussionRequested() && blank(s.collectiveDiscussionReason())) {
			errors.add(new FieldError("collectiveDiscussionReason", "申请集体讨论的，请说明理由（如案情复杂、新类型案件）"));
		}
		if (errors.isEmpty()) {
			return null;
		}
		return Refusal.unprocessable(ReviewRule.SH_3, "送审材料不齐全或不符合要求，共" + errors.size() + "项："
				+ String.join("；", errors.stream().map(FieldError::message).toList()), errors);
	}

	/** The item's legal bases the package chose, in the order chosen. */
	static List<LegalBasis> chosen(List<LegalReviews.LegalBasisChoice> choices, List<LegalBasis> itemBases) {
		List<LegalBasis> chosen = new ArrayList<>();
		for (LegalReviews.LegalBasisChoice choice : choices) {
			itemBases.stream().filter(b -> matches(choice, b)).findFirst().ifPresent(chosen::add);
		}
		return chosen;
	}

	private static void legalBases(List<FieldError> errors, List<LegalReviews.LegalBasisChoice> choices,
			List<LegalBasis> itemBases) {
		if (choices == null || choices.isEmpty()) {
			errors.add(new FieldError("legalBases", "请从事项的执法依据中选择适用的法律依据"));
			return;
		}
		for (int i = 0; i < choices.size(); i++) {
			LegalReviews.LegalBasisChoice choice = choices.get(i);
			if (choice == null || itemBases.stream().noneMatch(b -> matches(choice, b))) {
				errors.add(new FieldError("legalBases[" + i + "]",
						"“" + (choice == null ? "" : choice.law() + choice.article()) + "”不是本事项目录所列的执法依据"));
			}
		}
	}

	private static boolean matches(LegalReviews.LegalBasisChoice choice, LegalBasis basis) {
		return choice != null && choice.law() != null && choice.law().strip().equals(basis.law())
				&& (choice.article() == null ? "" : choice.article().strip())
					.equals(basis.article() == null ? "" : basis.article());
	}

	private static void evidence(List<FieldError> errors, List<String> ids, List<EvidenceItem> caseEvidence) {
		if (ids == null || ids.isEmpty()) {
			errors.add(new FieldError("evidenceIds", "请列明作出决定所依据的证据（证据库中本案的证据）"));
			return;
		}
		Map<UUID, EvidenceItem> held = new HashMap<>();
		caseEvidence.forEach(e -> held.put(e.id(), e));
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			UUID uuid = uuid(id);
			if (uuid == null) {
				errors.add(new FieldError("evidenceIds[" + i + "]", "证据编号“" + id + "”格式不正确"));
			}
			else if (!held.containsKey(uuid)) {
				errors.add(new FieldError("evidenceIds[" + i + "]", "证据 " + id + " 不属于本案或已删除"));
			}
		}
	}

	static UUID uuid(String id) {
		try {
			return id == null ? null : UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void text(List<FieldError> errors, String field, String value, String missing, String label) {
		if (blank(value)) {
			errors.add(new FieldError(field, missing));
		}
		else if (value.length() > MAX_TEXT) {
			errors.add(new FieldError(field, label + "不能超过" + MAX_TEXT + "字"));
		}
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
