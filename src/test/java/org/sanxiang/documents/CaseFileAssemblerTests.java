package org.sanxiang.documents;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The electronic case file (电子案卷) laid out from documents rendered here: its parts in
 * order, and a 卷内目录 whose 页号 are the pages where each document starts.
 */
class CaseFileAssemblerTests {

	private static final DocumentFonts FONTS = new DocumentFonts();

	private static final DocumentRenderer renderer = new PdfDocumentRenderer(FONTS);

	private final CaseFileAssembler assembler = new CaseFileAssembler(FONTS);

	private static final String AGENCY = "新田县发展和改革局";

	static CaseFile.Document document(String number, String title, LocalDate on, int paragraphs) {
		List<PrintedDocument.Block> body = new ArrayList<>();
		for (int i = 0; i < paragraphs; i++) {
			body.add(new PrintedDocument.Paragraph(
					"第" + (i + 1) + "段：你单位提出的固定资产投资项目节能审查申请，经审查，申请材料齐全、符合法定形式，本机关决定予以受理。"));
		}
		byte[] pdf = renderer
			.render(new PrintedDocument(AGENCY, number, title, "新田县示例新能源有限公司", body, AGENCY, on, true, null, null));
		return new CaseFile.Document(number, AGENCY, title, on, pdf);
	}

