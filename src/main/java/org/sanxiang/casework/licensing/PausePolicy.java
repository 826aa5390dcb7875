package org.sanxiang.casework.licensing;

/**
 * 期限中止 (行政许可法 第四十五条, RULES.md XK-45): only hearing, tender, auction, testing, inspection,
 * quarantine, appraisal and expert review stop the decision clock, and the applicant is
 * told in writing how long it will take.
 */
final class PausePolicy {

	private PausePolicy() {
	}

	static Verdict check(PauseKind kind, String writtenNotice) {
		if (kind == null) {
			return Verdict.refused("只有听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审所需时间不计算在期限内：请选择其一", Rule.XK_45);
		}
		if (writtenNotice == null || writtenNotice.isBlank()) {
			return Verdict.refused(kind.label() + "所需时间不计入期限的，应当书面告知申请人：请填写书面告知文书", Rule.XK_45);
		}
		return Verdict.ALLOWED;
	}

}
