package org.sanxiang.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanxiang.catalog.LegalBasis;
import org.sanxiang.documents.MissingFields;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;

/**
 * What the 法制审核意见书 of a conclusion says, as the values of the {@value #TEMPLATE}
 * template's typed fields: the proposal reviewed (its text, or an excerpt when long, and
 * always its SM3 digest, which is what the gate clears), the legal bases it applies, the
 * reviewer's answer on each of the seven points and on the crime question (SH-4), the
 * outcome with its reasons and required changes (SH-5), and the reviewer. The documents
 * module takes the case's own values (applicant, item, case number) and the date itself
 * and never knows the review: the review fills the form.
 */
final class OpinionDocument {

	/** The template of the 重大行政许可法制审核意见书 (RULES.md WS-2). */
	static final String TEMPLATE = "review-opinion";

	/** A decision text longer than this is printed as an excerpt (the digest stands). */
	static final int LONG_TEXT = 1000;

	/** How much of a long text the excerpt shows. */
	static final int EXCERPT = 300;

	/** The template's field for each point, in the order of the opinion's table. */
	static final Map<ReviewPoint, String> POINT_FIELDS = pointFields();

	static final String CRIME_FIELD = "findCrime";

	private static final Pattern CODE_POINT = Pattern.compile("U\\+([0-9A-Fa-f]{4,6})");

	private OpinionDocument() {
	}

	/**
	 * The typed values of the opinion concluding {@code round}.
	 * @param handlingUnit the unit that submitted (the 主送)
	 * @param reviewer the reviewer's name as signed
	 */
	static Map<String, String> inputs(ReviewRound round, ReviewOpinion opinion, String handlingUnit, String reviewer) {
		Map<String, String> in = new LinkedHashMap<>();
		in.put("handlingUnit", handlingUnit);
		in.put("round", "第" + round.number() + "轮送审");
		in.put("submittedOn", chinese(round.completeOn()));
		in.put("proposal", round.submitted().action());
		in.put("proposalText", text(round.proposedText()));
		in.put("proposalDigest", round.proposedDigest());
		in.put("legalBasis", bases(round.submitted().legalBases()));
		Map<ReviewPoint, PointFinding> answered = ConclusionPolicy.answered(opinion.points());
		for (Map.Entry<ReviewPoint, String> field : POINT_FIELDS.entrySet()) {
			in.put(field.getValue(), finding(answered.get(field.getKey())));
		}
		in.put(CRIME_FIELD, opinion.crimeSuspected() ? "是。" + nullToEmpty(opinion.crimeComment()) : "否");
		in.put("conclusion", opinion.outcome().label());
		in.put("opinion", reasons(opinion));
		in.put("reviewer", reviewer);
		return in;
	}

	/**
	 * The decision text as printed: whole, or for a long one its opening and how long it
	 * is (the digest printed beside it identifies the whole).
	 */
	static String text(String text) {
		String t = text == null ? "" : text.strip();
		if (t.length() <= LONG_TEXT) {
			return t;
		}
		return t.substring(0, EXCERPT) + "……（节选：全文共" + t.length() + "字，载于送审材料，以下列 SM3 摘要为准）";
	}

	/** One answer as the table prints it: 符合, or 不符合/需补充 with the reason. */
	static String finding(PointFinding f) {
		if (f == null || f.finding() == null) {
			return "";
		}
		String comment = f.comment() == null || f.comment().isBlank() ? null : f.comment().strip();
		if (comment == null) {
			return f.finding().label();
		}
		return f.finding().label() + (f.finding() == Finding.COMPLIANT ? "。" : "：") + comment;
	}

	/**
	 * The reasons under the conclusion: the reviewer's own words, or what the answers
	 * amount to; for 修改后通过 every change required, numbered as the officer confirms them.
	 */
	static String reasons(ReviewOpinion opinion) {
		List<String> parts = new ArrayList<>();
		if (opinion.remarks() != null && !opinion.remarks().isBlank()) {
			parts.add(sentence(opinion.remarks().strip()));
		}
		else {
			parts.add(switch (opinion.outcome()) {
				case PASSED -> "经审核，执法主体适格，事实清楚，证据确凿，适用法律正确，程序合法，裁量适当，文书规范，同意作出该决定。";
				case PASSED_WITH_CHANGES -> "经审核，拟作出的决定按下列要求修改后，可以作出。";
				case REJECTED -> rejected(opinion);
				case RETURNED -> "经审核，送审材料需要补充。";
			});
		}
		if (opinion.outcome() == ReviewOutcome.PASSED_WITH_CHANGES && !opinion.requiredChanges().isEmpty()) {
			StringBuilder changes = new StringBuilder("须作如下修改：");
			for (int i = 0; i < opinion.requiredChanges().size(); i++) {
				changes.append(i == 0 ? "" : "；")
					.append("（")
					.append(i + 1)
					.append("）")
					.append(trimEnd(opinion.requiredChanges().get(i).strip()));
			}
			changes.append("。承办机构逐项修改并经法制审核人员确认后，按确认的文本作出决定。");
			parts.add(changes.toString());
		}
		return String.join("", parts);
	}

