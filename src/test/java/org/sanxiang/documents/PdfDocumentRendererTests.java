package org.sanxiang.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.sanxiang.documents.PrintedDocument.Block;
import org.sanxiang.documents.PrintedDocument.Paragraph;
import org.sanxiang.documents.PrintedDocument.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

/**
 * The PDF of a document after GB/T 9704-2012: its text layer is exactly the document's
 * text, its fonts are embedded subsets, its pages A4 on the grid of 22 lines of 28
 * characters, its QR code reads back as the verification address.
 */
class PdfDocumentRendererTests {

	private static final DocumentFonts fonts = new DocumentFonts();

	private static final DocumentRenderer renderer = new PdfDocumentRenderer(fonts);

	@Test
	void extractedTextEqualsTheIntendedChineseText() throws Exception {
		PrintedDocument document = new PrintedDocument("新田县发展和改革局", "新发改许〔2026〕12号", "准予行政许可决定书", "湖南华兴能源有限公司",
				List.of(new PrintedDocument.Paragraph(
						"你单位于2026年6月1日提出的企业投资项目核准申请，经审查，符合法定条件、标准，根据《中华人民共和国行政许可法》第三十八条第一款，决定准予行政许可。"),
						new PrintedDocument.Field("许可内容", "新田县华兴光伏发电项目（〔2026〕号）")),
				"新田县发展和改革局", LocalDate.of(2026, 6, 12), true, null, null);
		assertThat(text(renderer.render(document))).isEqualTo(intended(document));
	}

