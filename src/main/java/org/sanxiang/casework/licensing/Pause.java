package org.sanxiang.casework.licensing;

import java.time.LocalDate;

/**
 * A stretch of time not counted in the decision period (行政许可法 第四十五条, XK-45): the working
 * days after {@code from} up to and including {@code to} (the resume day, like a start
 * day, is not counted, T-2). {@code to} is {@code null} while the pause is open.
 *
 * @param writtenNotice the reference of the written notice telling the applicant the time
 * needed
 */
public record Pause(PauseKind kind, LocalDate from, LocalDate to, String writtenNotice) {

	public boolean open() {
		return this.to == null;
	}

	Pause closedOn(LocalDate day) {
		return new Pause(this.kind, this.from, day, this.writtenNotice);
	}

}
