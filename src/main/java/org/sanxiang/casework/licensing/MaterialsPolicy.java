package org.sanxiang.casework.licensing;

import java.util.List;

/**
 * 受理 needs complete materials (行政许可法 第三十二条第一款第（四）（五）项, RULES.md XK-32b): while a required
 * material of the item's list (第三十条) has been neither received as a file nor checked on
 * paper, the application cannot be accepted; the clerk tells the applicant, once,
 * everything to correct. The law's own acceptance once the window lapses without a notice
 * is not the clerk's, and is not held back by this rule.
 */
final class MaterialsPolicy {

	private MaterialsPolicy() {
	}

	/**
	 * {@code missing}: the names of the required materials not yet received, as the
	 * caller found them.
	 */
	static Verdict complete(List<String> missing) {
		if (missing.isEmpty()) {
			return Verdict.ALLOWED;
		}
		return Verdict.refused(
				"申请材料不齐全，尚未收到必要材料：" + String.join("、", missing) + "。请补收材料（上传文件或核验纸质材料）后再受理，或一次性告知申请人需要补正的全部内容",
				Rule.XK_32B);
	}

}
