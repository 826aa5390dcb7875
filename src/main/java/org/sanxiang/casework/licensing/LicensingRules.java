package org.sanxiang.casework.licensing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.DecisionGuard;

/**
 * What the policies need from outside the case: the working-day calendar, the clock (time
 * is injected, STYLE 7), the legal-review guard (SH-1), the remedy texts (XK-38) and the
 * agency's legal-review catalogue (SH-2), read when a case is received. The wiring step
 * builds one from beans; tests build one from fakes.
 */
public record LicensingRules(WorkingDays workingDays, Clock clock, DecisionGuard guard, Remedies remedies,
		ReviewCatalogue reviewCatalogue) {

	public LicensingRules {
		Objects.requireNonNull(workingDays, "workingDays");
		Objects.requireNonNull(clock, "clock");
		guard = guard == null ? DecisionGuard.NO_REVIEW_MODULE : guard;
		remedies = remedies == null ? Remedies.DEFAULT : remedies;
		reviewCatalogue = reviewCatalogue == null ? ReviewCatalogue.NONE : reviewCatalogue;
	}

	/** Rules for an agency without a catalogue: the minimum of SH-2 applies. */
	public LicensingRules(WorkingDays workingDays, Clock clock, DecisionGuard guard, Remedies remedies) {
		this(workingDays, clock, guard, remedies, null);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public Instant now() {
		return this.clock.instant();
	}

}
