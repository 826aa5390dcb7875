package org.sanxiang.complaints;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChallengesTests {

	private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

	private final Challenges challenges = new Challenges(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), "test-key");

	@Test
	void theRightAnswerPassesBeforeTheTokenExpires() {
		Challenges.Challenge c = this.challenges.issue("三加四等于几？", 7, "0123456789abcdef01234567",
				NOW.plus(Duration.ofMinutes(5)));
		assertThat(this.challenges.check(c.token(), "7")).isPresent();
		assertThat(this.challenges.check(c.token(), " ７ ")).isPresent();
	}

	@Test
	void aWrongAnswerATamperedTokenAndAnExpiredTokenAreRefused() {
		Challenges.Challenge c = this.challenges.issue("三加四等于几？", 7, "0123456789abcdef01234567",
				NOW.plus(Duration.ofMinutes(5)));
		assertThat(this.challenges.check(c.token(), "8")).isEmpty();
		assertThat(this.challenges.check(c.token(), "七")).isEmpty();
		assertThat(this.challenges.check(c.token().replace("01234567.", "01234568."), "7")).isEmpty();
		Challenges.Challenge old = this.challenges.issue("三加四等于几？", 7, "0123456789abcdef01234567", NOW.minusSeconds(1));
		assertThat(this.challenges.check(old.token(), "7")).isEmpty();
		assertThat(this.challenges.expired(old.token())).isTrue();
		Challenges other = new Challenges(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), "another-key");
		assertThat(other.check(c.token(), "7")).isEmpty();
	}

	@Test
	void theQuestionIsAskedInChineseAndItsAnswerIsNotInTheToken() {
		Challenges.Challenge c = this.challenges.next();
		assertThat(c.question()).matches("[一二三四五六七八九][加减][一二三四五六七八九]等于几？");
		assertThat(c.token().split("\\.")).hasSize(3);
	}

}
