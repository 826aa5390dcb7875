package org.sanxiang.inspection;

import java.util.List;

/**
 * The kind of a 回避 as the public reads it. A declared reason may name relatives or
 * dealings (personal data of the officer and others), so the portal shows only its kind:
 * 回避（亲属关系）, 回避（曾为其办理许可）, 回避（利害关系） or 回避（其他应当回避的情形）.
 */
enum ExclusionKind {

	RELATIVE("亲属关系",
			List.of("亲属", "配偶", "夫妻", "妻", "丈夫", "父母", "父亲", "母亲", "子女", "儿子", "女儿", "兄弟", "姐妹", "岳父", "岳母", "公婆",
					"姻亲")),
	HANDLED_LICENCE("曾为其办理许可", List.of("许可", "办理", "承办", "审批", "核准", "审核")),
	INTEREST("利害关系", List.of("利害", "利益", "股东", "持股", "股份", "投资", "任职", "兼职", "雇佣", "经济往来", "债权", "债务")),
	OTHER("其他应当回避的情形", List.of());

	private final String label;

	private final List<String> words;

	ExclusionKind(String label, List<String> words) {
		this.label = label;
		this.words = words;
	}

	String label() {
		return this.label;
	}

	/** As published: 回避（kind）. */
	String publicText() {
		return "回避（" + this.label + "）";
	}

	static ExclusionKind of(String reason) {
		if (reason != null) {
			// a declared kind stands ahead of the reason: "申报回避：亲属关系：…"
			String text = reason.startsWith("申报回避：") ? reason.substring("申报回避：".length()) : reason;
			for (ExclusionKind kind : values()) {
				if (text.startsWith(kind.label + "：")) {
					return kind;
				}
			}
			for (ExclusionKind kind : values()) {
				if (kind.words.stream().anyMatch(reason::contains)) {
					return kind;
				}
			}
		}
		return OTHER;
	}

}
