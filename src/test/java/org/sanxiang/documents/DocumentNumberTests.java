package org.sanxiang.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** 文号 after GB/T 9704-2012 7.2.5 (RULES.md WS-1). */
class DocumentNumberTests {

	@Test
	void writesTheSeriesTheFullYearInHexagonalBracketsAndTheSequenceWithoutLeadingZero() {
		assertThat(new DocumentNumber("新发改许", 2026, 12).text()).isEqualTo("新发改许〔2026〕12号");
		assertThat(new DocumentNumber("新发改许受", 2026, 1).text()).isEqualTo("新发改许受〔2026〕1号");
	}

	@Test
	void parsesWhatItWrites() {
		DocumentNumber number = new DocumentNumber("新发改法审", 2026, 305);
		assertThat(DocumentNumber.parse(number.text())).contains(number);
		assertThat(DocumentNumber.parse("  新发改许〔2026〕12号 ")).contains(new DocumentNumber("新发改许", 2026, 12));
	}

	@Test
	void refusesSquareBracketsLeadingZerosShortYearsAndDi() {
		assertThat(DocumentNumber.parse("新发改许[2026]12号")).isEmpty();
		assertThat(DocumentNumber.parse("新发改许〔2026〕012号")).isEmpty();
		assertThat(DocumentNumber.parse("新发改许〔26〕12号")).isEmpty();
		assertThat(DocumentNumber.parse("新发改许〔2026〕第12号")).isEmpty();
		assertThat(DocumentNumber.parse("新发改许〔2026〕0号")).isEmpty();
		assertThat(DocumentNumber.parse("新发改许〔2026〕12")).isEmpty();
		assertThat(DocumentNumber.parse("〔2026〕12号")).isEmpty();
		assertThat(DocumentNumber.parse("新发改许〔2026〕1234567890号")).isEmpty();
		assertThat(DocumentNumber.parse("新发/改许〔2026〕1号")).isEmpty();
		assertThat(DocumentNumber.parse(null)).isEmpty();
		assertThat(DocumentNumber.parse("x".repeat(1000))).isEmpty();
	}

	@Test
	void refusesToBuildAMalformedNumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DocumentNumber("新发改许", 2026, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new DocumentNumber("新发改许", 26, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new DocumentNumber("新发〔改", 2026, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new DocumentNumber("", 2026, 1));
	}

}
