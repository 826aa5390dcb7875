package org.sanxiang.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanxiang.casework.CaseId;
import org.sanxiang.catalog.LegalBasis;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;

import org.springframework.util.MultiValueMap;

/**
 * The console's legal-review forms, every field as typed (strings), so that a refused
 * form is shown again exactly as it was filled in; each turns itself into the command
 * {@link LegalReviews} takes. A mistyped date or choice is a Chinese message naming the
 * field (400), never a binding error page.
 */
final class ReviewConsoleForms {

	/** How many participant rows the 集体讨论 form offers (no JavaScript needed). */
	static final int PARTICIPANT_ROWS = 6;

	private ReviewConsoleForms() {
	}

	/**
	 * 送审材料 (SH-3) as the officer fills it in: the legal bases by their place in the
	 * item's list, the evidence by id.
	 */
	record SubmissionForm(String action, String decisionText, String factsSummary, List<String> legalBases,
			String discretionApplied, String discretionReference, List<String> evidenceIds, String hearingRecord,
			String appraisalReports, String handlingUnitOpinion, String handlingUnitHeadOpinion,
			String collectiveDiscussionRequested, String collectiveDiscussionReason, String reviewer) {

		SubmissionForm {
			legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
			evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
		}

		/**
		 * A new package: the decision when there is only one, the hearing record held.
		 */
		static SubmissionForm first(LegalReviews.Draft draft) {
			String action = draft.majorDecisions().size() == 1 ? draft.majorDecisions().get(0) : null;
			return new SubmissionForm(action, null, null, List.of(), null, null, List.of(), draft.hearingRecord(), null,
					null, null, null, null, null);
		}

		/** The package of an earlier round, to be supplemented and sent again (SH-5). */
		static SubmissionForm of(ReviewPackage p, List<LegalBasis> itemBases) {
			List<String> bases = new ArrayList<>();
			for (LegalBasis chosen : p.legalBases()) {
				int i = itemBases.indexOf(chosen);
				if (i >= 0) {
					bases.add(Integer.toString(i));
				}
			}
			return new SubmissionForm(p.action(), p.decisionText(), p.factsSummary(), bases, p.discretionApplied(),
					p.discretionReference(), p.evidence().stream().map(e -> e.id().toString()).toList(),
					p.hearingRecord(), p.appraisalReports(), p.handlingUnitOpinion(), p.handlingUnitHeadOpinion(),
					p.collectiveDiscussionRequested() ? "true" : null, p.collectiveDiscussionReason(), null);
		}

		public boolean basis(int index) {
			return this.legalBases.contains(Integer.toString(index));
		}

		public boolean evidence(Object id) {
			return id != null && this.evidenceIds.contains(id.toString());
		}

		public boolean discussionRequested() {
			return "true".equals(this.collectiveDiscussionRequested);
		}

		LegalReviews.Submission toSubmission(CaseId caseId, List<LegalBasis> itemBases) {
			List<LegalReviews.LegalBasisChoice> bases = new ArrayList<>();
			for (String index : this.legalBases) {
				int i;
				try {
					i = Integer.parseInt(index.strip());
				}
				catch (NumberFormatException ex) {
					throw InputRejected.invalid("legalBases", "所选执法依据无效，请刷新后重新选择");
				}
				if (i < 0 || i >= itemBases.size()) {
					throw InputRejected.invalid("legalBases", "所选执法依据已不在本事项目录中，请刷新后重新选择");
				}
				bases.add(new LegalReviews.LegalBasisChoice(itemBases.get(i).law(), itemBases.get(i).article()));
			}
			return new LegalReviews.Submission(caseId, text(this.action), this.decisionText, this.factsSummary, bases,
					this.discretionApplied, text(this.discretionReference),
					this.evidenceIds.stream().filter(id -> !id.isBlank()).toList(), text(this.hearingRecord),
					text(this.appraisalReports), this.handlingUnitOpinion, this.handlingUnitHeadOpinion,
					discussionRequested(), this.collectiveDiscussionReason, text(this.reviewer));
		}

	}

