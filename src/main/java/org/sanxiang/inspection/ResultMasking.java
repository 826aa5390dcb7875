package org.sanxiang.inspection;

import java.util.ArrayList;
import java.util.List;

import org.sanxiang.platform.PersonalData;

/**
 * What of an inspection result may go public (GS-5, 行政处罚结果信息网上公开暂行办法): the target's name
 * and 统一社会信用代码 and, for a legal person, its 法定代表人 stay as written (public by rule, GS-7);
 * everything {@link PersonalData#mask} finds in free text is masked. A 个体工商户's operator
 * is a natural person: the given name is masked wherever it is written, except inside the
 * shop name, which stays.
 */
final class ResultMasking {

	static final String SOLE_PROPRIETOR = "个体工商户";

	private ResultMasking() {
	}

	/**
	 * The inspected party as the register holds it.
	 *
	 * @param category 法人及非法人组织 or 个体工商户
	 * @param legalRepresentative 法定代表人, or a 个体工商户's operator (经营者)
	 */
	record Party(String name, String category, String legalRepresentative) {

		boolean soleProprietor() {
			return SOLE_PROPRIETOR.equals(this.category);
		}

		/** The operator of a 个体工商户, a natural person whose name is masked. */
		String operator() {
			return soleProprietor() && this.legalRepresentative != null && !this.legalRepresentative.isBlank()
					? this.legalRepresentative.strip() : null;
		}

	}

	/** The 法定代表人 / 经营者 as published. */
	static String representative(Party party) {
		String operator = party.operator();
		if (operator != null) {
			return maskedName(operator);
		}
		return party.legalRepresentative();
	}

	/** Free text (findings, follow-up, a reason) as published. */
	static String text(String text, Party party) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String masked = text;
		String operator = party.operator();
		if (operator != null) {
			masked = replaceOutside(masked, operator, maskedName(operator), party.name());
		}
		List<String> keep = new ArrayList<>();
		keep.add(party.name());
		if (!party.soleProprietor() && party.legalRepresentative() != null) {
			keep.add(party.legalRepresentative());
		}
		return PersonalData.mask(masked, keep);
	}

	/** The surname kept, the given name masked: 张三丰 → 张**. */
	static String maskedName(String name) {
		String n = name.strip();
		int first = n.offsetByCodePoints(0, 1);
		return n.substring(0, first) + "*".repeat(n.codePointCount(first, n.length()));
	}

	/**
	 * {@code text} with {@code name} replaced by {@code replacement}, except where it is
	 * part of {@code kept}.
	 */
	private static String replaceOutside(String text, String name, String replacement, String kept) {
		if (kept == null || kept.isEmpty() || !text.contains(kept)) {
			return text.replace(name, replacement);
		}
		StringBuilder out = new StringBuilder();
		int from = 0;
		int at;
		while ((at = text.indexOf(kept, from)) >= 0) {
			out.append(text.substring(from, at).replace(name, replacement)).append(kept);
			from = at + kept.length();
		}
		return out.append(text.substring(from).replace(name, replacement)).toString();
	}

}
