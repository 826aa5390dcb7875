package org.sanxiang.evidence;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.sanxiang.evidence.Coverage.Interval;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageTests {

	static final Instant T0 = Instant.parse("2026-06-01T02:00:00Z");

	static Instant at(int minutes) {
		return T0.plusSeconds(60L * minutes);
	}

	static Interval minutes(int from, int to) {
		return new Interval(at(from), at(to));
	}

	@Test
	void oneRecordingFromArrivalToEndCovers() {
		assertThat(Coverage.covers(List.of(minutes(0, 60)), at(0), at(60))).isTrue();
		assertThat(Coverage.covers(List.of(minutes(-5, 65)), at(0), at(60))).isTrue();
	}

	@Test
	void recordingsThatTouchOrOverlapCoverInAnyOrder() {
		assertThat(Coverage.covers(List.of(minutes(30, 60), minutes(0, 30)), at(0), at(60))).isTrue();
		assertThat(Coverage.covers(List.of(minutes(20, 60), minutes(0, 25), minutes(5, 10)), at(0), at(60))).isTrue();
	}

	@Test
	void aGapInTheMiddleIsFoundAndNamed() {
		List<Interval> recordings = List.of(minutes(0, 20), minutes(25, 60));
		assertThat(Coverage.covers(recordings, at(0), at(60))).isFalse();
		assertThat(Coverage.firstGap(recordings, at(0), at(60))).isEqualTo(minutes(20, 25));
	}

	@Test
	void aLateStartOrAnEarlyStopIsAGap() {
		assertThat(Coverage.firstGap(List.of(minutes(5, 60)), at(0), at(60))).isEqualTo(minutes(0, 5));
		assertThat(Coverage.firstGap(List.of(minutes(0, 50)), at(0), at(60))).isEqualTo(minutes(50, 60));
	}

	@Test
	void noRecordingCoversNothingAndRecordingsOutsideTheActivityDoNotCount() {
		assertThat(Coverage.firstGap(List.of(), at(0), at(60))).isEqualTo(minutes(0, 60));
		assertThat(Coverage.covers(List.of(minutes(-30, -1), minutes(61, 90)), at(0), at(60))).isFalse();
	}

}
