package org.sanxiang.documents;

import java.util.List;

/**
 * What an administrator (or the standard set) submits as the next version of a template,
 * before {@link TemplatePolicy} has checked it.
 *
 * @param code the template, e.g. {@code licence-denial}
 * @param title e.g. 不予行政许可决定书
 * @param series the 代字 of its numbers (WS-1), e.g. 新发改许
 * @param remediesRequired whether the document must tell of 行政复议 and 行政诉讼 (XK-38)
 * @param basis the rules and articles that shape the document, e.g. 行政许可法 第三十八条第二款（XK-38）
 * @param fields the declared fields
 * @param addressee the 主送 line with placeholders, or {@code null}
 * @param body the 正文 with placeholders
 * @param note why this version was made (变更说明)
 */
record TemplateDraft(String code, String title, String series, boolean remediesRequired, String basis,
		List<TemplateField> fields, String addressee, List<PrintedDocument.Block> body, String note) {

	TemplateDraft {
		fields = fields == null ? List.of() : List.copyOf(fields);
		body = body == null ? List.of() : List.copyOf(body);
	}

	/** The draft as version {@code version} of its template. */
	DocumentTemplate template(int version) {
		return new DocumentTemplate(this.code, version, strip(this.title), strip(this.series), this.remediesRequired,
				this.fields, blankToNull(this.addressee), this.body);
	}

	private static String strip(String s) {
		return s == null ? null : s.strip();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
