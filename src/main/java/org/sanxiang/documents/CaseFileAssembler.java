package org.sanxiang.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * Lays out an electronic case file (电子案卷) as one PDF, in the order of a 行政许可 案卷: the 封面
 * (agency, case number, title, dates, 保管期限, how many documents and pages, blank lines for
 * 立卷人 and 检查人), the 卷内目录 (序号, 文号, 责任者, 题名, 日期, 页号), the documents themselves as they were
 * issued (their stored PDFs, page for page), the 证据清单 (序号, 名称, 类型, 采集时间, 大小, SM3,
 * SHA-256) and the 备考表. Every page carries its number at the foot; the 页号 of the 卷内目录 is
 * the page of this PDF where each item starts, known before the 卷内目录 is drawn because its
 * own length and that of the 证据清单 are measured first with the same layout. Pure: the
 * case's data in, the PDF out; thread-safe.
 */
@Component
class CaseFileAssembler {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final float MM = 72f / 25.4f;

	private static final float LEFT = 25 * MM;

	private static final float RIGHT = 20 * MM;

	private static final float TOP = 25 * MM;

	private static final float BOTTOM = 22 * MM;

	private static final float WIDTH = PDRectangle.A4.getWidth() - LEFT - RIGHT;

	private static final float TABLE_SIZE = 10.5f;

	private static final float HASH_SIZE = 7.5f;

	private static final float PAD = 1.6f * MM;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter TOC_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	static final String TOC_TITLE = "卷内目录";

	static final String EVIDENCE_TITLE = "证据清单";

	static final String NOTES_TITLE = "备考表";

	private final DocumentFonts fonts;

	CaseFileAssembler(DocumentFonts fonts) {
		this.fonts = fonts;
	}

	/**
	 * The case file as laid out.
	 *
	 * @param pdf the PDF
	 * @param sm3 its SM3, hex
	 * @param pages its page count
	 * @param documentPages the page where each document starts, in order (1-based)
	 * @param evidencePage the page where the 证据清单 starts
	 * @param notesPage the page of the 备考表
	 */
	record Assembled(byte[] pdf, String sm3, int pages, List<Integer> documentPages, int evidencePage, int notesPage) {

		Assembled {
			documentPages = List.copyOf(documentPages);
		}

	}

	/**
	 * The case file of {@code file}; {@link IllegalArgumentException} when a document's
	 * PDF cannot be read.
	 */
	Assembled assemble(CaseFile file) {
		List<PDDocument> sources = new ArrayList<>();
		try (PDDocument out = new PDDocument()) {
			// the fonts parsed at start, embedded as subsets when the file is saved
			Fonts f = new Fonts(PDType0Font.load(out, this.fonts.regularFace().trueType(), true),
					PDType0Font.load(out, this.fonts.boldFace().trueType(), true),
					new PDType1Font(Standard14Fonts.FontName.COURIER),
					new PDType1Font(Standard14Fonts.FontName.HELVETICA));
			List<Integer> documentLengths = new ArrayList<>();
			for (CaseFile.Document d : file.documents()) {
				PDDocument source = load(d);
				sources.add(source);
				documentLengths.add(source.getNumberOfPages());
			}
			// first pass: how long the 卷内目录, the 证据清单 and the 备考表 are
			List<Integer> unknown = file.documents().stream().map(d -> 0).toList();
			int tocPages = toc(new Sheet(out, f, false), file, unknown, 0).pages;
			int evidencePages = evidenceList(new Sheet(out, f, false), file).pages;
			int notesPages = notes(new Sheet(out, f, false), file, 0, 0).pages;
			List<Integer> starts = new ArrayList<>();
			int next = 2 + tocPages;
			for (int length : documentLengths) {
				starts.add(next);
				next += length;
			}
			int evidencePage = next;
			int notesPage = evidencePage + evidencePages;
			int total = notesPage + notesPages - 1;
			// second pass: drawn with the pages known
			cover(new Sheet(out, f, true), file, total).close();
			toc(new Sheet(out, f, true), file, starts, evidencePage).close();
			PDFMergerUtility merger = new PDFMergerUtility();
			for (PDDocument source : sources) {
				merger.appendDocument(out, source);
			}
			evidenceList(new Sheet(out, f, true), file).close();
			notes(new Sheet(out, f, true), file, total, evidencePage).close();
			if (out.getNumberOfPages() != total) {
				throw new IllegalStateException(
						"case file laid out as " + total + " pages, drawn as " + out.getNumberOfPages());
			}
			number(out, f.latin);
			PDDocumentInformation info = out.getDocumentInformation();
			info.setTitle(file.cover().caseNumber() + " 电子案卷");
			info.setAuthor(file.cover().agency());
			info.setSubject(file.cover().title());
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			out.save(bytes);
			byte[] pdf = bytes.toByteArray();
			return new Assembled(pdf, Sm3Digests.hex(pdf), total, starts, evidencePage, notesPage);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			for (PDDocument source : sources) {
				try {
					source.close();
				}
				catch (IOException ex) {
					// nothing was written to it
				}
			}
		}
	}

