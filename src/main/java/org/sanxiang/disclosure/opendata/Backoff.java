package org.sanxiang.disclosure.opendata;

import java.time.Duration;

/**
 * How long to wait before the next attempt: doubling from {@code base} after each failed
 * attempt up to {@code max}, then a random half of it taken off ("equal jitter"), so that
 * many messages failing together do not all come back in the same second.
 *
 * @param base the wait after the first failure (before jitter)
 * @param max the longest wait
 */
record Backoff(Duration base, Duration max) {

	/**
	 * The wait after the {@code attempts}-th failed attempt (1, 2, …); {@code random} in
	 * [0, 1).
	 */
	Duration after(int attempts, double random) {
		long baseMillis = this.base.toMillis();
		long maxMillis = this.max.toMillis();
		int doublings = Math.max(0, Math.min(attempts - 1, 40));
		long full = baseMillis > (maxMillis >> doublings) ? maxMillis : Math.min(maxMillis, baseMillis << doublings);
		long half = full / 2;
		return Duration.ofMillis(full - half + (long) (half * Math.max(0, Math.min(random, 1))));
	}

}
