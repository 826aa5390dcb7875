package org.sanxiang.casework.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sanxiang.casework.Actor;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.MajorCondition;
import org.sanxiang.catalog.MajorConditionKind;
import org.sanxiang.catalog.Versioned;
import org.sanxiang.identity.Role;

/**
 * 重大执法决定 (RULES SH-2, the 益阳市 catalogue as example; 国办发〔2018〕118号): a licensing decision
 * is major when its item is listed in the legal-review catalogue, when an enabled
 * condition of the catalogue matches the case's facts — the public interest was found
 * (XK-46), interested parties with major interests were told or the right to a hearing
 * was (XK-36, XK-47), a hearing was held (XK-48), the act withdraws or revokes a licence
 * (XK-8, XK-69) — or when a case officer flagged it with the reason (complex or novel, or
 * another condition the officer names). Only a 负责人 sets a computed condition aside, or
 * withdraws an officer's flag, and only with the reason. A major decision is made only
 * after a passed legal review (SH-1).
 */
final class MajorDecisionPolicy {

	/**
	 * The finding {@code markPublicInterest} records as the reason a hearing is required.
	 */
	static final String PUBLIC_INTEREST_FINDING = "涉及公共利益的重大许可";

	private MajorDecisionPolicy() {
	}

	/**
	 * The conditions the case meets on its facts and flags, the ones a 负责人 set aside left
	 * out; 撤回/撤销 are facts of the act, not of the case (see {@link #forAct}).
	 */
	static List<MajorMatch> matches(MajorAssessment assessment, Versioned<Item> item, String requiredHearing,
			List<String> interestedParties, LocalDate hearingRightNotifiedOn, String hearingRecord) {
		List<MajorMatch> matches = new ArrayList<>();
		if (item.content().majorDecision() && !assessment.isCleared(MajorMatch.ITEM)) {
			matches.add(new MajorMatch(MajorMatch.ITEM, null, "列入重大执法决定法制审核目录的事项",
					"权责事项 " + item.content().code() + " 第 " + item.version() + " 版", false, MajorMatch.Source.ITEM,
					"事项“" + item.content().name() + "”（" + item.content().code() + "）列入目录，其决定均须经法制审核"));
		}
		if (requiredHearing != null && requiredHearing.startsWith(PUBLIC_INTEREST_FINDING)) {
			computed(assessment, MajorConditionKind.PUBLIC_INTEREST, "承办人认定" + requiredHearing + "（XK-46）", matches);
		}
		List<String> told = new ArrayList<>();
		if (!interestedParties.isEmpty()) {
			told.add("已告知利害关系人：" + String.join("、", interestedParties) + "（XK-36）");
		}
		if (hearingRightNotifiedOn != null) {
			told.add("已于 " + hearingRightNotifiedOn + " 告知申请人、利害关系人享有要求听证的权利（XK-47）");
		}
		if (!told.isEmpty()) {
			computed(assessment, MajorConditionKind.MAJOR_INTERESTS, String.join("；", told), matches);
		}
		if (hearingRecord != null) {
			computed(assessment, MajorConditionKind.AFTER_HEARING, "已举行听证，听证笔录 " + hearingRecord + "（XK-48）", matches);
		}
		for (MajorAssessment.Flag flag : assessment.flags()) {
			matches
				.add(new MajorMatch(flag.code(), flag.kind(), flag.label(), flag.basis(), flag.collectiveDiscussion(),
						MajorMatch.Source.FLAG, flag.reason() + "（" + flag.flaggedBy() + "，" + flag.flaggedOn() + "）"));
		}
		return List.copyOf(matches);
	}

	/**
	 * The conditions a decision {@code action} of the case meets: the case's own, and for
	 * 撤回 or 撤销 the catalogue's condition for them (XK-8, XK-69). 变更 and 延续 of a licence
	 * whose case is major are major too: the same matter, under the same catalogue, is
	 * decided again (SH-2). 注销 records what the law already ended (XK-70) and is not.
	 */
	static List<MajorMatch> forAct(CaseAction action, List<MajorMatch> caseMatches, MajorAssessment assessment) {
		return switch (action) {
			case GRANT, DENY, ALTER_LICENCE, RENEW_LICENCE, DENY_RENEWAL -> caseMatches;
			case WITHDRAW_LICENCE, REVOKE_LICENCE -> {
				List<MajorMatch> matches = new ArrayList<>(caseMatches);
				assessment.condition(MajorConditionKind.WITHDRAWAL_REVOCATION)
					.ifPresent(c -> matches.add(match(c, MajorMatch.Source.FACTS, action.label() + "行政许可（"
							+ (action == CaseAction.WITHDRAW_LICENCE ? Rule.XK_8 : Rule.XK_69).id() + "）")));
				yield List.copyOf(matches);
			}
			default -> List.of();
		};
	}

