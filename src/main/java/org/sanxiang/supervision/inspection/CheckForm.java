package org.sanxiang.supervision.inspection;

import java.time.LocalDate;

/**
 * A new check: title, 定期 or 不定期, the unit, the period whose closed cases are sampled, the
 * planned day (定期 only) and the sample size.
 */
record CheckForm(String title, String kind, String unitCode, LocalDate periodFrom, LocalDate periodTo,
		LocalDate scheduledOn, Integer sampleSize) {
}
