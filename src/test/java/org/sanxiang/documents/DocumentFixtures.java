package org.sanxiang.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.sanxiang.casework.Actor;
import org.sanxiang.identity.Role;
import org.sanxiang.support.FixedToday;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Templates the tests issue besides the stub store's 受理通知书, built against the template
 * contract: one with a typed field (to provoke a render failure with a character the font
 * lacks), one that must tell the party of its remedies (XK-38), and a 准予行政许可决定书 whose
 * status follows the licence. Plus the day the tests run on: the shipped calendar covers
 * 2026, so every case runs on {@link FixedToday#TODAY}.
 */
final class DocumentFixtures {

	static final LocalDate TODAY = FixedToday.TODAY;

	static final Actor CLERK = Actor.staff("clerk", "李静（示例）", Role.CLERK);

	static final Actor DIRECTOR = Actor.staff("director", "赵志刚（示例）", Role.DIRECTOR);

	private DocumentFixtures() {
	}

	/** 测试告知书: the applicant from the case, a note typed by the officer. */
	static DocumentTemplate typedNotice(String series) {
		return new DocumentTemplate("test-notice", 1, "测试告知书", series, false,
				List.of(new TemplateField("applicantName", "申请人", true, "case:applicant.name"),
						new TemplateField("note", "告知内容", true, TemplateField.INPUT),
						new TemplateField("number", "文号", false, "system:number")),
				"${applicantName}", List.of(new PrintedDocument.Paragraph("${note}（本告知书文号：${number}）")));
	}

	/**
	 * A refusal that must carry the remedies, typed here (the stub case values have
	 * none).
	 */
	static DocumentTemplate refusal() {
		return new DocumentTemplate("test-denial", 1, "测试不予许可决定书", "新发改测不", true,
				List.of(new TemplateField("applicantName", "申请人", true, "case:applicant.name"),
						new TemplateField("remedies", "救济途径", true, TemplateField.INPUT)),
				"${applicantName}", List.of(new PrintedDocument.Paragraph("经审查，决定不予许可。${remedies}")));
	}

	/** 准予行政许可决定书 (code {@code licence-grant}): its status follows the licence. */
	static DocumentTemplate licenceGrant() {
		return new DocumentTemplate("licence-grant", 1, "准予行政许可决定书", "新发改许", false,
				List.of(new TemplateField("applicantName", "申请人", true, "case:applicant.name"),
						new TemplateField("itemName", "许可事项", true, "case:item.name")),
				"${applicantName}",
				List.of(new PrintedDocument.Paragraph("你单位申请的${itemName}，经审查，符合法定条件、标准，决定准予行政许可。")));
	}

	/** 10:00 on {@link #TODAY}, Beijing time. */
	@TestConfiguration(proxyBeanMethods = false)
	static class OnTheTestDay {

		@Bean
		@Primary
		Clock testDay() {
			ZoneId china = ZoneId.of("Asia/Shanghai");
			return Clock.fixed(TODAY.atTime(10, 0).atZone(china).toInstant(), china);
		}

	}

}