	private static PDDocument load(CaseFile.Document d) {
		try {
			return Loader.loadPDF(d.pdf());
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("文书“" + d.title() + "”"
					+ (d.number() == null ? "" : "（" + d.number() + "）") + "的存档PDF无法读取：" + ex.getMessage(), ex);
		}
	}

	// --- the parts ---

	private static Sheet cover(Sheet s, CaseFile file, int total) throws IOException {
		CaseFile.Cover c = file.cover();
		s.newPage();
		s.skip(12 * MM);
		s.centred(s.f.bold, 20, c.agency(), 34);
		s.centred(s.f.bold, 30, "行政许可案卷", 60);
		s.skip(10 * MM);
		float indent = 10 * MM;
		s.field("案卷题名", c.title(), indent);
		s.field("案件编号", c.caseNumber(), indent);
		s.field("接收日期", DocumentDates.chinese(c.receivedOn()), indent);
		s.field("决定日期", c.decidedOn() == null ? "—" : DocumentDates.chinese(c.decidedOn()), indent);
		s.field("归档日期", DocumentDates.chinese(c.archivedOn()), indent);
		s.field("保管期限", c.retention(), indent);
		s.field("卷内文件", "共" + file.documents().size() + "件，" + total + "页（证据" + file.evidence().size() + "件，见证据清单）",
				indent);
		s.skip(12 * MM);
		s.field("立卷人", "________________", indent);
		s.field("检查人", "________________", indent);
		return s;
	}

	private static Sheet toc(Sheet s, CaseFile file, List<Integer> starts, int evidencePage) throws IOException {
		s.newPage();
		s.centred(s.f.bold, 22, TOC_TITLE, 40);
		float[] w = { 12 * MM, 40 * MM, 38 * MM, 43 * MM, 20 * MM, 12 * MM };
		List<Band> header = List.of(s.band(w, s.f.bold, TABLE_SIZE, "序号", "文号", "责任者", "题名", "日期", "页号"));
		List<List<Band>> rows = new ArrayList<>();
		List<CaseFile.Document> documents = file.documents();
		for (int i = 0; i < documents.size(); i++) {
			CaseFile.Document d = documents.get(i);
			rows.add(List.of(s.band(w, s.f.regular, TABLE_SIZE, Integer.toString(i + 1),
					d.number() == null ? "—" : d.number(), d.issuer() == null ? "" : d.issuer(), d.title(),
					d.issuedOn() == null ? "" : TOC_DATE.format(d.issuedOn()), Integer.toString(starts.get(i)))));
		}
		rows.add(List.of(s.band(w, s.f.regular, TABLE_SIZE, Integer.toString(documents.size() + 1), "—",
				file.cover().agency(), EVIDENCE_TITLE + "（" + file.evidence().size() + "件）",
				TOC_DATE.format(file.cover().archivedOn()), Integer.toString(evidencePage))));
		s.table(header, rows);
		return s;
	}

	private static Sheet evidenceList(Sheet s, CaseFile file) throws IOException {
		s.newPage();
		s.centred(s.f.bold, 22, EVIDENCE_TITLE, 40);
		float[] w = { 12 * MM, 47 * MM, 38 * MM, 45 * MM, 23 * MM };
		float[] hashes = { 22 * MM, 143 * MM };
		List<Band> header = List.of(s.band(w, s.f.bold, TABLE_SIZE, "序号", "名称", "类型", "采集时间", "大小"),
				s.band(hashes, s.f.bold, TABLE_SIZE, "校验值", "SM3（上）、SHA-256（下），十六进制"));
		List<List<Band>> rows = new ArrayList<>();
		List<CaseFile.Evidence> evidence = file.evidence();
		for (int i = 0; i < evidence.size(); i++) {
			CaseFile.Evidence e = evidence.get(i);
			rows.add(
					List.of(s.band(w, s.f.regular, TABLE_SIZE, Integer.toString(i + 1), e.name(), e.type(), captured(e),
							size(e.size())), s.mixed(hashes, "SM3", e.sm3()), s.mixed(hashes, "SHA-256", e.sha256())));
		}
		if (evidence.isEmpty()) {
			rows.add(List.of(s.band(new float[] { WIDTH }, s.f.regular, TABLE_SIZE, "本案没有存入证据。")));
		}
		s.table(header, rows);
		return s;
	}