	/**
	 * 审核结论 (SH-4, SH-5): each of the seven points answered ({@code finding_SUBJECT},
	 * {@code comment_SUBJECT}, …), whether a suspected crime is to be transferred, the
	 * outcome and, one per line, the changes it requires.
	 */
	record ConclusionForm(Map<ReviewPoint, String> findings, Map<ReviewPoint, String> comments, String crimeSuspected,
			String crimeComment, String outcome, String requiredChanges, String remarks,
			String collectiveDiscussionRequired, String collectiveDiscussionReason) {

		/** The form as the reviewer first sees it: each point as the records suggest. */
		static ConclusionForm prefilled(List<ComputedFinding> computed) {
			Map<ReviewPoint, String> findings = new EnumMap<>(ReviewPoint.class);
			computed.stream()
				.filter(c -> c.suggested() != null)
				.forEach(c -> findings.put(c.point(), c.suggested().name()));
			return new ConclusionForm(findings, new EnumMap<>(ReviewPoint.class), null, null, null, null, null, null,
					null);
		}

		static ConclusionForm from(MultiValueMap<String, String> params) {
			Map<ReviewPoint, String> findings = new EnumMap<>(ReviewPoint.class);
			Map<ReviewPoint, String> comments = new EnumMap<>(ReviewPoint.class);
			for (ReviewPoint p : ReviewPoint.values()) {
				String finding = params.getFirst("finding_" + p.name());
				if (finding != null) {
					findings.put(p, finding);
				}
				String comment = params.getFirst("comment_" + p.name());
				if (comment != null) {
					comments.put(p, comment);
				}
			}
			return new ConclusionForm(findings, comments, params.getFirst("crimeSuspected"),
					params.getFirst("crimeComment"), params.getFirst("outcome"), params.getFirst("requiredChanges"),
					params.getFirst("remarks"), params.getFirst("collectiveDiscussionRequired"),
					params.getFirst("collectiveDiscussionReason"));
		}

		public String finding(ReviewPoint point) {
			return this.findings.get(point);
		}

		public String comment(ReviewPoint point) {
			return this.comments.get(point);
		}

		LegalReviews.Conclusion toConclusion() {
			List<PointFinding> points = new ArrayList<>();
			for (ReviewPoint p : ReviewPoint.values()) {
				Finding f = parse(Finding.class, this.findings.get(p), "finding_" + p.name());
				if (f != null) {
					points.add(new PointFinding(p, f, text(this.comments.get(p))));
				}
			}
			Boolean crime = this.crimeSuspected == null || this.crimeSuspected.isBlank() ? null
					: Boolean.valueOf("true".equals(this.crimeSuspected));
			return new LegalReviews.Conclusion(parse(ReviewOutcome.class, this.outcome, "outcome"), points, crime,
					text(this.crimeComment), lines(this.requiredChanges), text(this.remarks),
					"true".equals(this.collectiveDiscussionRequired), text(this.collectiveDiscussionReason));
		}

	}

	/**
	 * 修改后通过 (SH-5): the amended text and, for each required change (numbered from 1), a
	 * tick ({@code made}) and how it was made ({@code how_1}, …).
	 */
	record AmendmentForm(String decisionText, List<String> made, Map<Integer, String> how) {

		AmendmentForm {
			made = made == null ? List.of() : List.copyOf(made);
			how = how == null ? Map.of() : Map.copyOf(how);
		}

		/** The text as reviewed, to be changed; nothing ticked yet. */
		static AmendmentForm of(ReviewRound round) {
			ReviewRound.Amendment sent = round.amendment();
			if (sent == null) {
				return new AmendmentForm(round.submitted().decisionText(), List.of(), Map.of());
			}
			Map<Integer, String> how = new TreeMap<>();
			sent.changes().forEach(c -> how.put(c.change(), c.how()));
			return new AmendmentForm(sent.decisionText(), how.keySet().stream().map(String::valueOf).toList(), how);
		}

		static AmendmentForm from(MultiValueMap<String, String> params) {
			Map<Integer, String> how = new TreeMap<>();
			params.forEach((name, values) -> {
				if (name.startsWith("how_") && !values.isEmpty() && values.get(0) != null) {
					try {
						how.put(Integer.valueOf(name.substring(4)), values.get(0));
					}
					catch (NumberFormatException ex) {
						// not one of the form's fields
					}
				}
			});
			List<String> made = params.get("made");
			return new AmendmentForm(params.getFirst("decisionText"), made, how);
		}

		public boolean ticked(int change) {
			return this.made.contains(Integer.toString(change));
		}

		public String how(int change) {
			return this.how.get(change);
		}

