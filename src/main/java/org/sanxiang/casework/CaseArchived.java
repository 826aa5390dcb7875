package org.sanxiang.casework;

import java.time.LocalDate;

/** 已归档: the case file is closed. */
public record CaseArchived(Recorded recorded, LocalDate archivedOn) implements CaseEvent {
}
