package org.sanxiang.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** 统一社会信用代码, GB 32100-2015 (RULES ID-1), against published valid codes. */
class CreditCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "91230500MA1B3N1N2M", "91330282L07196379D", CatalogDemoData.AGENCY })
	void acceptsCodesWithACorrectCheckCharacter(String code) {
		assertThat(CreditCode.isValid(code)).isTrue();
		assertThat(CreditCode.parse(" " + code + " ").value()).isEqualTo(code);
		assertThat(CreditCode.checksumMismatch(code)).isFalse();
	}

	@Test
	void namesTheExpectedCheckCharacterWhenItIsWrong() {
		assertThat(CreditCode.problem("91230500MA1B3N1N2A"))
			.hasValueSatisfying(reason -> assertThat(reason).contains("校验位").contains("应为 M"));
		assertThat(CreditCode.checksumMismatch("91230500MA1B3N1N2A")).isTrue();
	}

	@Test
	void anEarlyPilotCodeFailsTheChecksumAndIsFlaggedForOverride() {
		// 2015 福州 pilot code: legal, yet the checksum does not hold (RULES ID-1)
		assertThat(CreditCode.isValid("91350100M0001TGQXM")).isFalse();
		assertThat(CreditCode.checksumMismatch("91350100M0001TGQXM")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "91230500MA1B3N1N2", "91230500MA1B3N1N2MM", "91230500MA1B3N1NIM", "91230500ma1b3n1n2m",
			"91AB0500MA1B3N1N2M", "９1230500MA1B3N1N2M" })
	void rejectsMalformedCodesWithAChineseReasonAndNoOverride(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
		assertThat(CreditCode.checksumMismatch(code)).isFalse();
		assertThat(CreditCode.problem(code)).hasValueSatisfying(reason -> assertThat(reason).contains("统一社会信用代码"));
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse(code));
	}

	@Test
	void rejectsNull() {
		assertThat(CreditCode.isValid(null)).isFalse();
		assertThat(CreditCode.problem(null)).contains("请填写统一社会信用代码");
	}

}
