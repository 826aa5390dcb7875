package org.sanxiang.documents;

import java.awt.geom.AffineTransform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.sanxiang.platform.QrCodes;
import org.springframework.stereotype.Component;

/**
 * Draws documents with PDFBox in the layout of GB/T 9704-2012 (党政机关公文格式), as the
 * provincial model forms of 行政执法文书 apply it:
 * <ul>
 * <li>A4; the text block 156 × 225 mm, 37 mm from the top and 28 mm from the left edge,
 * 22 lines of 28 characters of the body face at 三号 (16 pt) — every body line sits on that
 * grid (7.1, 5.2.1);</li>
 * <li>the issuer (发文机关) and the title in the bold face at 二号 (22 pt), centred, a long
 * title over two or more balanced lines (7.3.1), then the 文号 right-aligned under them, as
 * the model forms of 执法文书 print it (the order of {@link PrintedDocument#lines()});</li>
 * <li>主送 flush left, paragraphs and headings indented two characters, lines broken by the
 * rules of Chinese typesetting ({@link LineBreaking}) and justified; fields as label and
 * value with a hanging indent (a blank value is a line to fill in); tables ruled, their
 * cells' text wrapped, a row that does not fit moved whole to the next page where the
 * header row is repeated; signatures as the label and a ruled blank to sign on, with a
 * blank line below;</li>
 * <li>with a seal (7.3.5.1): 成文日期 four characters from the right, 落款 centred over it, two
 * blank lines under the text, and the 印章位置 — a thin red circle of 42 mm, the size of an
 * agency's seal, centred on the date with 落款 and date below its centre; without a seal
 * (7.3.5.3): one blank line, 落款 two characters from the right, the date two characters
 * further right. The 落款 never stands alone on a page: the last line of the text goes with
 * it;</li>
 * <li>page numbers {@code — 1 —} at 四号 7 mm under the text block, odd pages right, even
 * pages left, one character in (7.5);</li>
 * <li>on the first page, in the top margin on the right, the QR code of
 * {@link PrintedDocument#verifyUrl()} (drawn as vector squares) captioned 扫码核验; on every
 * page the {@link PrintedDocument#watermark() watermark}, light grey, diagonally, under
 * the text.</li>
 * </ul>
 * The text layer holds exactly the document's text, in reading order: text extracted from
 * the PDF (PDFBox {@code PDFTextStripper}, which keeps the order of the page content)
 * equals {@link PrintedDocument#lines()} once whitespace is removed. Everything else that
 * looks like text — page numbers, the QR caption, the watermark, a header row repeated on
 * a later page — is drawn as the glyphs' outlines, marked as an artifact (not part of the
 * content, ISO 32000 14.8.2.2), so it is neither extracted nor read aloud. One limit: a
 * single table row taller than a whole page is split between pages line by line, and its
 * cells' text is then extracted page by page.
 * <p>
 * Thread-safe: each call builds its own PDF; the parsed fonts are shared
 * ({@link DocumentFonts}). Text the fonts cannot draw is refused with an
 * {@link IllegalArgumentException} naming the character, before anything is drawn.
 */
@Component
class PdfDocumentRenderer implements DocumentRenderer {

	static final float MM = 72f / 25.4f;

	static final PDRectangle PAGE = PDRectangle.A4;

	static final float LEFT = 28 * MM;

	static final float WIDTH = 156 * MM;

	static final float RIGHT = LEFT + WIDTH;

	/** The top edge of the text block. */
	static final float TOP = PAGE.getHeight() - 37 * MM;

	static final float HEIGHT = 225 * MM;

	static final float BOTTOM = TOP - HEIGHT;

	/** One line of the grid: 22 a page. */
	static final float LINE = HEIGHT / 22;

	/** One character of the grid: 28 a line. */
	static final float CHAR = WIDTH / 28;

	static final float BODY = 16;

	static final float TITLE = 22;

	static final float TABLE = 14;

	static final float PAGE_NUMBER = 14;

	static final float CAPTION = 8;

	/**
	 * Added after each body character so that a full-width character takes one grid cell
	 * ("撑满版心").
	 */
	static final float BODY_TRACKING = CHAR - BODY;

	static final float TABLE_LEADING = 20;

	static final float CELL_PADDING_X = 4;

	static final float CELL_PADDING_Y = 4;

	static final float SEAL_RADIUS = 21 * MM;

	static final float QR_SIZE = 20 * MM;

	static final String QR_CAPTION = "扫码核验";

	/**
	 * Where a CJK face centres its ideographs above the baseline, as a share of the size
	 * (the ideographic em box runs from −0.12 to 0.88).
	 */
	private static final float CENTRE = 0.38f;

	private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

	private final DocumentFonts fonts;

	PdfDocumentRenderer(DocumentFonts fonts) {
		this.fonts = fonts;
	}

