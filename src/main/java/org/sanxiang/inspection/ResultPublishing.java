package org.sanxiang.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.Versioned;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一公开: a recorded inspection's result goes public at once, masked (GS-5), within 20
 * working days of the inspection at the latest (GS-3; 企业信息公示暂行条例 第六条、第七条); a 负责人
 * withdraws (GS-4) or corrects a published result with a public reason. Every change is
 * journaled in its transaction.
 */
@Service
class ResultPublishing {

	private static final Logger log = LoggerFactory.getLogger(ResultPublishing.class);

	/**
	 * Working days within which the result of an inspection is published: RULES.md GS-3
	 * (国办发〔2018〕118号, other enforcement decisions within 20 working days) and 企业信息公示暂行条例
	 * 第六条、第七条 (抽查检查结果 within 20 working days of their making).
	 */
	static final int DUE_WORKING_DAYS = 20;

	static final String SYSTEM = "system";

	static final int REASON_MAX = 500;

	static final int FINDINGS_MAX = 4000;

	private final InspectionStore store;

	private final ResultPublications publications;

	private final Catalog catalog;

	private final WorkingDays workingDays;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ResultPublishing(InspectionStore store, ResultPublications publications, Catalog catalog, WorkingDays workingDays,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.publications = publications;
		this.catalog = catalog;
		this.workingDays = workingDays;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * In the transaction that stores the record: its result goes public with it. Should
	 * the event come before the record's row in that transaction, nothing is published
	 * and the recording goes on: the result is then listed as 待公示 (or 逾期未公示) for a 负责人 to
	 * publish.
	 */
	@EventListener
	void on(InspectionRecorded recorded) {
		if (this.publications.record(recorded.assignmentId()).isEmpty()) {
			log.warn("抽查结果未能自动公示：任务 {} 的检查记录尚未写入，已列入待公示", recorded.assignmentId());
			return;
		}
		publish(recorded.assignmentId(), SYSTEM);
	}

	/**
	 * Publishes the result of a recorded inspection; a result already published stays as
	 * it is.
	 */
	@Transactional
	ResultPublication publish(UUID assignmentId, String actor) {
		ResultPublication existing = this.publications.find(assignmentId, true).orElse(null);
		if (existing != null) {
			return existing;
		}
		ResultPublications.Recorded record = this.publications.record(assignmentId)
			.orElseThrow(() -> new NotFound("该抽查任务尚未记录检查结果"));
		DrawResult.Assignment assignment = this.store.assignment(assignmentId)
			.orElseThrow(() -> new NotFound("未找到该抽查任务"));
		Plan plan = this.store.plan(assignment.planId(), false).orElseThrow(() -> new NotFound("未找到该抽查计划"));
		ResultMasking.Party party = party(plan.agencyCode(), assignment);
		Instant now = this.clock.instant();
		ResultPublication publication = new ResultPublication(assignmentId, plan.id(), plan.number(), plan.agencyCode(),
				assignment.creditCode(), party.name(), party.category(), ResultMasking.representative(party),
				items(plan.itemCodes()), officers(assignment.inspectorIds(), record.inspectedOn()),
				record.inspectedOn(), record.result(), ResultMasking.text(record.findings(), party),
				ResultMasking.text(record.followUp(), party), record.rectifyBy(), dueOn(record.inspectedOn()), now, now,
				actor, null, null, null, null);
		this.publications.add(publication);
		this.publications.addHistory(assignmentId, now, "公示", actor, null);
		this.events.publishEvent(new InspectionResultPublished(assignmentId, plan.id(), plan.number(),
				assignment.creditCode(), record.result(), publication.dueOn(), actor, now));
		return publication;
	}

	/** Withdraws a published result with the public reason (GS-4). */
	@Transactional
	ResultPublication withdraw(UUID id, String reason, String actor) {
		String text = required("reason", reason, REASON_MAX, "请填写撤回的公开说明");
		ResultPublication p = this.publications.find(id, true).orElseThrow(() -> new NotFound("未找到该抽查结果公示"));
		if (!p.published() || p.withdrawn()) {
			throw InputRejected.conflict("status", "该抽查结果当前为“" + p.statusLabel() + "”，只有已公示的才能撤回");
		}
		String masked = ResultMasking.text(text, party(p));
		Instant now = this.clock.instant();
		this.publications.withdraw(id, actor, now, masked);
		this.publications.addHistory(id, now, "撤回", actor, masked);
		this.events.publishEvent(new InspectionResultWithdrawn(id, p.planNumber(), p.creditCode(), masked, actor, now));
		return this.publications.find(id, false).orElseThrow();
	}

	/**
	 * Corrects a published result (result, findings, follow-up, rectification day) with a
	 * public explanation; the new text is masked like the first (GS-5).
	 */
	@Transactional
	ResultPublication correct(UUID id, String result, String findings, String followUp, LocalDate rectifyBy,
			String explanation, String actor) {
		if (result == null || !ResultPublication.RESULTS.contains(result)) {
			throw InputRejected.unprocessable("result", "检查结果应为：" + String.join("、", ResultPublication.RESULTS));
		}
		String findingsText = required("findings", findings, FINDINGS_MAX, "请填写检查情况");
		String why = required("explanation", explanation, REASON_MAX, "请填写更正的公开说明");
		String follow = followUp == null || followUp.isBlank() ? null : followUp.strip();
		if (follow != null && follow.length() > FINDINGS_MAX) {
			throw InputRejected.unprocessable("followUp", "后续处理不能超过 " + FINDINGS_MAX + " 个字");
		}
		ResultPublication p = this.publications.find(id, true).orElseThrow(() -> new NotFound("未找到该抽查结果公示"));
		if (!p.published() || p.withdrawn()) {
			throw InputRejected.conflict("status", "该抽查结果当前为“" + p.statusLabel() + "”，只有已公示的才能更正");
		}
		ResultMasking.Party party = party(p);
		Instant now = this.clock.instant();
		String note = ResultMasking.text(why, party);
		this.publications.correct(id, result, ResultMasking.text(findingsText, party),
				ResultMasking.text(follow, party), rectifyBy, now);
		this.publications.addHistory(id, now, "更正", actor, note);
		this.events
			.publishEvent(new InspectionResultCorrected(id, p.planNumber(), p.creditCode(), result, note, actor, now));
		return this.publications.find(id, false).orElseThrow();
	}

	/**
	 * A recorded result not yet public, with its due day.
	 *
	 * @param workingDaysLeft working days from today to the due day; negative once
	 * overdue
	 */
	record Due(ResultPublications.Unpublished unpublished, LocalDate dueOn, boolean overdue, Integer workingDaysLeft) {
	}

	/**
	 * Recorded results not public yet, oldest first; {@code overdue} past the due day.
	 */
	List<Due> due() {
		LocalDate today = today();
		return this.publications.unpublished().stream().map(u -> {
			LocalDate due = u.dueOn() != null ? u.dueOn() : dueOn(u.inspectedOn());
			return new Due(u, due, today.isAfter(due), daysLeft(today, due));
		}).toList();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * {@value #DUE_WORKING_DAYS} working days after the inspection. Publication must not
	 * stop an inspection from being recorded: when the calendar of that year is not
	 * loaded, four calendar weeks count instead (never later than 20 working days).
	 */
	LocalDate dueOn(LocalDate inspectedOn) {
		try {
			return this.workingDays.addWorkingDays(inspectedOn, DUE_WORKING_DAYS);
		}
		catch (InputRejected ex) {
			return inspectedOn.plusWeeks(4);
		}
	}

	private Integer daysLeft(LocalDate today, LocalDate due) {
		try {
			return today.isAfter(due) ? -this.workingDays.workingDaysBetween(due, today)
					: this.workingDays.workingDaysBetween(today, due);
		}
		catch (InputRejected ex) {
			return null;
		}
	}

	/** The target as the register holds it; the drawn name when it left the register. */
	private ResultMasking.Party party(String agencyCode, DrawResult.Assignment assignment) {
		return this.store.target(agencyCode, assignment.creditCode())
			.map(t -> new ResultMasking.Party(t.name(), t.category(), t.legalRepresentative()))
			.orElseGet(() -> new ResultMasking.Party(assignment.targetName(), "法人及非法人组织", null));
	}

	private ResultMasking.Party party(ResultPublication p) {
		return this.store.target(p.agencyCode(), p.creditCode())
			.map(t -> new ResultMasking.Party(t.name(), t.category(), t.legalRepresentative()))
			.orElseGet(() -> new ResultMasking.Party(p.targetName(), p.targetCategory(), null));
	}

	private List<ResultPublication.NamedItem> items(List<String> codes) {
		return codes.stream()
			.map(code -> new ResultPublication.NamedItem(code, this.catalog.item(code).map(Item::name).orElse(code)))
			.toList();
	}

	private List<ResultPublication.NamedOfficer> officers(List<String> ids, LocalDate on) {
		return ids.stream().map(id -> {
			Officer o = this.catalog.officer(id)
				.or(() -> this.catalog.asOf(EntryKind.OFFICER, id, on).map(Versioned::content))
				.orElse(null);
			return o == null ? new ResultPublication.NamedOfficer(id, id, null) : new ResultPublication.NamedOfficer(id,
					o.name(), o.certificate() == null ? null : o.certificate().number());
		}).toList();
	}

	private static String required(String field, String value, int max, String missing) {
		if (value == null || value.isBlank()) {
			throw InputRejected.unprocessable(field, missing);
		}
		String text = value.strip();
		if (text.length() > max) {
			throw InputRejected.unprocessable(field, "不能超过 " + max + " 个字");
		}
		return text;
	}

}
