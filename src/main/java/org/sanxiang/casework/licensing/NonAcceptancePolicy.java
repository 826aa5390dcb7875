package org.sanxiang.casework.licensing;

/**
 * 不予受理 (行政许可法 第三十二条第一款第（一）（二）项, RULES.md XK-32a): a written decision with its reason;
 * when the matter is another agency's, the applicant is told which body to apply to.
 */
final class NonAcceptancePolicy {

	private NonAcceptancePolicy() {
	}

	static Verdict check(NonAcceptanceGround ground, String reason, String competentBody) {
		if (ground == null) {
			return Verdict.refused("请选择不予受理的理由类别", Rule.XK_32A);
		}
		if (reason == null || reason.isBlank()) {
			return Verdict.refused("不予受理须说明理由", Rule.XK_32A);
		}
		if (ground == NonAcceptanceGround.OUTSIDE_OUR_POWER && (competentBody == null || competentBody.isBlank())) {
			return Verdict.refused("申请事项不属于本行政机关职权范围的，应当告知申请人向有关行政机关申请：请填写有权机关", Rule.XK_32A);
		}
		return Verdict.ALLOWED;
	}

}
