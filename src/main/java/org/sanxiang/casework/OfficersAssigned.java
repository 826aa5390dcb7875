package org.sanxiang.casework;

import java.util.List;

/** 承办人 assigned to review the case (by officer id). */
public record OfficersAssigned(Recorded recorded, List<String> officerIds) implements CaseEvent {
}
