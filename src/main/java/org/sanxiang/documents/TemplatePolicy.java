package org.sanxiang.documents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanxiang.platform.InputRejected.FieldError;

/**
 * Whether a template may be saved as a new version: a template that would fail when a
 * document is made from it is refused when it is saved (issue 7, “a template that
 * references an unknown field fails validation on save, not at render time”). The answer
 * is every problem, in Chinese, by the part of the form it is in; none means allowed.
 */
final class TemplatePolicy {

	/** The values the platform sets when it issues a document ({@code system:<key>}). */
	static final List<String> SYSTEM_KEYS = List.of("number", "issuedOn", "issuer");

	/**
	 * 发文机关代字 (WS-1, GB/T 9704-2012 7.2.5): Chinese characters, letters and digits; the
	 * year's 〔〕 and the sequence are added when a number is given, so no brackets here.
	 */
	static final Pattern SERIES = Pattern.compile("[\\p{IsHan}A-Za-z0-9]+");

	static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

	static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	/**
	 * The field a template that must tell the party of their remedies declares (XK-38).
	 */
	static final String REMEDIES = "remedies";

	private TemplatePolicy() {
	}

	static List<FieldError> problems(TemplateDraft draft, Set<String> caseKeys) {
		List<FieldError> problems = new ArrayList<>();
		if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
			problems.add(new FieldError("code", "模板编码应为小写英文单词加连字符，如 licence-grant"));
		}
		title(draft.title(), problems);
		series(draft.series(), problems);
		Set<String> declared = fields(draft.fields(), caseKeys, problems);
		Set<String> used = layout(draft, declared, problems);
		if (draft.remediesRequired()) {
			remedies(draft, used, problems);
		}
		if (draft.basis() != null && draft.basis().length() > 500) {
			problems.add(new FieldError("basis", "依据说明不能超过 500 字"));
		}
		if (draft.note() == null || draft.note().isBlank()) {
			problems.add(new FieldError("note", "请填写变更说明：为什么修改、改了什么"));
		}
		else if (draft.note().length() > 500) {
			problems.add(new FieldError("note", "变更说明不能超过 500 字"));
		}
		return problems;
	}

	private static void title(String title, List<FieldError> problems) {
		if (title == null || title.isBlank()) {
			problems.add(new FieldError("title", "文书标题不能为空"));
		}
		else if (title.strip().length() > 50) {
			problems.add(new FieldError("title", "文书标题不能超过 50 字"));
		}
	}

	private static void series(String series, List<FieldError> problems) {
		if (series == null || series.isBlank()) {
			problems.add(new FieldError("series", "文号代字不能为空，如 新发改许"));
		}
		else if (!SERIES.matcher(series.strip()).matches()) {
			problems.add(new FieldError("series",
					"文号代字“" + series.strip() + "”只能由汉字、字母和数字组成，不含括号、空格、年份和序号（WS-1，GB/T 9704-2012 第7.2.5条），如 新发改许"));
		}
		else if (series.strip().length() > 20) {
			problems.add(new FieldError("series", "文号代字不能超过 20 字"));
		}
	}

	/** Checks each field; returns the names declared. */
	private static Set<String> fields(List<TemplateField> fields, Set<String> caseKeys, List<FieldError> problems) {
		Set<String> names = new LinkedHashSet<>();
		for (TemplateField f : fields) {
			String name = f.name();
			if (!FIELD_NAME.matcher(name).matches()) {
				problems.add(new FieldError(TemplateJson.FIELDS, "字段名“" + name + "”应以英文字母开头，只含字母和数字，如 applicantName"));
			}
			else if (!names.add(name)) {
				problems.add(new FieldError(TemplateJson.FIELDS, "字段名“" + name + "”重复声明"));
			}
			if (f.label().isBlank()) {
				problems.add(new FieldError(TemplateJson.FIELDS, "字段“" + name + "”的中文名称（label）不能为空"));
			}
			source(f, caseKeys, problems);
		}
		return names;
	}

	private static void source(TemplateField f, Set<String> caseKeys, List<FieldError> problems) {
		String source = f.source();
		if (source.startsWith("case:")) {
			if (!caseKeys.contains(f.key())) {
				problems.add(new FieldError(TemplateJson.FIELDS,
						"字段“" + f.name() + "”的来源 " + source + " 不是办件提供的数据项，请从可用数据项中选择"));
			}
		}
		else if (source.startsWith("system:")) {
			if (!SYSTEM_KEYS.contains(f.key())) {
				problems.add(new FieldError(TemplateJson.FIELDS, "字段“" + f.name() + "”的来源 " + source + " 不是系统数据项，只能是 "
						+ String.join("、", SYSTEM_KEYS.stream().map(k -> "system:" + k).toList())));
			}
		}
		else if (!TemplateField.INPUT.equals(source)) {
			problems.add(new FieldError(TemplateJson.FIELDS,
					"字段“" + f.name() + "”的来源“" + source + "”无法识别：应为 case:数据项、system:数据项 或 input（由承办人填写）"));
		}
	}

	/**
	 * Checks every placeholder of the addressee and the body; returns the names used.
	 * Table headers and signature labels are printed as written, so they may not hold
	 * placeholders.
	 */
	private static Set<String> layout(TemplateDraft draft, Set<String> declared, List<FieldError> problems) {
		Set<String> used = new LinkedHashSet<>();
		Set<String> unknown = new LinkedHashSet<>();
		if (draft.body().isEmpty()) {
			problems.add(new FieldError(TemplateJson.LAYOUT, "正文不能为空"));
		}
		placeholders(draft.addressee(), "主送", used, problems);
		int i = 0;
		for (PrintedDocument.Block block : draft.body()) {
			i++;
			String where = "正文第 " + i + " 块";
			if (block instanceof PrintedDocument.Paragraph p) {
				placeholders(p.text(), where, used, problems);
			}
			else if (block instanceof PrintedDocument.Heading h) {
				placeholders(h.text(), where, used, problems);
			}
			else if (block instanceof PrintedDocument.Field f) {
				placeholders(f.label(), where, used, problems);
				placeholders(f.value(), where, used, problems);
			}
			else if (block instanceof PrintedDocument.Table t) {
				if (t.header().stream().anyMatch(h -> h.contains("${"))) {
					problems.add(new FieldError(TemplateJson.LAYOUT, where + "的表头不能使用占位符，请把数据放在 rows 中"));
				}
				if (t.rows().isEmpty()) {
					problems.add(new FieldError(TemplateJson.LAYOUT, where + "的表格至少要有一行"));
				}
				t.rows().forEach(row -> row.forEach(cell -> placeholders(cell, where, used, problems)));
			}
			else if (block instanceof PrintedDocument.Signature s) {
				if (s.labels().stream().anyMatch(l -> l.contains("${"))) {
					problems.add(new FieldError(TemplateJson.LAYOUT, where + "的签名栏供手写，不能使用占位符"));
				}
				if (s.labels().isEmpty()) {
					problems.add(new FieldError(TemplateJson.LAYOUT, where + "的签名栏至少要有一项"));
				}
			}
		}
		for (String name : used) {
			if (!declared.contains(name)) {
				unknown.add(name);
			}
		}
		for (String name : unknown) {
			problems.add(new FieldError(TemplateJson.LAYOUT, "正文引用了未声明的字段 ${" + name + "}，请先在字段中声明，或改正拼写"));
		}
		return used;
	}

	private static void placeholders(String text, String where, Set<String> used, List<FieldError> problems) {
		if (text == null) {
			return;
		}
		Matcher m = DocumentTemplate.PLACEHOLDER.matcher(text);
		int found = 0;
		while (m.find()) {
			used.add(m.group(1));
			found++;
		}
		int opened = text.split("\\$\\{", -1).length - 1;
		if (opened > found) {
			problems.add(new FieldError(TemplateJson.LAYOUT, where + "有写法不对的占位符：应为 ${字段名}，字段名以英文字母开头、只含字母和数字，前后不留空格"));
		}
	}

	/**
	 * A refusal states the reasons and tells the party of 行政复议 and 行政诉讼 (行政许可法 第三十八条第二款,
	 * XK-38): the template declares a mandatory {@code remedies} field and prints it.
	 */
	private static void remedies(TemplateDraft draft, Set<String> used, List<FieldError> problems) {
		Set<String> mandatory = new HashSet<>();
		draft.fields().stream().filter(TemplateField::mandatory).forEach(f -> mandatory.add(f.name()));
		if (!mandatory.contains(REMEDIES)) {
			problems.add(new FieldError(TemplateJson.FIELDS,
					"须告知救济途径的文书必须声明必填字段 remedies（行政复议、行政诉讼的途径和期限，来源 case:remedies；行政许可法 第三十八条第二款，XK-38）"));
		}
		if (!used.contains(REMEDIES)) {
			problems.add(new FieldError(TemplateJson.LAYOUT, "须告知救济途径的文书必须在正文中写明 ${remedies}（行政许可法 第三十八条第二款，XK-38）"));
		}
	}

}
