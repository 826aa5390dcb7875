package org.sanxiang.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The standard set as shipped (RULES.md WS-2). */
class StandardTemplatesTests {

	private static final List<TemplateDraft> SET = StandardTemplates.load();

	@Test
	void theStandardSetHasTheTwentyThreeAgreedTemplatesInOrder() {
		assertThat(SET).extracting(TemplateDraft::code)
			.containsExactly("receipt-voucher", "correction-notice", "acceptance-notice", "non-acceptance-decision",
					"special-procedure-notice", "extension-notice", "interested-party-notice", "hearing-right-notice",
					"hearing-notice", "hearing-record", "inspection-record", "review-opinion", "licence-grant",
					"licence-denial", "change-grant", "change-denial", "renewal-grant", "renewal-denial",
					"withdrawal-decision", "revocation-decision", "cancellation-decision", "service-receipt",
					"publication-notice");
		assertThat(SET).extracting(TemplateDraft::title)
			.containsExactly("申请材料接收凭证", "补正告知书", "受理通知书", "不予受理决定书", "特别程序告知书", "延期决定通知书", "利害关系人告知书", "听证权利告知书",
					"听证通知书", "听证笔录", "核查（勘验）笔录", "重大行政许可法制审核意见书", "准予行政许可决定书", "不予行政许可决定书", "准予变更行政许可决定书",
					"不予变更行政许可决定书", "准予延续行政许可决定书", "不予延续行政许可决定书", "撤回行政许可决定书", "撤销行政许可决定书", "注销行政许可决定书", "送达回证",
					"行政许可决定公开书");
	}

	@Test
	void everyStandardTemplateValidates() {
		for (TemplateDraft draft : SET) {
			assertThat(TemplatePolicy.problems(draft, CaseFieldValues.known())).as(draft.code()).isEmpty();
			assertThat(draft.basis()).as(draft.code() + " cites the rule that drives it").isNotBlank();
		}
	}

	/** XK-38: 不予受理、不予许可、不予变更、不予延续、撤回、撤销 tell the party of their remedies. */
	@Test
	void refusalsWithdrawalsAndRevocationsCarryTheRemedies() {
		assertThat(SET.stream().filter(TemplateDraft::remediesRequired).map(TemplateDraft::code))
			.containsExactlyInAnyOrder("non-acceptance-decision", "licence-denial", "change-denial", "renewal-denial",
					"withdrawal-decision", "revocation-decision");
		for (TemplateDraft draft : SET.stream().filter(TemplateDraft::remediesRequired).toList()) {
			assertThat(draft.fields()).as(draft.code())
				.contains(new TemplateField("remedies", "申请行政复议或者提起行政诉讼的途径和期限", true, "case:remedies"));
		}
	}

	/**
	 * WS-3: the acceptance notice names applicant, contact, item, dates, basis, handler,
	 * limit.
	 */
	@Test
	void theAcceptanceNoticeCarriesWhatWs3Asks() {
		TemplateDraft notice = draft("acceptance-notice");
		assertThat(notice.fields()).extracting(TemplateField::source)
			.contains("case:applicant.name", "case:applicant.contactName", "case:applicant.contactPhone",
					"case:item.name", "case:receivedOn", "case:item.legalBasis", "case:acceptedBy",
					"case:item.timeLimit");
		assertThat(notice.body()).contains(new PrintedDocument.Signature(List.of("申请人（签收）", "签收日期")));
	}

	@Test
	void theServiceReceiptIsATableOfWhatWasServedToWhomWhereHowAndByWhom() {
		PrintedDocument.Table table = draft("service-receipt").body()
			.stream()
			.filter(PrintedDocument.Table.class::isInstance)
			.map(PrintedDocument.Table.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(table.rows()).extracting(row -> row.get(0))
			.containsExactly("送达文书名称及文号", "受送达人", "送达地点", "送达方式", "收件人签名或盖章", "签收日期", "送达人", "见证人", "备注");
	}

	/** GS-5, GS-7: the publication never shows an ID number. */
	@Test
	void thePublicationNoticeShowsTheDoublePublicityFieldsWithoutIdNumbers() {
		TemplateDraft publication = draft("publication-notice");
		String text = String.join("", fill(publication).lines());
		assertThat(text).contains("行政相对人名称", "统一社会信用代码", "行政许可决定文书号", "许可决定日期", "有效期自", "有效期至", "许可机关统一社会信用代码",
				"数据来源单位");
		assertThat(text).doesNotContain("证件号码：", "身份证号");
		assertThat(publication.fields()).noneMatch(f -> f.source().toLowerCase().contains("idnumber"));
	}

	@Test
	void theSpecialProcedureNoticeSaysWhichTimeIsNotCountedAndHowLong() {
		String text = String.join("", fill(draft("special-procedure-notice")).lines());
		assertThat(text).contains("第四十五条", "不计算在", "所需时间");
	}

	@Test
	void theHearingNoticesCarryTheirPeriods() {
		assertThat(String.join("", fill(draft("hearing-right-notice")).lines())).contains("五日内", "二十日内", "不承担");
		assertThat(String.join("", fill(draft("hearing-notice")).lines())).contains("第四十八条", "回避");
		assertThat(String.join("", fill(draft("extension-notice")).lines())).contains("第四十二条第一款", "负责人");
	}

	@Test
	void everyPlaceholderOfTheSetIsFilledWhenEveryFieldHasAValue() {
		for (TemplateDraft draft : SET) {
			PrintedDocument document = fill(draft);
			assertThat(String.join("", document.lines())).as(draft.code()).doesNotContain("${");
		}
	}

	private static TemplateDraft draft(String code) {
		return SET.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
	}

	private static PrintedDocument fill(TemplateDraft draft) {
		DocumentTemplate template = draft.template(1);
		Map<String, String> values = new HashMap<>();
		template.fields().forEach(f -> values.put(f.name(), f.label()));
		assertThat(template.missing(values)).isEmpty();
		return template.fill(values, "新田县发展和改革局", "新发改许〔2026〕1号", java.time.LocalDate.of(2026, 6, 1), null, null);
	}

}
