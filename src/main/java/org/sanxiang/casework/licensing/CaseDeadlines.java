package org.sanxiang.casework.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.catalog.DayUnit;
import org.sanxiang.catalog.TimeLimit;

/**
 * The statutory clocks of one case (期限), kept as the dates that start and stop them;
 * every due date is computed on the working-day calendar (行政许可法 第八十二条, T-1), the starting
 * day not counted (T-2).
 * <ul>
 * <li>受理期限: a correction notice within 5 working days of receipt (第三十二条, XK-32b);</li>
 * <li>法定办理期限: 20 working days from acceptance, or the item's statutory limit (第四十二条,
 * XK-42), plus a 10-working-day extension when approved, plus the working days paused for
 * hearing, tender, auction, testing, inspection, quarantine, appraisal or expert review
 * (第四十五条, XK-45);</li>
 * <li>承诺办理期限: the item's promised limit, tracked beside the statutory one, paused the
 * same way;</li>
 * <li>送达期限: a licence within 10 working days of the grant (第四十四条, XK-44).</li>
 * </ul>
 * The {@link HandlingMode} chosen at acceptance replaces the period and the extension for
 * unified, joint or concentrated handling (第四十二条第二款, XK-42b: 45 + 15 working days) and
 * for a lower level's preliminary review (第四十三条, XK-43: 20 working days).
 *
 * @param receivedOn the day complete (or corrected) materials were received
 * @param acceptedOn the day of acceptance (the receipt day when acceptance is deemed);
 * {@code null} before
 * @param statutory the item's 法定时限; {@code null} means the 20 working days of 第四十二条
 * @param promised the item's 承诺时限, if any
 * @param extensionDays 0, or the handling mode's extension (10 working days for 一般办理)
 * once extended
 * @param pauses the pauses, in order; at most the last is open
 * @param decidedOn the day of the decision; stops the decision clocks
 * @param grantedOn the day of a grant, which starts the delivery clock; {@code null} for
 * a refusal
 * @param mode how the case is handled (一般办理 until acceptance says otherwise)
 */
