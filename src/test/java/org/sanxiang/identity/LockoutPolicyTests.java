package org.sanxiang.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutPolicyTests {

	private final LockoutPolicy policy = LockoutPolicy.STANDARD;

	private final Instant now = Instant.parse("2026-03-02T01:00:00Z");

	@Test
	void fourConsecutiveFailuresDoNotLock() {
		LockoutPolicy.State state = LockoutPolicy.State.CLEAR;
		for (int i = 0; i < 4; i++) {
			state = this.policy.afterFailure(state, this.now);
		}
		assertThat(state.failures()).isEqualTo(4);
		assertThat(this.policy.isLocked(state, this.now)).isFalse();
	}

	@Test
	void theFifthConsecutiveFailureLocksForFifteenMinutes() {
		LockoutPolicy.State state = new LockoutPolicy.State(4, null);
		state = this.policy.afterFailure(state, this.now);
		assertThat(state.lockedUntil()).isEqualTo(this.now.plus(Duration.ofMinutes(15)));
		assertThat(this.policy.isLocked(state, this.now.plus(Duration.ofMinutes(14)))).isTrue();
	}

	@Test
	void theLockEndsAfterFifteenMinutes() {
		LockoutPolicy.State state = new LockoutPolicy.State(5, this.now.plus(Duration.ofMinutes(15)));
		assertThat(this.policy.isLocked(state, this.now.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void aFailureAfterAnExpiredLockStartsCountingAfresh() {
		LockoutPolicy.State expired = new LockoutPolicy.State(5, this.now.minusSeconds(1));
		LockoutPolicy.State state = this.policy.afterFailure(expired, this.now);
		assertThat(state.failures()).isEqualTo(1);
		assertThat(this.policy.isLocked(state, this.now)).isFalse();
	}

	@Test
	void aSuccessfulSignInClearsTheCount() {
		assertThat(this.policy.afterSuccess()).isEqualTo(LockoutPolicy.State.CLEAR);
	}

}
