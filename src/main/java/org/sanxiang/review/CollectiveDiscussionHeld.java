package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sanxiang.casework.CaseId;

/**
 * 集体讨论 held on {@code meetingOn}, chaired by {@code chair} with {@code participants};
 * {@code agreed} whether it agreed that the proposed decision be made.
 */
public record CollectiveDiscussionHeld(ReviewId reviewId, CaseId caseId, LocalDate meetingOn, String chair,
		List<String> participants, String conclusion, boolean agreed, String actor, Instant at) implements ReviewEvent {

	public CollectiveDiscussionHeld {
		participants = participants == null ? List.of() : List.copyOf(participants);
	}

}
