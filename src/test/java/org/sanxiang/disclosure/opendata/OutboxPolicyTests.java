package org.sanxiang.disclosure.opendata;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the sender reads answers and spaces its attempts. */
class OutboxPolicyTests {

	final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6));

	@Test
	void waitsDoubleAfterEachFailureWithinHalfToFullOfTheStep() {
		assertThat(this.backoff.after(1, 0.0)).isEqualTo(Duration.ofSeconds(15));
		assertThat(this.backoff.after(1, 0.999)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
		assertThat(this.backoff.after(2, 0.0)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.backoff.after(4, 0.0)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.backoff.after(4, 0.5)).isEqualTo(Duration.ofSeconds(180));
	}

	@Test
	void waitsNeverExceedTheMaximumEvenAfterManyFailures() {
		assertThat(this.backoff.after(20, 0.999)).isLessThanOrEqualTo(Duration.ofHours(6));
		assertThat(this.backoff.after(20, 0.0)).isEqualTo(Duration.ofHours(3));
		assertThat(this.backoff.after(1000, 0.999)).isLessThanOrEqualTo(Duration.ofHours(6));
	}

	@Test
	void answersAreSentRetriedOrDead() {
		assertThat(Delivery.of(200)).isEqualTo(Delivery.SENT);
		assertThat(Delivery.of(204)).isEqualTo(Delivery.SENT);
		assertThat(Delivery.of(400)).isEqualTo(Delivery.DEAD);
		assertThat(Delivery.of(404)).isEqualTo(Delivery.DEAD);
		assertThat(Delivery.of(422)).isEqualTo(Delivery.DEAD);
		assertThat(Delivery.of(408)).isEqualTo(Delivery.RETRY);
		assertThat(Delivery.of(429)).isEqualTo(Delivery.RETRY);
		assertThat(Delivery.of(500)).isEqualTo(Delivery.RETRY);
		assertThat(Delivery.of(503)).isEqualTo(Delivery.RETRY);
		assertThat(Delivery.of(302)).isEqualTo(Delivery.RETRY);
	}

}
