package org.sanxiang.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpinionNumbersTests {

	@Test
	void anOpinionNumberIsThePrefixTheFullYearAndTheSequenceWithoutLeadingZeros() {
		// WS-1 (GB/T 9704-2012 7.2.5)
		assertThat(OpinionNumbers.format("新发改", 2026, 1)).isEqualTo("新发改法审〔2026〕1号");
		assertThat(OpinionNumbers.format("新发改", 2026, 12)).isEqualTo("新发改法审〔2026〕12号");
	}

}