	/**
	 * The flag an officer asks for: a condition of the catalogue found by judgement (疑难复杂
	 * or 其他) by its code, or by kind — 疑难复杂 as the catalogue names it, 其他 under the name
	 * the officer gives ({@code label}; a 其他 named so is the officer's own, not the
	 * catalogue entry chosen). A computed condition is not flagged: the facts decide it.
	 */
	static Resolved resolve(MajorAssessment assessment, String condition, String label, String reason) {
		if (reason == null || reason.isBlank()) {
			return Resolved.refused("请说明认定为重大执法决定的理由");
		}
		if (condition == null || condition.isBlank()) {
			return Resolved.refused("请选择重大执法决定的情形（疑难复杂或其他）");
		}
		String code = condition.strip();
		Optional<MajorCondition> listed = assessment.condition(code);
		MajorConditionKind kind = listed.map(MajorCondition::kind).orElseGet(() -> kindNamed(code));
		if (kind == null) {
			return Resolved.refused("法制审核目录中没有情形“" + code + "”");
		}
		if (kind.byFacts()) {
			return Resolved.refused("“" + kind.label() + "”由系统根据案件事实认定，无需标记；其他理由请选择“疑难复杂”或“其他”");
		}
		if (listed.isEmpty() && kind == MajorConditionKind.COMPLEX_NOVEL) {
			listed = assessment.condition(MajorConditionKind.COMPLEX_NOVEL);
		}
		boolean named = kind == MajorConditionKind.OTHER && label != null && !label.isBlank();
		MajorCondition flagged;
		if (named) {
			String name = label.strip();
			flagged = new MajorCondition("OTHER:" + name, null, kind, name, "承办人认定", false, true, 0);
		}
		else if (listed.isPresent()) {
			flagged = listed.get();
		}
		else if (kind == MajorConditionKind.OTHER) {
			return Resolved.refused("请填写其他情形的名称");
		}
		else {
			flagged = new MajorCondition(kind.name(), null, kind, kind.label(), "承办人认定", false, true, 0);
		}
		if (assessment.isFlagged(flagged.code())) {
			return Resolved.refused("本案已标记“" + flagged.name() + "”");
		}
		return new Resolved(flagged, null);
	}

	/**
	 * Setting aside one condition the case meets: by a 负责人, with the reason, naming a
	 * condition that matched.
	 */
	static Verdict clearance(Actor approver, String condition, String reason, List<MajorMatch> matches) {
		if (approver == null || !approver.has(Role.DIRECTOR)) {
			return Verdict.refused("只有负责人可以解除重大执法决定的认定", Rule.SH_2);
		}
		if (reason == null || reason.isBlank()) {
			return Verdict.refused("请说明解除重大执法决定认定的理由", Rule.SH_2);
		}
		if (condition == null || matches.stream().noneMatch(m -> m.code().equals(condition.strip()))) {
			String open = matches.isEmpty() ? "无"
					: String.join("、", matches.stream().map(m -> m.code() + " " + m.label()).toList());
			return Verdict.refused("本案不符合情形“" + (condition == null ? "" : condition.strip()) + "”，可解除的：" + open,
					Rule.SH_2);
		}
		return Verdict.ALLOWED;
	}

	private static void computed(MajorAssessment assessment, MajorConditionKind kind, String fact,
			List<MajorMatch> matches) {
		assessment.condition(kind)
			.filter(c -> !assessment.isCleared(c.code()))
			.ifPresent(c -> matches.add(match(c, MajorMatch.Source.FACTS, fact)));
	}

	private static MajorMatch match(MajorCondition c, MajorMatch.Source source, String fact) {
		return new MajorMatch(c.code(), c.kind(), c.name(), c.basis(), c.collectiveDiscussion(), source, fact);
	}

	private static MajorConditionKind kindNamed(String code) {
		for (MajorConditionKind kind : MajorConditionKind.values()) {
			if (kind.name().equals(code)) {
				return kind;
			}
		}
		return null;
	}

	/** The condition to flag, or why not. */
	record Resolved(MajorCondition condition, String refusal) {

		static Resolved refused(String reason) {
			return new Resolved(null, reason);
		}

	}

}