	@Test
	void theFivePageDecisionReadsBackExactlyOnEveryPage() throws Exception {
		PrintedDocument decision = PrintedDocumentFixtures.grantDecision();
		byte[] pdf = renderer.render(decision);
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			assertThat(loaded.getNumberOfPages()).isEqualTo(5);
		}
		assertThat(text(pdf)).isEqualTo(intended(decision));
	}

	@Test
	void paragraphsFieldsTablesAndSignaturesReadBackAcrossPagesWithoutPageNumbersOrWatermark() throws Exception {
		PrintedDocument document = PrintedDocumentFixtures.everyBlock("预览　无效");
		byte[] pdf = renderer.render(document);
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			assertThat(loaded.getNumberOfPages()).isGreaterThan(5);
		}
		String text = text(pdf);
		assertThat(text).isEqualTo(intended(document)).doesNotContain("预览无效").doesNotContain("—1—");
	}

	@Test
	void aTableLongerThanAPageRepeatsItsHeaderRowOutsideTheTextLayer() throws Exception {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			rows.add(List.of(String.valueOf(i), "申请材料第" + i + "项", i % 3 == 0 ? "原件一份，复印件二份，已核对原件与复印件一致" : "原件一份"));
		}
		PrintedDocument document = document(List.of(new Paragraph("收到你（单位）提交的下列申请材料："),
				new Table(List.of("序号", "材料名称", "份数及说明"), rows), new Paragraph("以上材料已收讫。")));
		byte[] pdf = renderer.render(document);
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			assertThat(loaded.getNumberOfPages()).isGreaterThanOrEqualTo(3);
			// the header is printed at the top of the continued table, but not as text
			BufferedImage second = new PDFRenderer(loaded).renderImageWithDPI(1, 72);
			assertThat(inkIn(second, 80, 100, 520, 120)).isGreaterThan(50);
		}
		assertThat(text(pdf)).isEqualTo(intended(document));
	}

	@Test
	void aBodyLineHoldsTwentyEightCharactersAndAPageTwentyTwoLines() throws Exception {
		List<Block> body = new ArrayList<>();
		body.add(new Paragraph("国".repeat(70)));
		for (int i = 1; i <= 40; i++) {
			body.add(new Paragraph("第" + i + "段"));
		}
		byte[] pdf = renderer.render(document(body));
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			List<String> first = lines(stripper, loaded, 1);
			assertThat(first).contains("国".repeat(26), "国".repeat(28), "国".repeat(16));
			List<String> second = lines(stripper, loaded, 2);
			assertThat(second).hasSize(22);
		}
	}

	@Test
	void everyPageIsA4() throws Exception {
		try (PDDocument loaded = Loader.loadPDF(renderer.render(PrintedDocumentFixtures.everyBlock(null)))) {
			for (PDPage page : loaded.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(0.01f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(0.01f));
			}
		}
	}

	@Test
	void theFontsAreEmbeddedAsSmallSubsets() throws Exception {
		Pattern subsetName = Pattern.compile("[A-Z]{6}\\+NotoSerifSC-(Regular|Bold)");
		int fontsSeen = 0;
		try (PDDocument loaded = Loader.loadPDF(renderer.render(PrintedDocumentFixtures.grantDecision()))) {
			for (PDPage page : loaded.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font).isInstanceOf(PDType0Font.class);
					assertThat(font.isEmbedded()).isTrue();
					assertThat(font.getName()).matches(subsetName);
					PDType0Font type0 = (PDType0Font) font;
					assertThat(type0.getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
					assertThat(type0.getDescendantFont().getFontDescriptor().getFontFile2().getLength())
						.isLessThan(1_000_000);
					fontsSeen++;
				}
			}
		}
		assertThat(fontsSeen).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theQrCodeOnTheFirstPageReadsAsTheVerificationAddress() throws Exception {
		try (PDDocument loaded = Loader.loadPDF(renderer.render(PrintedDocumentFixtures.grantDecision()))) {
			BufferedImage page = new PDFRenderer(loaded).renderImageWithDPI(0, 200);
			// the top margin, where the code is printed
			BufferedImage margin = page.getSubimage(0, 0, page.getWidth(), page.getHeight() * 40 / 297);
			int[] pixels = margin.getRGB(0, 0, margin.getWidth(), margin.getHeight(), null, 0, margin.getWidth());
			String read = new QRCodeReader()
				.decode(new BinaryBitmap(
						new HybridBinarizer(new RGBLuminanceSource(margin.getWidth(), margin.getHeight(), pixels))),
						Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
				.getText();
			assertThat(read).isEqualTo(PrintedDocumentFixtures.VERIFY_URL);
		}
	}

	@Test
	void theSealPositionIsARedCircleOverTheDateAndNoText() throws Exception {
		PrintedDocument sealed = document(List.of(new Paragraph("特此通知。")));
		PrintedDocument unsealed = new PrintedDocument(sealed.issuer(), sealed.number(), sealed.title(),
				sealed.addressee(), sealed.body(), sealed.signatory(), sealed.date(), false, null, null);
		assertThat(red(renderer.render(sealed))).isGreaterThan(100);
		assertThat(red(renderer.render(unsealed))).isZero();
		assertThat(text(renderer.render(sealed))).isEqualTo(intended(sealed));
		assertThat(text(renderer.render(unsealed))).isEqualTo(intended(unsealed));
	}

	@Test
	void aCharacterTheFontCannotDrawIsRefusedNamingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> renderer.render(document(List.of(new Paragraph("申请人签名：王华兴😀")))))
			.withMessageContaining("“😀”（U+1F600）")
			.withMessageContaining("正文")
			.withMessageContaining("无法显示");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> renderer.render(new PrintedDocument("新田县发展和改革局", null, "受理\u0007通知书", null, List.of(),
					"新田县发展和改革局", LocalDate.of(2026, 6, 12), false, null, null)))
			.withMessageContaining("标题")
			.withMessageContaining("控制字符 U+0007");
	}

	@Test
	void documentsRenderedOnSeveralThreadsAtOnceAreEachExact() throws Exception {
		PrintedDocument decision = PrintedDocumentFixtures.grantDecision();
		PrintedDocument everything = PrintedDocumentFixtures.everyBlock("副本");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				PrintedDocument d = i % 2 == 0 ? decision : everything;
				results.add(pool.submit(() -> text(renderer.render(d)).equals(intended(d))));
			}
			for (Future<Boolean> result : results) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static PrintedDocument document(List<Block> body) {
		return new PrintedDocument(PrintedDocumentFixtures.ISSUER, "新发改许受〔2026〕3号", "申请材料接收凭证", "湖南华兴能源有限公司", body,
				PrintedDocumentFixtures.ISSUER, LocalDate.of(2026, 6, 1), true, PrintedDocumentFixtures.VERIFY_URL,
				null);
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(loaded).replaceAll("\\s", "");
		}
	}

	static String intended(PrintedDocument document) {
		return String.join("", document.lines()).replaceAll("\\s", "");
	}

	private static List<String> lines(PDFTextStripper stripper, PDDocument pdf, int page) throws IOException {
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return Arrays.stream(stripper.getText(pdf).split("\\R"))
			.map(String::strip)
			.filter((l) -> !l.isEmpty())
			.toList();
	}

	/** Dark pixels in a rectangle of an image rendered at 72 dpi (points). */
	private static int inkIn(BufferedImage image, int x0, int y0, int x1, int y1) {
		int ink = 0;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xFF) < 128 && ((rgb >> 8) & 0xFF) < 128 && (rgb & 0xFF) < 128) {
					ink++;
				}
			}
		}
		return ink;
	}

	/** Red pixels on the last page. */
	private static int red(byte[] pdf) throws IOException {
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(loaded).renderImageWithDPI(loaded.getNumberOfPages() - 1, 72);
			int red = 0;
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					int rgb = image.getRGB(x, y);
					if (((rgb >> 16) & 0xFF) > 150 && ((rgb >> 8) & 0xFF) < 120 && (rgb & 0xFF) < 120) {
						red++;
					}
				}
			}
			return red;
		}
	}

}
