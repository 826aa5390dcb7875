package org.sanxiang.supervision.ledger;

import java.time.LocalDate;

/**
 * A ledger task as typed on the console form or sent to the API.
 *
 * @param category an enum name or its Chinese label
 * @param unitCode the owner unit's catalog code (e.g. {@code FGG})
 * @param owner the responsible person: a staff account's user name or a name
 */
record TaskForm(String title, String category, String unitCode, String owner, LocalDate deadline) {
}
