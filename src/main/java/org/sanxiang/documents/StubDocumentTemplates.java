package org.sanxiang.documents;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Placeholder until the template store exists: one template, 受理通知书. */
@Component
class StubDocumentTemplates implements DocumentTemplates {

	private static final DocumentTemplate ACCEPTANCE = new DocumentTemplate("acceptance-notice", 1, "受理通知书", "新发改许受",
			false,
			List.of(new TemplateField("applicantName", "申请人", true, "case:applicant.name"),
					new TemplateField("itemName", "申请事项", true, "case:item.name"),
					new TemplateField("acceptedOn", "受理日期", true, "case:acceptedOn")),
			"${applicantName}",
			List.of(new PrintedDocument.Paragraph("你（单位）提出的${itemName}申请，经审查，申请材料齐全、符合法定形式，本机关于${acceptedOn}决定予以受理。")));

	@Override
	public Optional<DocumentTemplate> current(String code) {
		return ACCEPTANCE.code().equals(code) ? Optional.of(ACCEPTANCE) : Optional.empty();
	}

	@Override
	public Optional<DocumentTemplate> version(String code, int version) {
		return version == 1 ? current(code) : Optional.empty();
	}

	@Override
	public List<DocumentTemplate> all() {
		return List.of(ACCEPTANCE);
	}

}
