package org.sanxiang.supervision.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;

/**
 * A version of an agency's scoring scheme (考核方案): the weight of each
 * {@link ScoreComponent} (0–100, at most two decimals, summing to exactly 100), the
 * points a finding of 督查 deducts from its part and the extra points when its
 * rectification is overdue, and the lowest totals of the grades 优秀, 良好 and 合格. A new
 * version never changes an old one: a period is scored by the version in force on its
 * last day.
 */
record ScoringScheme(UUID id, String agencyCode, int version, LocalDate effectiveFrom,
		Map<ScoreComponent, BigDecimal> weights, BigDecimal findingPoints, BigDecimal overduePoints,
		BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal passFrom, String note, String adoptedBy,
		Instant adoptedAt) {

	static final BigDecimal HUNDRED = new BigDecimal("100");

	public BigDecimal weight(ScoreComponent component) {
		return this.weights.getOrDefault(component, BigDecimal.ZERO);
	}

	/** 优秀, 良好, 合格 or 不合格 for a total. */
	String grade(BigDecimal total) {
		if (total.compareTo(this.excellentFrom) >= 0) {
			return "优秀";
		}
		if (total.compareTo(this.goodFrom) >= 0) {
			return "良好";
		}
		return total.compareTo(this.passFrom) >= 0 ? "合格" : "不合格";
	}

	/**
	 * A scheme as typed: every number as text, so that a missing or malformed one is
	 * named in the refusal rather than lost.
	 *
	 * @param weights per component code ({@link ScoreComponent#code()})
	 */
	record Form(LocalDate effectiveFrom, Map<String, String> weights, String findingPoints, String overduePoints,
			String excellentFrom, String goodFrom, String passFrom, String note) {
	}

	/** The checked numbers of a form, before it gets an id and a version. */
	record Checked(LocalDate effectiveFrom, Map<ScoreComponent, BigDecimal> weights, BigDecimal findingPoints,
			BigDecimal overduePoints, BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal passFrom, String note) {
	}

	/**
	 * Checks a form: every number from 0 to 100 with at most two decimals, the weights
	 * summing to exactly 100, the grades' lowest totals descending. All problems are
	 * named at once (422).
	 */
	static Checked check(Form form) {
		List<FieldError> errors = new ArrayList<>();
		Map<ScoreComponent, BigDecimal> weights = new EnumMap<>(ScoreComponent.class);
		BigDecimal sum = BigDecimal.ZERO;
		boolean allWeights = true;
		Map<String, String> typed = form.weights() == null ? Map.of() : form.weights();
		for (ScoreComponent c : ScoreComponent.values()) {
			BigDecimal w = number(typed.get(c.code()), "weight." + c.code(), c.label() + "的权重", errors);
			if (w == null) {
				allWeights = false;
				continue;
			}
			weights.put(c, w);
			sum = sum.add(w);
		}
		if (allWeights && sum.compareTo(HUNDRED) != 0) {
			errors.add(new FieldError("weights",
					"各项权重之和必须正好等于 100%，现为 " + plain(sum) + "%，相差 " + plain(HUNDRED.subtract(sum).abs()) + " 个百分点"));
		}
		BigDecimal finding = number(form.findingPoints(), "findingPoints", "每个督查发现问题扣分", errors);
		BigDecimal overdue = number(form.overduePoints(), "overduePoints", "整改逾期加扣分", errors);
		BigDecimal excellent = number(form.excellentFrom(), "excellentFrom", "优秀等次分数线", errors);
		BigDecimal good = number(form.goodFrom(), "goodFrom", "良好等次分数线", errors);
		BigDecimal pass = number(form.passFrom(), "passFrom", "合格等次分数线", errors);
		if (excellent != null && good != null && pass != null
				&& !(excellent.compareTo(good) > 0 && good.compareTo(pass) > 0)) {
			errors.add(new FieldError("grades", "等次分数线须依次降低：优秀 > 良好 > 合格"));
		}
		if (form.effectiveFrom() == null) {
			errors.add(new FieldError("effectiveFrom", "请填写方案的施行日期"));
		}
		String note = form.note() == null ? "" : form.note().strip();
		if (note.length() > 2000) {
			errors.add(new FieldError("note", "说明不能超过2000个字"));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, errors);
		}
		return new Checked(form.effectiveFrom(), weights, finding, overdue, excellent, good, pass,
				note.isEmpty() ? null : note);
	}

	private static BigDecimal number(String text, String field, String name, List<FieldError> errors) {
		String t = text == null ? "" : text.strip().replace("%", "");
		if (t.isEmpty()) {
			errors.add(new FieldError(field, "请填写" + name));
			return null;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(t);
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError(field, name + "须为数字，“" + abbreviate(t) + "”不是数字"));
			return null;
		}
		if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
			errors.add(new FieldError(field, name + "须在 0 至 100 之间，“" + abbreviate(t) + "”超出范围"));
			return null;
		}
		if (value.stripTrailingZeros().scale() > 2) {
			errors.add(new FieldError(field, name + "最多保留两位小数"));
			return null;
		}
		return value.setScale(2, RoundingMode.UNNECESSARY);
	}

	private static String abbreviate(String text) {
		return text.length() > 20 ? text.substring(0, 20) + "…" : text;
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