	/**
	 * A document that could not be issued, as the conclusion's refusal (422): nothing of
	 * the conclusion is kept, and the fields at fault are named as the conclusion names
	 * them — for a character the font cannot draw, every field whose value holds it.
	 * @param inputs the values the document was to be issued with
	 */
	static Refusal refusal(InputRejected rejected, Map<String, String> inputs) {
		List<FieldError> errors = new ArrayList<>();
		for (FieldError e : rejected.errors()) {
			List<String> holding = holding(undrawable(e.message()), inputs);
			if (holding.isEmpty()) {
				errors.add(new FieldError(conclusionField(e.field()), e.message()));
			}
			holding.forEach(field -> errors.add(new FieldError(conclusionField(field), e.message())));
		}
		String why = rejected instanceof MissingFields || rejected.errors().isEmpty() ? rejected.firstMessage()
				: String.join("；", rejected.errors().stream().map(FieldError::message).distinct().toList());
		return Refusal.unprocessable(ReviewRule.WS_2, "法制审核意见书未能出具，审核结论未保存：" + trimEnd(why) + "。请修改后重新提交审核结论", errors);
	}

	/** The character a message says the font lacks (…U+1F600…), or {@code null}. */
	private static String undrawable(String message) {
		Matcher m = CODE_POINT.matcher(message == null ? "" : message);
		return m.find() ? new String(Character.toChars(Integer.parseInt(m.group(1), 16))) : null;
	}

	private static List<String> holding(String character, Map<String, String> inputs) {
		if (character == null) {
			return List.of();
		}
		return inputs.entrySet()
			.stream()
			.filter(e -> e.getValue() != null && e.getValue().contains(character))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Where in the conclusion a field of the document comes from. */
	static String conclusionField(String documentField) {
		for (Map.Entry<ReviewPoint, String> field : POINT_FIELDS.entrySet()) {
			if (field.getValue().equals(documentField)) {
				return "points." + field.getKey().name();
			}
		}
		return switch (documentField) {
			case CRIME_FIELD -> "crimeComment";
			case "opinion" -> "remarks";
			case "conclusion" -> "outcome";
			default -> "opinion";
		};
	}

	private static String rejected(ReviewOpinion opinion) {
		List<String> failed = opinion.points()
			.stream()
			.filter(f -> f.finding() != null && f.finding() != Finding.COMPLIANT)
			.map(f -> f.point().label())
			.toList();
		return failed.isEmpty() ? "经审核，不同意作出该决定。" : "经审核，" + String.join("、", failed) + "的审核意见为不符合或需补充（见上表），不同意作出该决定。";
	}

	private static String bases(List<LegalBasis> bases) {
		List<String> cited = new ArrayList<>();
		for (LegalBasis b : bases) {
			cited.add(nullToEmpty(b.law()) + nullToEmpty(b.article()));
		}
		return String.join("；", cited);
	}

	/** 2026年6月1日, as documents print dates. */
	static String chinese(LocalDate date) {
		return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private static String sentence(String s) {
		return s.endsWith("。") || s.endsWith("！") || s.endsWith("？") ? s : s + "。";
	}

	private static String trimEnd(String s) {
		String t = s.strip();
		while (t.endsWith("。") || t.endsWith("；") || t.endsWith(";")) {
			t = t.substring(0, t.length() - 1);
		}
		return t;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s.strip();
	}

	private static Map<ReviewPoint, String> pointFields() {
		Map<ReviewPoint, String> fields = new EnumMap<>(ReviewPoint.class);
		fields.put(ReviewPoint.SUBJECT, "findSubject");
		fields.put(ReviewPoint.FACTS, "findFacts");
		fields.put(ReviewPoint.EVIDENCE, "findEvidence");
		fields.put(ReviewPoint.LAW, "findLaw");
		fields.put(ReviewPoint.PROCEDURE, "findProcedure");
		fields.put(ReviewPoint.DISCRETION, "findDiscretion");
		fields.put(ReviewPoint.DOCUMENTS, "findDocuments");
		return fields;
	}

}
