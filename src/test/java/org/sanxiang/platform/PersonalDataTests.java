package org.sanxiang.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GS-5: what is masked before a text goes public, and what stays (ID-1, ID-2, WS-1). */
class PersonalDataTests {

	@Test
	void masksAnEighteenCharacterIdNumberButKeepsCreditCodesAndDocumentNumbers() {
		String text = "申请人身份证号11010519491231002X，统一社会信用代码91230500MA1B3N1N2M，文号新发改许〔2026〕12号。";
		String masked = PersonalData.mask(text);
		assertThat(masked).doesNotContain("11010519491231002X")
			.contains("110*************2X")
			.contains("91230500MA1B3N1N2M")
			.contains("新发改许〔2026〕12号");
		assertThat(PersonalData.looksPersonal(masked)).isFalse();
		assertThat(PersonalData.looksPersonal(text)).isTrue();
	}

	@Test
	void anAllDigitCreditCodeIsNotMistakenForAnIdNumber() {
		// 18 digits, valid as 统一社会信用代码 (ID-1), positions 7–14 no birth date
		String code = "914311280061200006";
		assertThat(PersonalData.creditCode(code)).isTrue();
		// a valid credit code whose positions 7–14 happen to be a date is not an ID
		// number either
		assertThat(PersonalData.idNumber18("124311199001010003")).isFalse();
		assertThat(PersonalData.idNumber18(code)).isFalse();
		assertThat(PersonalData.mask("代码" + code)).contains(code);
	}

	@Test
	void anIdNumberWithAWrongCheckCharacterIsStillMasked() {
		assertThat(PersonalData.mask("身份证 110105194912310021 号")).doesNotContain("110105194912310021");
	}

	@Test
	void masksTheOldFifteenDigitIdNumber() {
		assertThat(PersonalData.mask("旧证号110105491231002。")).isEqualTo("旧证号110**********02。");
	}

	@Test
	void masksMobilesButNotLongerDigitRunsOrHexDigests() {
		assertThat(PersonalData.mask("联系电话：13812345678；+86 15912345678")).isEqualTo("联系电话：138****5678；+86 159****5678");
		assertThat(PersonalData.looksPersonal("摘要 a13812345678b 与 213812345678")).isFalse();
		assertThat(PersonalData.findings("手机13812345678")).extracting(PersonalData.Finding::kind)
			.containsExactly(PersonalData.Kind.MOBILE);
	}

	@Test
	void masksBankCardsThatPassTheLuhnCheckOnly() {
		String card = "6222021234567890128"; // Luhn-valid, 19 digits
		assertThat(PersonalData.bankCard(card)).isTrue();
		assertThat(PersonalData.mask("账号" + card)).isEqualTo("账号6222***********0128");
		assertThat(PersonalData.mask("卡号 4111 1111 1111 1111")).isEqualTo("卡号 4111 **** **** 1111");
		assertThat(PersonalData.looksPersonal("编号1234567890123456")).isFalse();
		assertThat(PersonalData.findings("卡号4111111111111111")).extracting(PersonalData.Finding::kind)
			.containsExactly(PersonalData.Kind.BANK_CARD);
	}

	@Test
	void masksPersonalLandlinesButNotOfficeLines() {
		assertThat(PersonalData.mask("联系人电话0746-1234567")).isEqualTo("联系人电话0746-*******");
		assertThat(PersonalData.mask("监督电话：0746-7221234")).isEqualTo("监督电话：0746-7221234");
	}

	@Test
	void masksEmailAddressesLocalPart() {
		assertThat(PersonalData.mask("邮箱zhangsan@example.com")).isEqualTo("邮箱z***@example.com");
	}

	@Test
	void masksGivenNamesOfOtherPersonsButNotTheParty() {
		assertThat(PersonalData.mask("联系人：王小明，委托代理人李四")).isEqualTo("联系人：王**，委托代理人李*");
		assertThat(PersonalData.mask("申报人陈示例", List.of("陈示例"))).isEqualTo("申报人陈示例");
		assertThat(PersonalData.mask("法定代表人张三")).isEqualTo("法定代表人张三");
	}

	@Test
	void datesAmountsAndCaseNumbersStayIntact() {
		String text = "XK-20260601-0001 于2026-06-01作出，总投资12000万元，有效期至2099-12-31。";
		assertThat(PersonalData.mask(text)).isEqualTo(text);
		assertThat(PersonalData.looksPersonal(text)).isFalse();
	}

}
