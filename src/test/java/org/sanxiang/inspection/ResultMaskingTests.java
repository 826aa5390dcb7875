package org.sanxiang.inspection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What of an inspection result goes public (GS-5): a legal person's name and 法定代表人 stay,
 * a 个体工商户's operator keeps only the surname while the shop name stays whole, other
 * personal data is masked; a 回避 is published by its kind only.
 */
class ResultMaskingTests {

	static final ResultMasking.Party COMPANY = new ResultMasking.Party("新田县华兴建材有限公司", "法人及非法人组织", "赵大明");

	static final ResultMasking.Party SHOP = new ResultMasking.Party("新田县王小二副食店", "个体工商户", "王小二");

	@Test
	void keepsTheCompanyAndItsLegalRepresentativeAndMasksContactsMobilesAndIdNumbers() {
		String text = ResultMasking.text("法定代表人赵大明在场，联系人李小龙，手机13812345678，身份证号11010519491231002X。", COMPANY);
		assertThat(text).isEqualTo("法定代表人赵大明在场，联系人李**，手机138****5678，身份证号110*************2X。");
		assertThat(ResultMasking.representative(COMPANY)).isEqualTo("赵大明");
	}

	@Test
	void masksTheOperatorsGivenNameButKeepsTheShopNameThatHoldsIt() {
		assertThat(ResultMasking.representative(SHOP)).isEqualTo("王**");
		assertThat(ResultMasking.text("经营者王小二称新田县王小二副食店已办证，王小二签字确认。", SHOP)).isEqualTo("经营者王**称新田县王小二副食店已办证，王**签字确认。");
	}

	@Test
	void nothingToMaskStaysAsWritten() {
		assertThat(ResultMasking.text(null, SHOP)).isNull();
		assertThat(ResultMasking.text("未发现问题。", COMPANY)).isEqualTo("未发现问题。");
	}

	@Test
	void aRecusalIsPublishedByItsKindOnly() {
		assertThat(ExclusionKind.of("其妻为该公司股东").publicText()).isEqualTo("回避（亲属关系）");
		assertThat(ExclusionKind.of("曾为其办理许可 XK-20260301-0001").publicText()).isEqualTo("回避（曾为其办理许可）");
		assertThat(ExclusionKind.of("持有该公司股份").publicText()).isEqualTo("回避（利害关系）");
		assertThat(ExclusionKind.of("本人申请").publicText()).isEqualTo("回避（其他应当回避的情形）");
		assertThat(ExclusionKind.of(null)).isEqualTo(ExclusionKind.OTHER);
	}

}