	private static Sheet notes(Sheet s, CaseFile file, int total, int evidencePage) throws IOException {
		s.newPage();
		s.centred(s.f.bold, 22, NOTES_TITLE, 40);
		s.paragraph("本卷情况说明：", 0);
		s.paragraph("本卷共有文书" + file.documents().size() + "件、证据" + file.evidence().size() + "件（证据清单见第" + evidencePage
				+ "页），连同封面、卷内目录、证据清单和本表共" + total + "页。文书按形成时间排列，每页页脚标注页号。", 2);
		s.paragraph("证据文件另存于本案的案卷包（ZIP），每件以SM3（GB/T 32905）和SHA-256校验；文书、证据的存入记录及其包含证明见案卷包中的核验清单（manifest.json）"
				+ "和全过程记录导出文件。", 2);
		s.skip(12 * MM);
		s.field("立卷人", "________________", 0);
		s.field("检查人", "________________", 0);
		s.field("立卷时间", DocumentDates.chinese(file.cover().archivedOn()), 0);
		return s;
	}

	private static String captured(CaseFile.Evidence e) {
		if (e.captureStart() == null) {
			return "";
		}
		ZonedDateTime start = e.captureStart().atZone(CHINA);
		ZonedDateTime end = e.captureEnd() == null ? start : e.captureEnd().atZone(CHINA);
		return TIME.format(start) + " 至 " + (start.toLocalDate().equals(end.toLocalDate())
				? DateTimeFormatter.ofPattern("HH:mm:ss").format(end) : TIME.format(end));
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		String[] units = { "KB", "MB", "GB", "TB" };
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
	}

	/** The number of each page at its foot, right. */
	private static void number(PDDocument out, PDFont font) throws IOException {
		int n = 0;
		for (PDPage page : out.getPages()) {
			n++;
			PDRectangle box = page.getMediaBox();
			String text = Integer.toString(n);
			float width = font.getStringWidth(text) / 1000 * 10;
			try (PDPageContentStream stream = new PDPageContentStream(out, page, PDPageContentStream.AppendMode.APPEND,
					true, true)) {
				stream.beginText();
				stream.setFont(font, 10);
				stream.newLineAtOffset(box.getUpperRightX() - RIGHT - width, box.getLowerLeftY() + 10 * MM);
				stream.showText(text);
				stream.endText();
			}
		}
	}

	// --- layout ---

	/** The fonts of the case file's own pages. */
	private record Fonts(PDType0Font regular, PDType0Font bold, PDFont mono, PDFont latin) {
	}

	/** One cell of a table: its text, width and font. */
	private record Cell(String text, float width, PDFont font, float size) {
	}

	/** One band of cells across the table; an item may take several bands. */
	private record Band(List<Cell> cells) {
	}

	/**
	 * The pages of one part being written, and the baseline of the next line. When not
	 * drawing it only counts the pages the part takes, with the same layout.
	 */
	private static final class Sheet {

		final PDDocument pdf;

		final Fonts f;

		final boolean draw;

		int pages;

		private PDPageContentStream stream;

		private float y;

		Sheet(PDDocument pdf, Fonts f, boolean draw) {
			this.pdf = pdf;
			this.f = f;
			this.draw = draw;
		}

		void newPage() throws IOException {
			close();
			this.pages++;
			this.y = PDRectangle.A4.getHeight() - TOP;
			if (this.draw) {
				PDPage page = new PDPage(PDRectangle.A4);
				this.pdf.addPage(page);
				this.stream = new PDPageContentStream(this.pdf, page);
			}
		}

		void skip(float height) {
			this.y -= height;
		}

		void centred(PDType0Font font, float size, String text, float leading) throws IOException {
			String printable = printable(font, text);
			float width = font.getStringWidth(printable) / 1000 * size;
			room(leading);
			show(font, size, printable, (PDRectangle.A4.getWidth() - width) / 2, this.y - size);
			this.y -= leading;
		}

		/** A label in bold and its value, wrapped under the value's start. */
		void field(String label, String value, float indent) throws IOException {
			float size = 15;
			float leading = size * 1.9f;
			String head = label + "：";
			float labelWidth = this.f.bold.getStringWidth(head) / 1000 * size;
			List<String> lines = wrap(this.f.regular, size, printable(this.f.regular, value),
					WIDTH - indent - labelWidth);
			room(leading);
			show(this.f.bold, size, head, LEFT + indent, this.y - size);
			for (int i = 0; i < lines.size(); i++) {
				if (i > 0) {
					room(leading);
				}
				show(this.f.regular, size, lines.get(i), LEFT + indent + labelWidth, this.y - size);
				this.y -= leading;
			}
		}

