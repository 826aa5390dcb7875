package org.sanxiang.documents;

import java.util.List;

import org.sanxiang.platform.InputRejected;

/**
 * A document may not be issued: mandatory fields of its template have no value (issue 7,
 * "Bad input"). 422, listing every missing field by its label; nothing was stored and no
 * number was taken.
 */
public class MissingFields extends InputRejected {

	private final List<String> labels;

	MissingFields(List<TemplateField> missing) {
		super(Kind.UNPROCESSABLE,
				missing.stream()
					.map(f -> new FieldError(f.name(), "必填项“" + f.label() + "”没有内容" + (f.fromCase() ? "（取自案件）" : "")))
					.toList());
		this.labels = missing.stream().map(TemplateField::label).toList();
	}

	/** The labels of the missing fields, in the template's order. */
	public List<String> labels() {
		return this.labels;
	}

	/** All of them in one line: the problem's detail and the form's notice. */
	@Override
	public String firstMessage() {
		return "缺少必填项：" + String.join("、", this.labels) + "。文书未签发，未占用文号。";
	}

}