		/** Only the ticked changes count as made; an unticked one is reported missing. */
		LegalReviews.Amendment toAmendment() {
			List<ReviewRound.ChangeMade> changes = new ArrayList<>();
			for (String tick : this.made) {
				try {
					int n = Integer.parseInt(tick.strip());
					changes.add(new ReviewRound.ChangeMade(n, this.how.getOrDefault(n, "")));
				}
				catch (NumberFormatException ex) {
					throw InputRejected.invalid("changes", "修改项序号无效，请刷新后重试");
				}
			}
			return new LegalReviews.Amendment(this.decisionText, changes);
		}

	}

	/** One participant row of the 集体讨论 form. */
	record ParticipantRow(String account, String name, String opinion) {

		public boolean blank() {
			return text(this.account) == null && text(this.name) == null && text(this.opinion) == null;
		}

	}

	/** 集体讨论 minutes (SH-5), with {@link #PARTICIPANT_ROWS} participant rows. */
	record MinutesForm(String meetingOn, String chair, List<ParticipantRow> participants, String conclusion,
			String agreed) {

		static MinutesForm empty(LocalDate today, String chair) {
			List<ParticipantRow> rows = new ArrayList<>();
			rows.add(new ParticipantRow(chair, null, null));
			while (rows.size() < PARTICIPANT_ROWS) {
				rows.add(new ParticipantRow(null, null, null));
			}
			return new MinutesForm(today.toString(), chair, rows, null, null);
		}

		static MinutesForm from(MultiValueMap<String, String> params) {
			List<ParticipantRow> rows = new ArrayList<>();
			for (int i = 0; i < PARTICIPANT_ROWS; i++) {
				rows.add(new ParticipantRow(params.getFirst("participantAccount_" + i),
						params.getFirst("participantName_" + i), params.getFirst("participantOpinion_" + i)));
			}
			return new MinutesForm(params.getFirst("meetingOn"), params.getFirst("chair"), rows,
					params.getFirst("conclusion"), params.getFirst("agreed"));
		}

		LegalReviews.Minutes toMinutes() {
			LocalDate on;
			try {
				on = text(this.meetingOn) == null ? null : LocalDate.parse(this.meetingOn.strip());
			}
			catch (DateTimeParseException ex) {
				throw InputRejected.invalid("meetingOn", "讨论日期格式不正确，应为 年-月-日");
			}
			List<CollectiveDiscussion.Participant> participants = this.participants.stream()
				.filter(r -> !r.blank())
				.map(r -> new CollectiveDiscussion.Participant(text(r.account()), text(r.name()), text(r.opinion())))
				.toList();
			Boolean agreed = text(this.agreed) == null ? null : Boolean.valueOf("true".equals(this.agreed));
			return new LegalReviews.Minutes(on, text(this.chair), participants, text(this.conclusion), agreed);
		}

	}

	/**
	 * Why the last submission of a form was refused: which form, the whole message (with
	 * the rule and its source), the rule, and each message by the field it concerns —
	 * both as named ({@code changes[2]}) and without the index ({@code legalBases}), so
	 * the page shows it beside the field.
	 */
	record Problem(String form, String message, String rule, String article, Map<String, List<String>> fields) {

		static Problem of(String form, ReviewRefused refused) {
			Refusal r = refused.refusal();
			return new Problem(form, r.message(), r.rule().id(), r.rule().article(), byField(r.errors()));
		}

		static Problem of(String form, InputRejected rejected) {
			return new Problem(form,
					rejected.errors().isEmpty() ? rejected.getMessage()
							: String.join("；", rejected.errors().stream().map(FieldError::message).distinct().toList()),
					null, null, byField(rejected.errors()));
		}

		public boolean on(String form) {
			return this.form.equals(form);
		}

		/** The messages about {@code field} of {@code form}; none for another form. */
		public List<String> at(String form, String field) {
			return on(form) ? this.fields.getOrDefault(field, List.of()) : List.of();
		}

		private static Map<String, List<String>> byField(List<FieldError> errors) {
			Map<String, List<String>> fields = new LinkedHashMap<>();
			for (FieldError e : errors) {
				String field = e.field() == null ? "" : e.field();
				fields.computeIfAbsent(field, k -> new ArrayList<>()).add(e.message());
				int bracket = field.indexOf('[');
				if (bracket > 0) {
					fields.computeIfAbsent(field.substring(0, bracket), k -> new ArrayList<>()).add(e.message());
				}
			}
			return fields;
		}

	}

	static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw InputRejected.invalid(field, "选项“" + value.strip() + "”无效，请重新选择");
		}
	}

	static String text(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static List<String> lines(String s) {
		return s == null ? List.of()
				: Arrays.stream(s.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

}
