package org.sanxiang.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One version of a document template (RULES.md WS-2): what the document is called, the
 * number series (代字) it takes its 文号 from, the fields it declares and its text with
 * {@code ${field}} placeholders. Templates are data an administrator edits; every edit is
 * a new version and issued documents keep the version they were made from.
 *
 * @param code stable identifier, e.g. {@code licence-grant}
 * @param version 1, 2, …
 * @param title e.g. 准予行政许可决定书
 * @param series the 代字 of its numbers, e.g. 新发改许
 * @param remediesRequired whether the law requires the document to tell the party of 行政复议
 * and 行政诉讼 (行政许可法 第三十八条第二款, XK-38): it then refuses to render without them
 * @param fields the declared fields
 * @param addressee the 主送 line with placeholders, or {@code null}
 * @param body the blocks of the 正文 with placeholders
 */
record DocumentTemplate(String code, int version, String title, String series, boolean remediesRequired,
		List<TemplateField> fields, String addressee, List<PrintedDocument.Block> body) {

	static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

	DocumentTemplate {
		fields = List.copyOf(fields);
		body = List.copyOf(body);
	}

	/** The mandatory fields without a value, by label, in declaration order. */
	List<String> missing(Map<String, String> values) {
		List<String> missing = new ArrayList<>();
		for (TemplateField field : this.fields) {
			String value = values.get(field.name());
			if (field.mandatory() && (value == null || value.isBlank())) {
				missing.add(field.label());
			}
		}
		return missing;
	}

	/**
	 * The value of each declared field, by field name, taken from where its source says:
	 * the case's values by key ({@code case:}), the platform's ({@code system:}: number,
	 * issuedOn, issuer) or what the officer typed ({@code input}, by field name). A value
	 * a source does not have is left out, so {@link #missing} names it.
	 */
	Map<String, String> values(Map<String, String> caseValues, Map<String, String> systemValues,
			Map<String, String> inputs) {
		Map<String, String> values = new LinkedHashMap<>();
		for (TemplateField field : this.fields) {
			String value = switch (field.kind()) {
				case CASE -> caseValues.get(field.key());
				case SYSTEM -> systemValues.get(field.key());
				case INPUT -> inputs.get(field.name());
			};
			if (value != null && !value.isBlank()) {
				values.put(field.name(), value.strip());
			}
		}
		return values;
	}

	/** The document with every placeholder replaced by its value (blank when absent). */
	PrintedDocument fill(Map<String, String> values, String issuer, String number, LocalDate date, String verifyUrl,
			String watermark) {
		List<PrintedDocument.Block> blocks = new ArrayList<>();
		for (PrintedDocument.Block block : this.body) {
			blocks.add(block.map((text) -> substitute(text, values)));
		}
		String to = this.addressee == null ? null : substitute(this.addressee, values);
		return new PrintedDocument(issuer, number, this.title, to, blocks, issuer, date, true, verifyUrl, watermark);
	}

	static String substitute(String text, Map<String, String> values) {
		if (text == null) {
			return null;
		}
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
		}
		m.appendTail(out);
		return out.toString();
	}

}
