package org.sanxiang.casework.licensing;

import java.time.LocalDate;

/**
 * The record is true (全过程记录, JL-1): an act is recorded on the day it happened, which is
 * neither in the future (today comes from the injected clock) nor before the step it
 * follows.
 */
final class RecordedDatePolicy {

	private RecordedDatePolicy() {
	}

	static Verdict check(String what, LocalDate on, LocalDate notBefore, LocalDate today) {
		if (on == null) {
			return Verdict.refused("请填写" + what, Rule.JL_1);
		}
		if (on.isAfter(today)) {
			return Verdict.refused(what + " " + on + " 晚于今天 " + today + "，不能记录尚未发生的事", Rule.JL_1);
		}
		if (notBefore != null && on.isBefore(notBefore)) {
			return Verdict.refused(what + " " + on + " 不能早于上一环节的日期 " + notBefore, Rule.JL_1);
		}
		return Verdict.ALLOWED;
	}

}
