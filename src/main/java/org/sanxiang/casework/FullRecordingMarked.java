package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 涉及人身自由、生命健康或者重大财产权益: the case officer found on {@code markedOn}, for {@code reason},
 * that the case's on-site acts directly affect personal liberty, life and health, or
 * major property, so each one that is recorded on audio/video is recorded in full,
 * without a gap, from its start to its end (国办发〔2018〕118号, RULES.md JL-4).
 */
public record FullRecordingMarked(Recorded recorded, LocalDate markedOn, String reason) implements CaseEvent {
}
