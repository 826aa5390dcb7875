package org.sanxiang.casework;

import java.time.Instant;
import java.util.Objects;

/**
 * What every case event records (全过程记录, RULES.md JL-1): the case, who acted, when it was
 * recorded, why, and the catalog item version in force.
 *
 * @param at when the act was recorded (from the injected clock); the day of the act
 * itself, which may be earlier, is a field of the event
 */
public record Recorded(CaseId caseId, Actor actor, Instant at, String reason, ItemVersion item) {

	public Recorded {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(item, "item");
	}

}
