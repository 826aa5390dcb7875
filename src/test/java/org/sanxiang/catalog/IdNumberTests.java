package org.sanxiang.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** 公民身份号码, GB 11643-1999 (RULES ID-2), on a fixed clock. */
class IdNumberTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Clock clock = Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay(CHINA).toInstant(), CHINA);

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "34052419800101001X" })
	void acceptsPublishedValidNumbers(String number) {
		assertThat(IdNumber.isValid(number, this.clock)).isTrue();
	}

	@Test
	void readsBirthDateAndSexAndNeverPrintsTheFullNumber() {
		IdNumber id = IdNumber.parse(" 11010519491231002X ", this.clock);
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.male()).isFalse();
		assertThat(id.value()).isEqualTo("11010519491231002X");
		assertThat(id.masked()).isEqualTo("110105********002X");
		assertThat(id).hasToString("110105********002X");
	}

	@Test
	void namesTheExpectedCheckCharacterWhenItIsWrong() {
		assertThat(IdNumber.problem("110105194912310021", this.clock))
			.hasValueSatisfying(reason -> assertThat(reason).contains("校验位").contains("应为 X"));
	}

	@Test
	void rejectsABirthDateThatIsNotARealDate() {
		String number = withCheck("11010519490230002");
		assertThat(IdNumber.problem(number, this.clock))
			.hasValueSatisfying(reason -> assertThat(reason).contains("不是真实的日期"));
	}

	@Test
	void rejectsABirthDateAfterTodayOnTheClock() {
		String tomorrow = withCheck("11010520261126002");
		String today = withCheck("11010520261125002");
		assertThat(IdNumber.problem(tomorrow, this.clock))
			.hasValueSatisfying(reason -> assertThat(reason).contains("晚于今天"));
		assertThat(IdNumber.isValid(today, this.clock)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "11010519491231002", "11010519491231002x", "1101051949123100AX", "01010519491231002X",
			"11010518991231002X" })
	void rejectsMalformedNumbersWithAChineseReason(String number) {
		assertThat(IdNumber.isValid(number, this.clock)).isFalse();
		assertThat(IdNumber.problem(number, this.clock))
			.hasValueSatisfying(reason -> assertThat(reason).contains("公民身份号码"));
		assertThatIllegalArgumentException().isThrownBy(() -> IdNumber.parse(number, this.clock));
	}

	private static String withCheck(String first17) {
		return first17 + IdNumber.checkCharacter(first17);
	}

}