	@Override
	public byte[] render(PrintedDocument document) {
		new Glyphs(this.fonts).check(document);
		List<Piece> pieces = new Layout(this.fonts).of(document);
		List<List<Placed>> pages = paginate(pieces);
		try (PDDocument pdf = new PDDocument()) {
			pdf.getDocumentInformation().setTitle(document.title());
			pdf.getDocumentCatalog().setLanguage("zh-CN");
			Canvas canvas = new Canvas(pdf, this.fonts, pages);
			boolean[][] qr = document.verifyUrl() == null ? null : QrCodes.modules(document.verifyUrl());
			for (int p = 0; p < pages.size(); p++) {
				canvas.page(p + 1, document.watermark(), p == 0 ? qr : null, pages.get(p));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// --- pieces: what takes up the height of the text block ---

	/** Something placed in the text block, top to bottom. */
	private sealed interface Piece permits Text, Gap, Row, Closing {

		float height();

		/** Whether the piece must be on the same page as the one after it. */
		boolean keepWithNext();

		/** The same piece, kept or not with the next. */
		Piece keep(boolean keep);

		/** Whether the piece starts on a line of the grid. */
		default boolean grid() {
			return true;
		}

	}

	/**
	 * A run of text on one baseline; {@code tracking} points after each character.
	 */
	record Run(DocumentFonts.Face face, float size, float x, float tracking, String text) {

		float width() {
			return LineBreaking.width(this.text, this.face, this.size, this.tracking);
		}

	}

	/** A line of text (one or more runs) and blanks ruled on it. */
	private record Text(List<Run> runs, List<float[]> rules, float height, boolean keepWithNext) implements Piece {

		Text(Run run, boolean keepWithNext) {
			this(List.of(run), List.of(), LINE, keepWithNext);
		}

		@Override
		public Text keep(boolean keep) {
			return new Text(this.runs, this.rules, this.height, keep);
		}

	}

	/** Blank lines. */
	private record Gap(float height, boolean keepWithNext) implements Piece {

		@Override
		public Gap keep(boolean keep) {
			return new Gap(this.height, keep);
		}

	}

	/** One row of a table, or the part of a row that fits a page. */
	private record Row(TableLayout table, List<List<String>> cells, float height, boolean header,
			boolean keepWithNext) implements Piece {

		@Override
		public boolean grid() {
			return false;
		}

		@Override
		public Row keep(boolean keep) {
			return new Row(this.table, this.cells, this.height, this.header, keep);
		}

	}

	/** 落款 and 成文日期, and the seal over them. */
	private record Closing(Run signatory, Run date, boolean seal, float height) implements Piece {

		@Override
		public boolean keepWithNext() {
			return false;
		}

		@Override
		public Closing keep(boolean keep) {
			return this;
		}

		/**
		 * The seal's centre, below the top of the piece: 落款 and date below its centre.
		 */
		static final float SEAL_CENTRE = 0.7f * LINE;

	}

	/**
	 * The columns of a table (their left edges, widths, and whether their cells are short
	 * and centred, as a column of numbers) and its header row's cells, or {@code null}
	 * when it has none.
	 */
	private record TableLayout(float[] x, float[] widths, boolean[] centred, List<List<String>> headerCells,
			float headerHeight) {

		/** The header row, to place at the table's start or again on a later page. */
		Row header() {
			return this.headerCells == null ? null : new Row(this, this.headerCells, this.headerHeight, true, true);
		}

	}

	/** A piece at the top {@code y} on its page; {@code repeated} for a header again. */
	private record Placed(Piece piece, float y, boolean repeated) {
	}

	// --- layout ---

	/** Turns a document into pieces, in reading order. */
	private static final class Layout {

		private final DocumentFonts.Face regular;

		private final DocumentFonts.Face bold;

		private final List<Piece> pieces = new ArrayList<>();

		Layout(DocumentFonts fonts) {
			this.regular = fonts.regularFace();
			this.bold = fonts.boldFace();
		}

		List<Piece> of(PrintedDocument d) {
			this.pieces.add(new Text(centred(this.bold, TITLE, d.issuer()), true));
			for (String line : titleLines(oneLine(d.title()))) {
				this.pieces.add(new Text(centred(this.bold, TITLE, line), true));
			}
			if (d.number() != null) {
				Run number = new Run(this.regular, BODY, 0, 0, oneLine(d.number()));
				this.pieces.add(new Text(at(number, RIGHT - number.width()), true));
			}
			this.pieces.add(new Gap(LINE, true));
			if (d.addressee() != null) {
				paragraph(this.regular, d.addressee() + "：", 0);
			}
			for (PrintedDocument.Block block : d.body()) {
				if (block instanceof PrintedDocument.Paragraph p) {
					paragraph(this.regular, p.text(), 2);
				}
				else if (block instanceof PrintedDocument.Heading h) {
					paragraph(this.bold, h.text(), 2);
					keepLast();
				}
				else if (block instanceof PrintedDocument.Field f) {
					field(f);
				}
				else if (block instanceof PrintedDocument.Table t) {
					table(t);
				}
				else if (block instanceof PrintedDocument.Signature s) {
					signature(s);
				}
			}
			closing(d);
			return this.pieces;
		}

		/** Body text, each line on the grid, the first indented; justified. */
		private void paragraph(DocumentFonts.Face face, String text, int indentChars) {
			for (String part : text.split("\\R", -1)) {
				List<String> lines = LineBreaking.lines(clean(part), face, BODY, BODY_TRACKING,
						WIDTH - indentChars * CHAR, WIDTH);
				for (int i = 0; i < lines.size(); i++) {
					float x = LEFT + (i == 0 ? indentChars * CHAR : 0);
					float available = RIGHT - x;
					this.pieces.add(new Text(justified(face, lines.get(i), x, available, i < lines.size() - 1), false));
				}
			}
		}

		/**
		 * A line spread to the full width when it was broken (not the last of its
		 * paragraph) and falls short by less than a few characters; a line that hangs a
		 * closing mark into the margin keeps its spacing.
		 */
		private Run justified(DocumentFonts.Face face, String line, float x, float available, boolean broken) {
			Run run = new Run(face, BODY, x, BODY_TRACKING, line);
			int n = line.codePointCount(0, line.length());
			float slack = available - run.width();
			if (!broken || n < 2 || slack <= 0 || slack > 4 * CHAR) {
				return run;
			}
			return new Run(face, BODY, x, BODY_TRACKING + slack / n, line);
		}

		/** Label and value; the value's lines hang under its first character. */
		private void field(PrintedDocument.Field f) {
			String label = clean(f.label()) + "：";
			Run labelRun = new Run(this.regular, BODY, LEFT, BODY_TRACKING, label);
			float valueX = LEFT + labelRun.width() + BODY_TRACKING;
			String value = f.value() == null ? "" : f.value();
			if (value.isBlank()) {
				List<float[]> rules = List.<float[]>of(new float[] { valueX, RIGHT });
				this.pieces.add(new Text(List.of(labelRun), rules, LINE, false));
				return;
			}
			if (valueX > LEFT + 10 * CHAR) {
				paragraph(this.regular, label + value, 0);
				return;
			}
			boolean first = true;
			for (String part : value.split("\\R", -1)) {
				List<String> lines = LineBreaking.lines(clean(part), this.regular, BODY, BODY_TRACKING, RIGHT - valueX,
						RIGHT - valueX);
				for (int i = 0; i < lines.size(); i++) {
					Run run = justified(this.regular, lines.get(i), valueX, RIGHT - valueX, i < lines.size() - 1);
					List<Run> runs = first ? List.of(labelRun, run) : List.of(run);
					this.pieces.add(new Text(runs, List.of(), LINE, false));
					first = false;
				}
			}
		}

		/** Each label with a ruled blank to sign on, and a blank line under it. */
		private void signature(PrintedDocument.Signature s) {
			for (String label : s.labels()) {
				Run run = new Run(this.regular, BODY, LEFT, BODY_TRACKING, clean(label) + "：");
				float from = LEFT + run.width() + BODY_TRACKING;
				float to = Math.max(from + 6 * CHAR, RIGHT - 8 * CHAR);
				this.pieces.add(new Text(List.of(run), List.<float[]>of(new float[] { from, Math.min(to, RIGHT) }),
						LINE, true));
				this.pieces.add(new Gap(LINE, false));
			}
		}

		private void table(PrintedDocument.Table t) {
			int columns = Math.max(t.header().size(), t.rows().stream().mapToInt(List::size).max().orElse(0));
			if (columns == 0) {
				return;
			}
			List<List<String>> rows = new ArrayList<>();
			for (List<String> row : t.rows()) {
				rows.add(padded(row, columns));
			}
			List<String> header = padded(t.header(), columns);
			float[] widths = columnWidths(header, rows, columns);
			float[] x = new float[columns];
			for (int c = 1; c < columns; c++) {
				x[c] = x[c - 1] + widths[c - 1];
			}
			for (int c = 0; c < columns; c++) {
				x[c] += LEFT;
			}
			boolean[] centred = new boolean[columns];
			for (int c = 0; c < columns; c++) {
				int column = c;
				centred[c] = rows.stream()
					.allMatch((row) -> this.regular.advance(clean(row.get(column))) * TABLE / 1000 <= 3 * TABLE);
			}
			Row head = header.stream().allMatch(String::isBlank) ? null : row(null, header, widths, true);
			TableLayout layout = head == null ? new TableLayout(x, widths, centred, null, 0)
					: new TableLayout(x, widths, centred, head.cells(), head.height());
			if (head != null) {
				this.pieces.add(rows.isEmpty() ? layout.header().keep(false) : layout.header());
			}
			float room = HEIGHT - layout.headerHeight();
			for (List<String> cells : rows) {
				Row row = row(layout, cells, widths, false);
				if (row.height() <= room) {
					this.pieces.add(row);
				}
				else {
					split(row, room);
				}
			}
		}

		/** A row taller than a page, as parts of whole lines that each fit one. */
		private void split(Row row, float room) {
			int perPage = Math.max(1, (int) ((room - 2 * CELL_PADDING_Y) / TABLE_LEADING));
			int lines = row.cells().stream().mapToInt(List::size).max().orElse(1);
			for (int from = 0; from < lines; from += perPage) {
				int to = Math.min(lines, from + perPage);
				List<List<String>> part = new ArrayList<>();
				for (List<String> cell : row.cells()) {
					part.add(cell.subList(Math.min(from, cell.size()), Math.min(to, cell.size())));
				}
				this.pieces
					.add(new Row(row.table(), part, (to - from) * TABLE_LEADING + 2 * CELL_PADDING_Y, false, false));
			}
		}

		private Row row(TableLayout table, List<String> cells, float[] widths, boolean header) {
			DocumentFonts.Face face = header ? this.bold : this.regular;
			List<List<String>> lines = new ArrayList<>();
			int most = 1;
			for (int c = 0; c < cells.size(); c++) {
				float inner = widths[c] - 2 * CELL_PADDING_X;
				List<String> cellLines = new ArrayList<>();
				for (String part : cells.get(c).split("\\R", -1)) {
					cellLines.addAll(LineBreaking.lines(clean(part), face, TABLE, 0, inner, inner));
				}
				lines.add(cellLines);
				most = Math.max(most, cellLines.size());
			}
			return new Row(table, lines, most * TABLE_LEADING + 2 * CELL_PADDING_Y, header, false);
		}

		/**
		 * Each column at least as wide as its header (up to six characters) and its
		 * longest word; the rest of the block shared in proportion to how much text each
		 * column holds, no column wider than its longest text needs.
		 */
		private float[] columnWidths(List<String> header, List<List<String>> rows, int columns) {
			float[] needed = new float[columns];
			float[] least = new float[columns];
			float[] text = new float[columns];
			for (int c = 0; c < columns; c++) {
				least[c] = 2 * TABLE + 2 * CELL_PADDING_X;
				float head = this.bold.advance(oneLine(header.get(c)).strip()) * TABLE / 1000;
				least[c] = Math.max(least[c], Math.min(head, 6 * TABLE) + 2 * CELL_PADDING_X);
				needed[c] = head + 2 * CELL_PADDING_X;
				for (List<String> row : rows) {
					for (String part : row.get(c).split("\\R")) {
						String cell = clean(part).strip();
						float width = this.regular.advance(cell) * TABLE / 1000;
						needed[c] = Math.max(needed[c], width + 2 * CELL_PADDING_X);
						text[c] += width;
						for (String word : cell.split("[^\\x21-\\u1fff]+")) {
							least[c] = Math.max(least[c], Math.min(this.regular.advance(word) * TABLE / 1000, 8 * TABLE)
									+ 2 * CELL_PADDING_X);
						}
					}
				}
			}
			float[] widths = least.clone();
			if (sum(least) >= WIDTH) {
				for (int c = 0; c < columns; c++) {
					widths[c] = least[c] * WIDTH / sum(least);
				}
				return widths;
			}
			// share what is left among the columns that want more, until it is used up
			boolean[] done = new boolean[columns];
			for (int round = 0; round < columns; round++) {
				float left = WIDTH - sum(widths);
				float weight = 0;
				for (int c = 0; c < columns; c++) {
					done[c] = done[c] || widths[c] >= needed[c];
					weight += done[c] ? 0 : Math.max(text[c], 1);
				}
				if (left <= 0.01f || weight == 0) {
					break;
				}
				for (int c = 0; c < columns; c++) {
					if (!done[c]) {
						widths[c] = Math.min(needed[c], widths[c] + left * Math.max(text[c], 1) / weight);
					}
				}
			}
			float left = WIDTH - sum(widths);
			if (left > 0.01f) {
				// everything fits on one line: spread the rest evenly
				for (int c = 0; c < columns; c++) {
					widths[c] += left / columns;
				}
			}
			return widths;
		}

		/**
		 * 落款 and 成文日期 after the text (GB/T 9704-2012 7.3.5.1 with a seal, 7.3.5.3
		 * without), on the page of the text's last line.
		 */
		private void closing(PrintedDocument d) {
			keepLast();
			Run signatory = new Run(this.regular, BODY, 0, BODY_TRACKING, oneLine(d.signatory()));
			Run date = new Run(this.regular, BODY, 0, BODY_TRACKING, DocumentDates.chinese(d.date()));
			float signatoryX;
			float dateX;
			if (d.seal()) {
				dateX = RIGHT - 4 * CHAR - date.width();
				float centre = dateX + date.width() / 2;
				signatoryX = Math.max(LEFT, Math.min(centre - signatory.width() / 2, RIGHT - signatory.width()));
			}
			else {
				float right = RIGHT - 2 * CHAR;
				signatoryX = Math.min(right - signatory.width(), right - date.width() - 2 * CHAR);
				signatoryX = Math.max(LEFT, signatoryX);
				dateX = signatoryX + 2 * CHAR;
			}
			this.pieces.add(new Gap(d.seal() ? 2 * LINE : LINE, true));
			float height = d.seal() ? Math.max(2 * LINE, Closing.SEAL_CENTRE + SEAL_RADIUS) : 2 * LINE;
			this.pieces.add(new Closing(at(signatory, signatoryX), at(date, dateX), d.seal(), height));
		}

		/** The last piece goes on the page of the next one. */
		private void keepLast() {
			int last = this.pieces.size() - 1;
			if (last >= 0) {
				this.pieces.set(last, this.pieces.get(last).keep(true));
			}
		}

		/**
		 * A title as one line, or as few balanced lines as it needs, each no wider than
		 * the block (GB/T 9704-2012 7.3.1: 梯形或菱形).
		 */
		private List<String> titleLines(String title) {
			float width = LineBreaking.width(title, this.bold, TITLE, 0);
			if (width <= WIDTH) {
				return List.of(title);
			}
			int count = (int) Math.ceil(width / WIDTH);
			for (float target = width / count; target <= WIDTH; target += TITLE / 2) {
				List<String> lines = LineBreaking.lines(title, this.bold, TITLE, 0, target, target);
				if (lines.size() <= count) {
					return lines;
				}
			}
			return LineBreaking.lines(title, this.bold, TITLE, 0, WIDTH, WIDTH);
		}

		private static Run centred(DocumentFonts.Face face, float size, String text) {
			Run run = new Run(face, size, 0, 0, oneLine(text));
			return at(run, LEFT + (WIDTH - run.width()) / 2);
		}

		private static Run at(Run run, float x) {
			return new Run(run.face(), run.size(), x, run.tracking(), run.text());
		}

		private static List<String> padded(List<String> row, int columns) {
			List<String> cells = new ArrayList<>(columns);
			for (int c = 0; c < columns; c++) {
				String cell = c < row.size() ? row.get(c) : null;
				cells.add(cell == null ? "" : cell);
			}
			return cells;
		}

		private static float sum(float[] values) {
			float sum = 0;
			for (float v : values) {
				sum += v;
			}
			return sum;
		}

	}

	/** Tabs as spaces. */
	static String clean(String text) {
		return text == null ? "" : text.replace('\t', ' ');
	}

	/** A text meant as one line: its line breaks removed. */
	static String oneLine(String text) {
		return clean(text).replaceAll("\\R", "");
	}

	// --- pagination ---

	/**
	 * The pieces on pages: each where the last left off (a text line on the next line of
	 * the grid), a group of pieces kept together moved to a new page whole when it fits
	 * one, a table's header row repeated at the top of a page that continues the table.
	 */
	static List<List<Placed>> paginate(List<Piece> pieces) {
		Pager pager = new Pager();
		int i = 0;
		while (i < pieces.size()) {
			int end = i;
			while (end < pieces.size() - 1 && pieces.get(end).keepWithNext()) {
				end++;
			}
			List<Piece> group = pieces.subList(i, end + 1);
			if (!pager.fits(group) && !pager.empty() && Pager.fitsAPage(group)) {
				pager.newPage();
			}
			for (Piece piece : group) {
				if (!pager.fits(List.of(piece)) && !pager.empty()) {
					pager.newPage();
				}
				pager.place(piece);
			}
			i = end + 1;
		}
		return pager.pages;
	}

	private static final class Pager {

		final List<List<Placed>> pages = new ArrayList<>();

		private List<Placed> page;

		private float y;

		/** The table whose rows were placed last, to repeat its header on a new page. */
		private TableLayout table;

		Pager() {
			newPage();
		}

		boolean empty() {
			return this.page.isEmpty();
		}

		void newPage() {
			this.page = new ArrayList<>();
			this.pages.add(this.page);
			this.y = TOP;
		}

		boolean fits(List<Piece> group) {
			float at = this.y;
			boolean empty = this.page.isEmpty();
			for (Piece piece : group) {
				if (empty && piece instanceof Gap) {
					continue;
				}
				if (empty && piece instanceof Row row && !row.header()) {
					at -= row.table().headerHeight();
				}
				at = top(piece, at) - piece.height();
				empty = false;
			}
			return at >= BOTTOM - 0.5f;
		}

		static boolean fitsAPage(List<Piece> group) {
			Pager fresh = new Pager();
			return fresh.fits(group);
		}

		void place(Piece piece) {
			if (this.page.isEmpty() && piece instanceof Gap) {
				return;
			}
			if (this.page.isEmpty() && piece instanceof Row row && !row.header() && row.table().header() != null
					&& row.table() == this.table) {
				this.page.add(new Placed(row.table().header(), this.y, true));
				this.y -= row.table().headerHeight();
			}
			float top = top(piece, this.y);
			this.page.add(new Placed(piece, top, false));
			this.y = top - piece.height();
			this.table = piece instanceof Row row ? row.table() : null;
		}

		/** On the next line of the grid, for a piece that keeps to it. */
		private static float top(Piece piece, float y) {
			if (!piece.grid()) {
				return y;
			}
			float lines = (float) Math.ceil((TOP - y) / LINE - 0.001f);
			return TOP - lines * LINE;
		}

	}

	// --- drawing ---

	/** One PDF being drawn: its fonts, and one page at a time. */
	private static final class Canvas {

		private final PDDocument pdf;

		private final DocumentFonts fonts;

		private final Map<DocumentFonts.Face, PDType0Font> embedded = new HashMap<>();

		/** The glyphs drawn as outlines in this document, by face and character. */
		private final Map<DocumentFonts.Face, Map<Integer, PDFormXObject>> glyphs = new HashMap<>();

		private PDPageContentStream out;

		/** Embeds in {@code pdf} the subset of each face that the pages show. */
		Canvas(PDDocument pdf, DocumentFonts fonts, List<List<Placed>> pages) throws IOException {
			this.pdf = pdf;
			this.fonts = fonts;
			Map<DocumentFonts.Face, Set<Integer>> shown = new HashMap<>();
			for (List<Placed> page : pages) {
				for (Placed p : page) {
					if (p.piece() instanceof Text text) {
						text.runs().forEach((run) -> shown(shown, run.face(), run.text()));
					}
					else if (p.piece() instanceof Row row && !p.repeated()) {
						DocumentFonts.Face face = row.header() ? fonts.boldFace() : fonts.regularFace();
						row.cells().forEach((lines) -> lines.forEach((line) -> shown(shown, face, line)));
					}
					else if (p.piece() instanceof Closing closing) {
						shown(shown, closing.signatory().face(), closing.signatory().text());
						shown(shown, closing.date().face(), closing.date().text());
					}
				}
			}
			for (Map.Entry<DocumentFonts.Face, Set<Integer>> face : shown.entrySet()) {
				this.embedded.put(face.getKey(), face.getKey().subset(pdf, face.getValue()));
			}
		}

		private static void shown(Map<DocumentFonts.Face, Set<Integer>> shown, DocumentFonts.Face face, String text) {
			Set<Integer> codePoints = shown.computeIfAbsent(face, (f) -> new HashSet<>());
			text.codePoints().forEach(codePoints::add);
		}

		void page(int number, String watermark, boolean[][] qr, List<Placed> placed) throws IOException {
			PDPage page = new PDPage(PAGE);
			this.pdf.addPage(page);
			try (PDPageContentStream stream = new PDPageContentStream(this.pdf, page)) {
				this.out = stream;
				if (watermark != null && !watermark.isBlank()) {
					watermark(oneLine(watermark).strip());
				}
				for (Placed p : placed) {
					if (p.piece() instanceof Text text) {
						text(text, p.y());
					}
					else if (p.piece() instanceof Row row) {
						row(row, p.y(), p.repeated());
					}
					else if (p.piece() instanceof Closing closing) {
						closing(closing, p.y());
					}
				}
				pageNumber(number);
				if (qr != null) {
					qr(qr);
				}
			}
			finally {
				this.out = null;
			}
		}

		private void text(Text text, float top) throws IOException {
			for (Run run : text.runs()) {
				show(run, baseline(top, text.height(), run.size()));
			}
			for (float[] rule : text.rules()) {
				rule(rule[0], rule[1], baseline(top, text.height(), BODY) - 3);
			}
		}

		private void row(Row row, float top, boolean outlined) throws IOException {
			TableLayout table = row.table();
			DocumentFonts.Face face = row.header() ? this.fonts.boldFace() : this.fonts.regularFace();
			this.out.setLineWidth(0.75f);
			for (int c = 0; c < table.x().length; c++) {
				this.out.addRect(table.x()[c], top - row.height(), table.widths()[c], row.height());
			}
			this.out.stroke();
			for (int c = 0; c < row.cells().size(); c++) {
				List<String> lines = row.cells().get(c);
				float start = top - (row.height() - lines.size() * TABLE_LEADING) / 2;
				for (int i = 0; i < lines.size(); i++) {
					Run run = new Run(face, TABLE, 0, 0, lines.get(i));
					float x = row.header() || table.centred()[c] ? table.x()[c] + (table.widths()[c] - run.width()) / 2
							: table.x()[c] + CELL_PADDING_X;
					run = new Run(face, TABLE, x, 0, lines.get(i));
					float baseline = baseline(start - i * TABLE_LEADING, TABLE_LEADING, TABLE);
					if (outlined) {
						artifact(run, baseline, 0f);
					}
					else {
						show(run, baseline);
					}
				}
			}
		}

		private void closing(Closing closing, float top) throws IOException {
			show(closing.signatory(), baseline(top, LINE, BODY));
			show(closing.date(), baseline(top - LINE, LINE, BODY));
			if (closing.seal()) {
				float cx = closing.date().x() + closing.date().width() / 2;
				float cy = top - Closing.SEAL_CENTRE;
				this.out.saveGraphicsState();
				this.out.setStrokingColor(0.85f, 0.1f, 0.1f);
				this.out.setLineWidth(0.6f);
				circle(cx, cy, SEAL_RADIUS);
				this.out.stroke();
				this.out.restoreGraphicsState();
			}
		}

		/**
		 * GB/T 9704-2012 7.5: 四号 Arabic numerals between two em dashes, the dashes 7 mm
		 * under the text block; odd pages at the right, even at the left, one character
		 * in.
		 */
		private void pageNumber(int number) throws IOException {
			String text = "— " + number + " —";
			DocumentFonts.Face face = this.fonts.regularFace();
			float width = face.advance(text) * PAGE_NUMBER / 1000;
			float x = number % 2 == 1 ? RIGHT - PAGE_NUMBER - width : LEFT + PAGE_NUMBER;
			float baseline = BOTTOM - 7 * MM - CENTRE * PAGE_NUMBER;
			artifact(new Run(face, PAGE_NUMBER, x, 0, text), baseline, 0f);
		}

		/**
		 * The verification QR code in the top margin at the right of the first page, with
		 * its caption under it, clear of the text block.
		 */
		private void qr(boolean[][] modules) throws IOException {
			float module = QR_SIZE / modules.length;
			float left = RIGHT - QR_SIZE;
			float top = PAGE.getHeight() - 8 * MM;
			this.out.beginMarkedContent(ARTIFACT);
			this.out.saveGraphicsState();
			this.out.setNonStrokingColor(0f);
			for (int row = 0; row < modules.length; row++) {
				int col = 0;
				while (col < modules[row].length) {
					if (!modules[row][col]) {
						col++;
						continue;
					}
					int start = col;
					while (col < modules[row].length && modules[row][col]) {
						col++;
					}
					this.out.addRect(left + start * module, top - (row + 1) * module, (col - start) * module, module);
				}
			}
			this.out.fill();
			this.out.restoreGraphicsState();
			this.out.endMarkedContent();
			DocumentFonts.Face face = this.fonts.regularFace();
			float width = face.advance(QR_CAPTION) * CAPTION / 1000;
			artifact(new Run(face, CAPTION, left + (QR_SIZE - width) / 2, 0, QR_CAPTION), top - QR_SIZE - 3.5f * MM,
					0f);
		}

		/** The watermark, light grey, across the page at 45°, under everything else. */
		private void watermark(String text) throws IOException {
			DocumentFonts.Face face = this.fonts.boldFace();
			float em = face.advance(text) / 1000;
			float size = Math.min(72, 0.85f * PAGE.getWidth() / (float) Math.cos(Math.PI / 4) / Math.max(em, 1));
			float width = em * size;
			AffineTransform place = AffineTransform.getTranslateInstance(PAGE.getWidth() / 2, PAGE.getHeight() / 2);
			place.rotate(Math.PI / 4);
			place.translate(-width / 2, -CENTRE * size);
			this.out.beginMarkedContent(ARTIFACT);
			this.out.saveGraphicsState();
			this.out.setNonStrokingColor(0.85f);
			outline(face, size, 0, text, place);
			this.out.restoreGraphicsState();
			this.out.endMarkedContent();
		}

		private void show(Run run, float baseline) throws IOException {
			if (run.text().isEmpty()) {
				return;
			}
			this.out.beginText();
			this.out.setFont(this.embedded.get(run.face()), run.size());
			this.out.setCharacterSpacing(run.tracking());
			this.out.setTextMatrix(Matrix.getTranslateInstance(run.x(), baseline));
			this.out.showText(run.text());
			this.out.endText();
		}

		/** Text drawn as the glyphs' outlines, outside the text layer. */
		private void artifact(Run run, float baseline, float grey) throws IOException {
			this.out.beginMarkedContent(ARTIFACT);
			this.out.saveGraphicsState();
			this.out.setNonStrokingColor(grey);
			outline(run.face(), run.size(), run.tracking(), run.text(),
					AffineTransform.getTranslateInstance(run.x(), baseline));
			this.out.restoreGraphicsState();
			this.out.endMarkedContent();
		}

		/**
		 * Fills the outlines of {@code text} set at {@code size}, placed by {@code at}:
		 * each glyph is a form XObject of this document made from the outline the face
		 * keeps, so a glyph drawn on every page is written once.
		 */
		private void outline(DocumentFonts.Face face, float size, float tracking, String text, AffineTransform at)
				throws IOException {
			float x = 0;
			float scale = size / face.unitsPerEm();
			for (int i = 0; i < text.length();) {
				int cp = text.codePointAt(i);
				if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
					AffineTransform glyph = new AffineTransform(at);
					glyph.translate(x, 0);
					glyph.scale(scale, scale);
					this.out.saveGraphicsState();
					this.out.transform(new Matrix(glyph));
					this.out.drawForm(glyphForm(face, cp));
					this.out.restoreGraphicsState();
				}
				x += face.advance(cp) * size / 1000 + tracking;
				i += Character.charCount(cp);
			}
		}

		/** The glyph of {@code codePoint} as a form of this document, in font units. */
		private PDFormXObject glyphForm(DocumentFonts.Face face, int codePoint) throws IOException {
			Map<Integer, PDFormXObject> forms = this.glyphs.computeIfAbsent(face, (f) -> new HashMap<>());
			PDFormXObject form = forms.get(codePoint);
			if (form == null) {
				form = new PDFormXObject(this.pdf);
				float em = face.unitsPerEm();
				form.setBBox(new PDRectangle(-em, -em, 3 * em, 3 * em));
				form.setResources(new PDResources());
				try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
					out.write(face.outlineOperators(codePoint));
				}
				forms.put(codePoint, form);
			}
			return form;
		}

		private void rule(float from, float to, float y) throws IOException {
			this.out.setLineWidth(0.5f);
			this.out.moveTo(from, y);
			this.out.lineTo(to, y);
			this.out.stroke();
		}

		private void circle(float cx, float cy, float r) throws IOException {
			float k = 0.5523f * r;
			this.out.moveTo(cx + r, cy);
			this.out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
			this.out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
			this.out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
			this.out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
			this.out.closePath();
		}

		/** The baseline of a line of {@code size} centred in a box from {@code top}. */
		private static float baseline(float top, float height, float size) {
			return top - height / 2 - CENTRE * size;
		}

	}

	// --- what the fonts can draw ---

	/**
	 * Every character of the document checked against the face that will draw it: one it
	 * cannot draw is refused, naming it and where it is, rather than left out or drawn as
	 * an empty box (a document must say exactly what it says).
	 */
	private static final class Glyphs {

		private final DocumentFonts.Face regular;

		private final DocumentFonts.Face bold;

		Glyphs(DocumentFonts fonts) {
			this.regular = fonts.regularFace();
			this.bold = fonts.boldFace();
		}

		void check(PrintedDocument d) {
			check(this.bold, "发文机关", d.issuer());
			check(this.bold, "标题", d.title());
			check(this.regular, "文号", d.number());
			check(this.regular, "主送", d.addressee());
			for (PrintedDocument.Block block : d.body()) {
				if (block instanceof PrintedDocument.Paragraph p) {
					check(this.regular, "正文", p.text());
				}
				else if (block instanceof PrintedDocument.Heading h) {
					check(this.bold, "正文标题", h.text());
				}
				else if (block instanceof PrintedDocument.Field f) {
					check(this.regular, "正文", f.label());
					check(this.regular, "正文", f.value());
				}
				else if (block instanceof PrintedDocument.Table t) {
					t.header().forEach((cell) -> check(this.bold, "表格", cell));
					t.rows().forEach((row) -> row.forEach((cell) -> check(this.regular, "表格", cell)));
				}
				else if (block instanceof PrintedDocument.Signature s) {
					s.labels().forEach((label) -> check(this.regular, "签名栏", label));
				}
			}
			check(this.regular, "落款", d.signatory());
			check(this.bold, "水印", d.watermark());
		}

		private void check(DocumentFonts.Face face, String where, String text) {
			if (text == null) {
				return;
			}
			for (int i = 0; i < text.length();) {
				int cp = text.codePointAt(i);
				i += Character.charCount(cp);
				if (cp == '\t' || cp == '\n' || cp == '\r' || cp == ' ' || face.canDraw(cp)) {
					continue;
				}
				String code = String.format("U+%04X", cp);
				String shown = Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT ? "控制字符 " + code
						: "“" + new String(Character.toChars(cp)) + "”（" + code + "）";
				throw new IllegalArgumentException(
						"文书的" + where + "中有字符" + shown + "，文书字体（" + face.name() + "）无法显示，不能生成文书。请改用规范汉字，或删除该字符");
			}
		}

	}

}
