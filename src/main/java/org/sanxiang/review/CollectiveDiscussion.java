package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 集体讨论: the leaders' meeting that decides a complex or major case, chaired by a 负责人, with
 * each participant's opinion and the conclusion (SH-5: disagreement and complex cases go
 * to collective discussion).
 *
 * @param meetingOn the day of the meeting
 * @param chair the 负责人 who chaired it (account)
 * @param participants who took part, each with an opinion; at least the quorum
 * @param conclusion what the meeting concluded
 * @param agreed whether it agreed that the proposed decision be made
 * @param recordedBy who recorded the minutes
 * @param at when
 */
public record CollectiveDiscussion(LocalDate meetingOn, String chair, List<Participant> participants, String conclusion,
		boolean agreed, String recordedBy, Instant at) {

	public CollectiveDiscussion {
		participants = participants == null ? List.of() : List.copyOf(participants);
	}

	/**
	 * One participant: a staff account where they have one, the name, and their opinion.
	 */
	public record Participant(String account, String name, String opinion) {
	}

}
