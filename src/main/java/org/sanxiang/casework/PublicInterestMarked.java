package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 涉及公共利益的重大许可: the case officer found on {@code markedOn} that the matter is a major one
 * involving the public interest, so a hearing is announced and held before the decision
 * (行政许可法 第四十六条, XK-46).
 */
public record PublicInterestMarked(Recorded recorded, LocalDate markedOn, String reason) implements CaseEvent {
}
