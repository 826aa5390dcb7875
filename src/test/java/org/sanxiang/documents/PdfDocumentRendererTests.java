package org.sanxiang.documents;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentRendererTests {

	private static final DocumentRenderer renderer = new PdfDocumentRenderer(new DocumentFonts());

	@Test
	void extractedTextEqualsTheIntendedChineseText() throws Exception {
		PrintedDocument document = new PrintedDocument("新田县发展和改革局", "新发改许〔2026〕12号", "准予行政许可决定书", "湖南华兴能源有限公司",
				List.of(new PrintedDocument.Paragraph(
						"你单位于2026年6月1日提出的企业投资项目核准申请，经审查，符合法定条件、标准，根据《中华人民共和国行政许可法》第三十八条第一款，决定准予行政许可。"),
						new PrintedDocument.Field("许可内容", "新田县华兴光伏发电项目（〔2026〕号）")),
				"新田县发展和改革局", LocalDate.of(2026, 6, 12), true, null, null);
		byte[] pdf = renderer.render(document);
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(loaded).replaceAll("\\s", "");
			assertThat(text).isEqualTo(String.join("", document.lines()).replaceAll("\\s", ""));
		}
	}

}
