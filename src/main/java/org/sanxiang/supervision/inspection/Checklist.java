package org.sanxiang.supervision.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The checklist of a sampled case pre-filled from its records: each point answered 符合,
 * 不符合 or 不适用 with the facts behind the answer, for the inspector to confirm or override
 * with a note. Pure: the records are gathered by {@link CaseRecords}.
 */
final class Checklist {

	/** The decision actions whose publication GS-3 times. */
	static final List<String> DECISIONS = List.of("准予许可", "不予许可");

	private Checklist() {
	}

	/** One pre-filled answer and the facts it rests on. */
	record Answer(Verdict verdict, String basis) {
	}

	/** A publication of the case on the portal. */
	record PublishedDecision(String action, LocalDate dueOn, LocalDate publishedOn) {
	}

	/** An act the law asks to record, and whether it was (or was exempted, JL-5). */
	record Act(String label, LocalDate on, boolean recorded, String exemption) {
	}

	/** A document issued in the case. */
	record Document(String templateCode, String title, String number, boolean valid) {
	}

	/**
	 * What the checklist reads about one decided case.
	 *
	 * @param today the day of the check
	 * @param acceptedOn the day of acceptance, or {@code null}
	 * @param decidedOn the day of the decision
	 * @param granted 准予 or 不予
	 * @param decisionDue the statutory due date, or {@code null} when none applies
	 * @param promisedDue the promised due date, or {@code null}
	 * @param publicationDue the last day to publish the decision (GS-3)
	 * @param publications the case's publications on the portal
	 * @param acts the acts to record on audio/video
	 * @param major whether the decision was major (SH-2)
	 * @param reviewOpinion the 法制审核意见书 number of the passed review that cleared it, or
	 * {@code null} when none did
	 * @param documents the documents issued in the case
	 */
	record CaseRecord(LocalDate today, LocalDate acceptedOn, LocalDate decidedOn, boolean granted,
			LocalDate decisionDue, LocalDate promisedDue, LocalDate publicationDue,
			List<PublishedDecision> publications, List<Act> acts, boolean major, String reviewOpinion,
			List<Document> documents) {
	}

	static Map<ChecklistItem, Answer> prefill(CaseRecord c) {
		Map<ChecklistItem, Answer> answers = new EnumMap<>(ChecklistItem.class);
		answers.put(ChecklistItem.PUBLICATION, publication(c));
		answers.put(ChecklistItem.RECORDING, recording(c));
		answers.put(ChecklistItem.REVIEW, review(c));
		answers.put(ChecklistItem.DOCUMENTS, documents(c));
		answers.put(ChecklistItem.DEADLINE, deadline(c));
		return answers;
	}

	/** GS-3: published within 7 working days of the decision. */
	private static Answer publication(CaseRecord c) {
		PublishedDecision published = c.publications()
			.stream()
			.filter(p -> DECISIONS.contains(p.action()) && p.publishedOn() != null)
			.findFirst()
			.orElse(null);
		if (published != null) {
			LocalDate due = published.dueOn() != null ? published.dueOn() : c.publicationDue();
			boolean inTime = !published.publishedOn().isAfter(due);
			return new Answer(inTime ? Verdict.PASS : Verdict.FAIL,
					"决定于 " + published.publishedOn() + " 公示，公示期限 " + due + (inTime ? "：按时公示" : "：超过公示期限"));
		}
		if (c.today().isAfter(c.publicationDue())) {
			return new Answer(Verdict.FAIL, "公示期限 " + c.publicationDue() + " 已过，公示网站上没有该决定（如属依法不予公开的，请核实后改判并注明理由）");
		}
		return new Answer(Verdict.NOT_APPLICABLE, "公示期限 " + c.publicationDue() + " 未到，尚未公示");
	}

	/** JL-3, JL-4, JL-5: each act recorded, or exempted with approval. */
	private static Answer recording(CaseRecord c) {
		if (c.acts().isEmpty()) {
			return new Answer(Verdict.NOT_APPLICABLE, "本案没有应当音像记录的执法活动");
		}
		List<String> missing = new ArrayList<>();
		List<String> held = new ArrayList<>();
		for (Act act : c.acts()) {
			String name = act.label() + "（" + act.on() + "）";
			if (act.recorded()) {
				held.add(name + "有音像记录");
			}
			else if (act.exemption() != null) {
				held.add(name + "经批准免于记录：" + act.exemption());
			}
			else {
				missing.add(name);
			}
		}
		if (!missing.isEmpty()) {
			return new Answer(Verdict.FAIL, String.join("、", missing) + "无音像记录");
		}
		return new Answer(Verdict.PASS, String.join("；", held));
	}

	/** SH-1: a major decision only after a passed legal review. */
	private static Answer review(CaseRecord c) {
		if (!c.major()) {
			return new Answer(Verdict.NOT_APPLICABLE, "不属于重大执法决定");
		}
		if (c.reviewOpinion() != null) {
			return new Answer(Verdict.PASS, "重大执法决定，经法制审核通过，意见书 " + c.reviewOpinion());
		}
		return new Answer(Verdict.FAIL, "重大执法决定未经法制审核通过");
	}

	/**
	 * WS-1, JL-2: the 受理通知书 (when accepted) and the 准予 or 不予行政许可决定书 issued, standing and
	 * numbered.
	 */
	private static Answer documents(CaseRecord c) {
		List<String[]> required = new ArrayList<>();
		if (c.acceptedOn() != null) {
			required.add(new String[] { "acceptance-notice", "受理通知书" });
		}
		required.add(c.granted() ? new String[] { "licence-grant", "准予行政许可决定书" }
				: new String[] { "licence-denial", "不予行政许可决定书" });
		List<String> missing = new ArrayList<>();
		List<String> unnumbered = new ArrayList<>();
		List<String> found = new ArrayList<>();
		for (String[] r : required) {
			Document d = c.documents()
				.stream()
				.filter(x -> x.valid() && x.templateCode().equals(r[0]))
				.findFirst()
				.orElse(null);
			if (d == null) {
				missing.add(r[1]);
			}
			else if (d.number() == null || d.number().isBlank()) {
				unnumbered.add(r[1]);
			}
			else {
				found.add(r[1] + " " + d.number());
			}
		}
		if (missing.isEmpty() && unnumbered.isEmpty()) {
			return new Answer(Verdict.PASS, String.join("；", found));
		}
		List<String> why = new ArrayList<>();
		if (!missing.isEmpty()) {
			why.add("缺少" + String.join("、", missing));
		}
		if (!unnumbered.isEmpty()) {
			why.add(String.join("、", unnumbered) + "未编号");
		}
		return new Answer(Verdict.FAIL, String.join("；", why));
	}

	/** XK-42: decided within the statutory period and, if the item promises one, that. */
	private static Answer deadline(CaseRecord c) {
		if (c.decisionDue() == null) {
			return new Answer(Verdict.NOT_APPLICABLE, "未受理或无法定办理期限");
		}
		boolean statutory = !c.decidedOn().isAfter(c.decisionDue());
		boolean promised = c.promisedDue() == null || !c.decidedOn().isAfter(c.promisedDue());
		String facts = "决定日 " + c.decidedOn() + "，法定期限 " + c.decisionDue()
				+ (c.promisedDue() == null ? "" : "，承诺期限 " + c.promisedDue());
		if (statutory && promised) {
			return new Answer(Verdict.PASS, facts + "：按期");
		}
		return new Answer(Verdict.FAIL, facts + (statutory ? "：超过承诺期限" : "：超过法定期限"));
	}

}