	static CaseFile sample() {
		return new CaseFile(
				new CaseFile.Cover(AGENCY, "XK-20260601-0001", "新田县示例新能源有限公司申请固定资产投资项目节能审查", LocalDate.of(2026, 6, 1),
						LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 26), 30, LocalDate.of(2056, 6, 26)),
				List.of(document("新发改许受〔2026〕3号", "受理通知书", LocalDate.of(2026, 6, 2), 1),
						// long enough to run over three pages
						document("新发改许〔2026〕12号", "准予行政许可决定书", LocalDate.of(2026, 6, 19), 40),
						document("新发改许送〔2026〕5号", "送达回证", LocalDate.of(2026, 6, 22), 1)),
				List.of(new CaseFile.Evidence("现场核查录像.mp4", "现场检查 · video/mp4", Instant.parse("2026-06-10T01:00:00Z"),
						Instant.parse("2026-06-10T01:30:00Z"), 3 * 1024 * 1024 + 12345, "a".repeat(64), "b".repeat(64)),
						new CaseFile.Evidence("送达照片.png", "送达 · image/png", Instant.parse("2026-06-22T02:00:00Z"),
								Instant.parse("2026-06-22T02:00:00Z"), 20_000, "c".repeat(64), "d".repeat(64))));
	}

	@Test
	void theCaseFileHasCoverContentsDocumentsEvidenceListAndNotesInThatOrder() throws IOException {
		CaseFile file = sample();
		CaseFileAssembler.Assembled assembled = this.assembler.assemble(file);

		try (PDDocument pdf = Loader.loadPDF(assembled.pdf())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(assembled.pages());
			String cover = page(pdf, 1);
			assertThat(cover).contains(AGENCY, "行政许可案卷", "XK-20260601-0001", "新田县示例新能源有限公司申请固定资产投资项目节能审查", "2026年6月1日",
					"2026年6月19日", "2026年6月26日", "30年（至2056年6月26日）", "共3件，" + assembled.pages() + "页", "立卷人", "检查人");
			assertThat(page(pdf, 2)).startsWith(CaseFileAssembler.TOC_TITLE).contains("序号文号责任者题名日期页号");
			assertThat(assembled.documentPages().get(0)).isEqualTo(3);
			assertThat(assembled.documentPages().get(2) - assembled.documentPages().get(1)).isGreaterThanOrEqualTo(3);
			String evidence = page(pdf, assembled.evidencePage());
			assertThat(evidence).startsWith(CaseFileAssembler.EVIDENCE_TITLE)
				.contains("序号名称类型采集时间大小", "SM3", "SHA-256", "现场核查录像.mp4", "3.0MB", "a".repeat(64), "b".repeat(64),
						"送达照片.png", "c".repeat(64), "d".repeat(64), "2026-06-1009:00:00至", "09:30:00");
			assertThat(assembled.notesPage()).isEqualTo(assembled.pages());
			assertThat(page(pdf, assembled.notesPage())).startsWith(CaseFileAssembler.NOTES_TITLE)
				.contains("本卷共有文书3件、证据2件（证据清单见第" + assembled.evidencePage() + "页）", "共" + assembled.pages() + "页",
						"立卷时间：2026年6月26日");
			// every page carries its number at the foot
			for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
				assertThat(page(pdf, p)).endsWith(Integer.toString(p));
			}
		}
	}

	@Test
	void theContentsPageNumbersPointAtThePagesWhereEachDocumentStarts() throws IOException {
		CaseFile file = sample();
		CaseFileAssembler.Assembled assembled = this.assembler.assemble(file);

		try (PDDocument pdf = Loader.loadPDF(assembled.pdf())) {
			List<Integer> printed = new ArrayList<>();
			String contents = rawPage(pdf, 2);
			for (int row = 1; row <= file.documents().size() + 1; row++) {
				printed.add(pageNumberInContents(contents, row));
			}
			assertThat(contents).contains("证据清单（2件）");
			assertThat(printed).containsExactly(assembled.documentPages().get(0), assembled.documentPages().get(1),
					assembled.documentPages().get(2), assembled.evidencePage());
			for (int i = 0; i < file.documents().size(); i++) {
				CaseFile.Document d = file.documents().get(i);
				int start = printed.get(i);
				// the document's text starts on that page: issuer, title and number first
				assertThat(page(pdf, start)).as(d.title()).startsWith(AGENCY + d.title() + d.number());
				assertThat(page(pdf, start - 1)).as(d.title()).doesNotContain(d.number());
			}
			assertThat(page(pdf, printed.get(3))).startsWith(CaseFileAssembler.EVIDENCE_TITLE);
			// the pages of a document are its own PDF's, page for page
			try (PDDocument decision = Loader.loadPDF(file.documents().get(1).pdf())) {
				assertThat(printed.get(2) - printed.get(1)).isEqualTo(decision.getNumberOfPages());
				assertThat(page(pdf, printed.get(1) + 1)).startsWith(page(decision, 2));
			}
		}
	}

	@Test
	void aLongContentsTableRunsOverPagesAndTheNumbersStillPointAtTheDocuments() throws IOException {
		List<CaseFile.Document> many = new ArrayList<>();
		for (int i = 1; i <= 25; i++) {
			many.add(document("新发改许告〔2026〕" + i + "号", "听证权利告知书", LocalDate.of(2026, 6, 2), 1));
		}
		CaseFile file = new CaseFile(sample().cover(), many, Collections.nCopies(30, sample().evidence().get(0)));
		CaseFileAssembler.Assembled assembled = this.assembler.assemble(file);

		try (PDDocument pdf = Loader.loadPDF(assembled.pdf())) {
			int first = assembled.documentPages().get(0);
			assertThat(first).as("the contents take more than one page").isGreaterThan(3);
			for (int p = 2; p < first; p++) {
				assertThat(page(pdf, p)).startsWith(p == 2 ? CaseFileAssembler.TOC_TITLE : "序号文号责任者题名日期页号");
			}
			for (int i = 0; i < many.size(); i++) {
				assertThat(page(pdf, assembled.documentPages().get(i))).contains(many.get(i).number());
			}
			assertThat(assembled.notesPage() - assembled.evidencePage()).as("the evidence list runs over pages")
				.isGreaterThan(1);
			assertThat(page(pdf, assembled.notesPage())).startsWith(CaseFileAssembler.NOTES_TITLE);
		}
	}

	@Test
	void aCaseWithoutDocumentsOrEvidenceStillHasItsFile() throws IOException {
		CaseFile file = new CaseFile(sample().cover(), List.of(), List.of());
		CaseFileAssembler.Assembled assembled = this.assembler.assemble(file);

		assertThat(assembled.pages()).isEqualTo(4);
		try (PDDocument pdf = Loader.loadPDF(assembled.pdf())) {
			assertThat(page(pdf, 3)).contains("本案没有存入证据。");
		}
		assertThat(assembled.sm3()).isEqualTo(Sm3Digests.hex(assembled.pdf()));
	}

	@Test
	void aDocumentWhosePdfCannotBeReadIsNamed() {
		CaseFile file = new CaseFile(
				sample().cover(), List.of(new CaseFile.Document("新发改许〔2026〕12号", AGENCY, "准予行政许可决定书",
						LocalDate.of(2026, 6, 19), "不是PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
				List.of());

		assertThatThrownBy(() -> this.assembler.assemble(file)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("新发改许〔2026〕12号");
	}

	/**
	 * The page number printed in row {@code n} of the contents: the row's first line
	 * starts with its 序号 and ends with its date and its page number.
	 */
	static int pageNumberInContents(String contents, int n) {
		Matcher m = Pattern.compile("^" + n + "\\s.*\\s(\\d{8})\\s+(\\d+)\\s*$", Pattern.MULTILINE).matcher(contents);
		assertThat(m.find()).as("contents row %s in%n%s", n, contents).isTrue();
		return Integer.parseInt(m.group(2));
	}

	/** The text of one page (1-based) as extracted, lines and spaces kept. */
	static String rawPage(PDDocument pdf, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}

	/** The text of one page (1-based), whitespace removed. */
	static String page(PDDocument pdf, int page) throws IOException {
		return rawPage(pdf, page).replaceAll("\\s", "");
	}

}
