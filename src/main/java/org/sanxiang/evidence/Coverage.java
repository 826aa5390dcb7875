package org.sanxiang.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Whether recordings cover an activity without a gap. For on-site acts that directly
 * affect personal liberty, life and health, or major property the recording must run
 * uninterrupted from arrival to the end (全过程无间断音像记录, RULES.md JL-4, JL-5). Pure: no
 * clock, no database.
 */
public final class Coverage {

	private Coverage() {
	}

	/** A capture interval, closed at both ends. */
	public record Interval(Instant start, Instant end) {

		public Interval {
			Objects.requireNonNull(start, "start");
			Objects.requireNonNull(end, "end");
			if (end.isBefore(start)) {
				throw new IllegalArgumentException("end before start");
			}
		}

	}

	/**
	 * Whether the union of {@code intervals} contains every instant of [{@code start},
	 * {@code end}]. Intervals that touch (one ends when the next starts) join; any moment
	 * not covered is a gap.
	 */
	public static boolean covers(Collection<Interval> intervals, Instant start, Instant end) {
		return firstGap(intervals, start, end) == null;
	}

	/**
	 * The first uncovered stretch of [{@code start}, {@code end}], or {@code null} when
	 * there is none: which minutes are missing, for the message to the officer.
	 */
	public static Interval firstGap(Collection<Interval> intervals, Instant start, Instant end) {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("end before start");
		}
		List<Interval> sorted = new ArrayList<>(intervals);
		sorted.sort(Comparator.comparing(Interval::start));
		Instant reached = start;
		boolean touched = false;
		Instant nextStart = null;
		for (Interval interval : sorted) {
			if (interval.end().isBefore(start)) {
				continue;
			}
			if (interval.start().isAfter(reached)) {
				nextStart = interval.start();
				break;
			}
			touched = true;
			if (interval.end().isAfter(reached)) {
				reached = interval.end();
			}
			if (!reached.isBefore(end)) {
				return null;
			}
		}
		if (touched && !reached.isBefore(end)) {
			return null;
		}
		Instant gapEnd = (nextStart == null || nextStart.isAfter(end)) ? end : nextStart;
		return new Interval(reached, gapEnd);
	}

}
