package org.sanxiang.disclosure.publication;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GS-6: how long each kind of publication stays in the public lists (our defaults). */
class DisclosurePeriodsTests {

	private final PublicationSettings defaults = PublicationSettings.defaults("11431128006123458Q");

	private final LocalDate decided = LocalDate.of(2026, 6, 1);

	@Test
	void aGrantStaysWhileValidAndOneYearAfter() {
		assertThat(DisclosurePeriods.until(this.defaults, "准予许可", this.decided, LocalDate.of(2028, 5, 31)))
			.isEqualTo(LocalDate.of(2029, 5, 31));
		assertThat(DisclosurePeriods.until(this.defaults, "延续", this.decided, LocalDate.of(2030, 5, 31)))
			.isEqualTo(LocalDate.of(2031, 5, 31));
	}

	@Test
	void aLongTermGrantHasNoEndAndOneWithoutValidityFiveYears() {
		assertThat(DisclosurePeriods.until(this.defaults, "准予许可", this.decided, DisclosurePeriods.LONG_TERM)).isNull();
		assertThat(DisclosurePeriods.until(this.defaults, "准予许可", this.decided, null))
			.isEqualTo(LocalDate.of(2031, 6, 1));
	}

	@Test
	void refusalsOneYearRevocationsAndWithdrawnNoticesThreeYears() {
		assertThat(DisclosurePeriods.until(this.defaults, "不予许可", this.decided, null))
			.isEqualTo(LocalDate.of(2027, 6, 1));
		// 不予延续 is a refusal: its licence lapses, the notice does not follow its validity
		assertThat(DisclosurePeriods.until(this.defaults, "不予延续", this.decided, LocalDate.of(2028, 5, 31)))
			.isEqualTo(LocalDate.of(2027, 6, 1));
		assertThat(DisclosurePeriods.until(this.defaults, "撤销", this.decided, null))
			.isEqualTo(LocalDate.of(2029, 6, 1));
		assertThat(DisclosurePeriods.afterWithdrawal(this.defaults, LocalDate.of(2026, 7, 1)))
			.isEqualTo(LocalDate.of(2029, 7, 1));
	}

	@Test
	void theAgencyMayChooseOtherPeriods() {
		PublicationSettings local = new PublicationSettings("x", false, false, 2, 3, 0, 5);
		assertThat(DisclosurePeriods.until(local, "准予许可", this.decided, LocalDate.of(2028, 5, 31)))
			.isEqualTo(LocalDate.of(2030, 5, 31));
		assertThat(DisclosurePeriods.until(local, "不予许可", this.decided, null)).isEqualTo(this.decided);
	}

}