public record CaseDeadlines(LocalDate receivedOn, LocalDate acceptedOn, TimeLimit statutory, TimeLimit promised,
		int extensionDays, List<Pause> pauses, LocalDate decidedOn, LocalDate grantedOn, HandlingMode mode) {

	public static final int CORRECTION_WINDOW_DAYS = 5;

	public static final TimeLimit DECISION_LIMIT = new TimeLimit(20, DayUnit.WORKING_DAYS);

	public static final int EXTENSION_DAYS = 10;

	public static final int DELIVERY_DAYS = 10;

	public CaseDeadlines {
		pauses = pauses == null ? List.of() : List.copyOf(pauses);
		statutory = statutory == null ? DECISION_LIMIT : statutory;
		mode = mode == null ? HandlingMode.ORDINARY : mode;
	}

	static CaseDeadlines receivedOn(LocalDate day, TimeLimit statutory, TimeLimit promised) {
		return new CaseDeadlines(day, null, statutory, promised, 0, List.of(), null, null, HandlingMode.ORDINARY);
	}

	/**
	 * The last day for a correction notice; after it the application counts as accepted
	 * on receipt.
	 */
	public LocalDate correctionNoticeBy(WorkingDays days) {
		return days.addWorkingDays(this.receivedOn, CORRECTION_WINDOW_DAYS);
	}

	/**
	 * The statutory decision due date as it stands on {@code asOf} (an open pause moves
	 * it daily).
	 */
	public LocalDate decisionDue(WorkingDays days, LocalDate asOf) {
		return due(this.statutory, this.extensionDays, days, asOf);
	}

	/** The promised due date ({@code null} when the item promises nothing shorter). */
	public LocalDate promisedDue(WorkingDays days, LocalDate asOf) {
		return this.promised == null ? null : due(this.promised, 0, days, asOf);
	}

	/** The last day to deliver the licence, once granted. */
	public LocalDate deliveryDue(WorkingDays days) {
		return this.grantedOn == null ? null : days.addWorkingDays(this.grantedOn, DELIVERY_DAYS);
	}

	/**
	 * Working days not counted so far: closed pauses, and an open one up to {@code asOf}.
	 */
	public int pausedWorkingDays(WorkingDays days, LocalDate asOf) {
		int paused = 0;
		for (Pause p : this.pauses) {
			LocalDate end = p.open() ? asOf : p.to();
			if (end.isAfter(p.from())) {
				paused += days.workingDaysBetween(p.from(), end);
			}
		}
		return paused;
	}

	public boolean extended() {
		return this.extensionDays > 0;
	}

	public boolean paused() {
		return !this.pauses.isEmpty() && this.pauses.get(this.pauses.size() - 1).open();
	}

	/**
	 * The clocks running on {@code asOf}, given which of them the case's state has
	 * started or stopped.
	 */
	List<Deadline> running(WorkingDays days, LocalDate asOf, boolean awaitingAcceptance, boolean awaitingDelivery) {
		List<Deadline> clocks = new ArrayList<>();
		if (awaitingAcceptance) {
			clocks.add(Deadline.on("补正告知期限", correctionNoticeBy(days), asOf, false, Rule.XK_32B, days));
		}
		if (this.acceptedOn != null && this.decidedOn == null) {
			clocks.add(Deadline.on("法定办理期限", decisionDue(days, asOf), asOf, paused(), this.mode.rule(), days));
			if (this.promised != null) {
				clocks.add(Deadline.on("承诺办理期限", promisedDue(days, asOf), asOf, paused(), Rule.XK_42, days));
			}
		}
		if (awaitingDelivery && this.grantedOn != null) {
			clocks.add(Deadline.on("许可证送达期限", deliveryDue(days), asOf, false, Rule.XK_44, days));
		}
		return List.copyOf(clocks);
	}

	private LocalDate due(TimeLimit limit, int extension, WorkingDays days, LocalDate asOf) {
		if (this.acceptedOn == null) {
			return null;
		}
		int shift = extension + pausedWorkingDays(days, this.decidedOn != null ? this.decidedOn : asOf);
		if (limit.unit() == DayUnit.NATURAL_DAYS) {
			// An item whose statute sets natural days: the period itself in natural days
			// (民法典 第二百零三条),
			// the extension and paused time in working days as 第四十二条 and 第四十五条 set them.
			return days.addWorkingDays(days.addNaturalDays(this.acceptedOn, limit.amount()), shift);
		}
		return days.addWorkingDays(this.acceptedOn, limit.amount() + shift);
	}

	CaseDeadlines accepted(LocalDate day) {
		return accepted(day, HandlingMode.ORDINARY);
	}

	/** Accepted on {@code day}, handled in {@code mode}, which sets the period. */
	CaseDeadlines accepted(LocalDate day, HandlingMode mode) {
		return new CaseDeadlines(this.receivedOn, day, mode.period(this.statutory), this.promised, this.extensionDays,
				this.pauses, this.decidedOn, this.grantedOn, mode);
	}

	CaseDeadlines receivedAgain(LocalDate day) {
		return new CaseDeadlines(day, this.acceptedOn, this.statutory, this.promised, this.extensionDays, this.pauses,
				this.decidedOn, this.grantedOn, this.mode);
	}

	CaseDeadlines extendedBy(int days) {
		return new CaseDeadlines(this.receivedOn, this.acceptedOn, this.statutory, this.promised, days, this.pauses,
				this.decidedOn, this.grantedOn, this.mode);
	}

	CaseDeadlines pausedFrom(Pause pause) {
		List<Pause> next = new ArrayList<>(this.pauses);
		next.add(pause);
		return new CaseDeadlines(this.receivedOn, this.acceptedOn, this.statutory, this.promised, this.extensionDays,
				next, this.decidedOn, this.grantedOn, this.mode);
	}

	CaseDeadlines resumedOn(LocalDate day) {
		List<Pause> next = new ArrayList<>(this.pauses);
		next.set(next.size() - 1, next.get(next.size() - 1).closedOn(day));
		return new CaseDeadlines(this.receivedOn, this.acceptedOn, this.statutory, this.promised, this.extensionDays,
				next, this.decidedOn, this.grantedOn, this.mode);
	}

	CaseDeadlines decided(LocalDate day, boolean granted) {
		return new CaseDeadlines(this.receivedOn, this.acceptedOn, this.statutory, this.promised, this.extensionDays,
				this.pauses, day, granted ? day : null, this.mode);
	}

}