		/** A paragraph in the body face, the first line indented {@code indentChars}. */
		void paragraph(String text, int indentChars) throws IOException {
			float size = 14;
			float leading = size * 1.8f;
			float indent = indentChars * size;
			List<String> lines = wrap(this.f.regular, size, printable(this.f.regular, text), WIDTH - indent);
			for (int i = 0; i < lines.size(); i++) {
				room(leading);
				show(this.f.regular, size, lines.get(i), LEFT + (i == 0 ? indent : 0), this.y - size);
				this.y -= leading;
			}
		}

		Band band(float[] widths, PDFont font, float size, String... texts) {
			List<Cell> cells = new ArrayList<>();
			for (int i = 0; i < widths.length; i++) {
				cells.add(new Cell(printable(font, texts[i]), widths[i], font, size));
			}
			return new Band(cells);
		}

		/** A label in the body face and a digest in the monospaced face. */
		Band mixed(float[] widths, String label, String digest) {
			return new Band(List.of(new Cell(label, widths[0], this.f.regular, TABLE_SIZE),
					new Cell(digest == null ? "" : digest, widths[1], this.f.mono, HASH_SIZE)));
		}

		/**
		 * A ruled table: each item's bands stay on one page, and the header is repeated
		 * at the top of every page the table runs on.
		 */
		void table(List<Band> header, List<List<Band>> items) throws IOException {
			float headerHeight = height(header);
			boolean headed = false;
			for (List<Band> item : items) {
				float h = height(item);
				if (!headed || this.y - h < BOTTOM) {
					if (headed || this.y - headerHeight - h < BOTTOM) {
						newPage();
					}
					bands(header);
					headed = true;
				}
				bands(item);
			}
		}

		private float height(List<Band> bands) {
			float h = 0;
			for (Band b : bands) {
				h += height(b);
			}
			return h;
		}

		private static float height(Band band) {
			float h = 0;
			for (Cell c : band.cells()) {
				int lines = wrap(c.font(), c.size(), c.text(), c.width() - 2 * PAD).size();
				h = Math.max(h, lines * c.size() * 1.35f + 2 * PAD);
			}
			return h;
		}

		private void bands(List<Band> bands) throws IOException {
			for (Band band : bands) {
				float h = height(band);
				float x = LEFT;
				for (Cell c : band.cells()) {
					if (this.draw) {
						this.stream.setLineWidth(0.6f);
						this.stream.addRect(x, this.y - h, c.width(), h);
						this.stream.stroke();
					}
					List<String> lines = wrap(c.font(), c.size(), c.text(), c.width() - 2 * PAD);
					float baseline = this.y - PAD - c.size();
					for (String line : lines) {
						show(c.font(), c.size(), line, x + PAD, baseline);
						baseline -= c.size() * 1.35f;
					}
					x += c.width();
				}
				this.y -= h;
			}
		}

		/** A new page when the next {@code height} does not fit on this one. */
		private void room(float height) throws IOException {
			if (this.pages == 0 || this.y - height < BOTTOM) {
				newPage();
			}
		}

		private void show(PDFont font, float size, String text, float x, float baseline) throws IOException {
			if (!this.draw || text.isEmpty()) {
				return;
			}
			this.stream.beginText();
			this.stream.setFont(font, size);
			this.stream.newLineAtOffset(x, baseline);
			this.stream.showText(text);
			this.stream.endText();
		}

		Sheet close() throws IOException {
			if (this.stream != null) {
				this.stream.close();
				this.stream = null;
			}
			return this;
		}

	}

	/** The text with each character the font cannot draw replaced by a question mark. */
	static String printable(PDFont font, String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(cp -> {
			String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
			try {
				font.encode(ch);
				out.append(ch);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('?');
			}
		});
		return out.toString();
	}

	private static final String CLOSING = "，。、；：？！）》」』”’,.;:?!)";

	/** Lines of at most {@code width}, broken between characters (CJK has no spaces). */
	static List<String> wrap(PDFont font, float size, String text, float width) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		float used = 0;
		try {
			for (int i = 0; i < text.length();) {
				int cp = text.codePointAt(i);
				String ch = new String(Character.toChars(cp));
				float w = font.getStringWidth(ch) / 1000 * size;
				// closing punctuation never starts a line (it may overhang the margin)
				if (used + w > width && current.length() > 0 && CLOSING.indexOf(cp) < 0) {
					lines.add(current.toString());
					current.setLength(0);
					used = 0;
				}
				current.append(ch);
				used += w;
				i += Character.charCount(cp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		lines.add(current.toString());
		return lines;
	}

}
