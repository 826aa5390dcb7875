package org.sanxiang.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Draws documents with PDFBox on A4: a first, plain layout (title, number, body lines
 * wrapped to the text block, signatory and date at the right).
 */
@Component
class PdfDocumentRenderer implements DocumentRenderer {

	private static final float MM = 72f / 25.4f;

	private static final float LEFT = 28 * MM;

	private static final float RIGHT = 26 * MM;

	private static final float TOP = 37 * MM;

	private static final float BOTTOM = 35 * MM;

	private static final float BODY_SIZE = 16;

	private static final float LEADING = 28.9f;

	private final DocumentFonts fonts;

	PdfDocumentRenderer(DocumentFonts fonts) {
		this.fonts = fonts;
	}

	@Override
	public byte[] render(PrintedDocument document) {
		try (PDDocument pdf = new PDDocument()) {
			PDType0Font body = PDType0Font.load(pdf, new ByteArrayInputStream(this.fonts.regular()), true);
			PDType0Font title = PDType0Font.load(pdf, new ByteArrayInputStream(this.fonts.bold()), true);
			Pages pages = new Pages(pdf);
			pages.centred(title, 22, document.issuer());
			pages.centred(title, 22, document.title());
			if (document.number() != null) {
				pages.right(body, BODY_SIZE, document.number());
			}
			if (document.addressee() != null) {
				pages.wrapped(body, BODY_SIZE, document.addressee() + "：", 0);
			}
			for (PrintedDocument.Block block : document.body()) {
				for (String line : block.lines()) {
					pages.wrapped(body, BODY_SIZE, line, block instanceof PrintedDocument.Paragraph ? 2 : 0);
				}
			}
			pages.right(body, BODY_SIZE, document.signatory());
			pages.right(body, BODY_SIZE, DocumentDates.chinese(document.date()));
			pages.close();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The page being written and the baseline of the next line. */
	private static final class Pages {

		private final PDDocument pdf;

		private PDPageContentStream stream;

		private float y;

		Pages(PDDocument pdf) {
			this.pdf = pdf;
		}

		void centred(PDType0Font font, float size, String text) throws IOException {
			float width = font.getStringWidth(text) / 1000 * size;
			line(font, size, text, (PDRectangle.A4.getWidth() - width) / 2);
		}

		void right(PDType0Font font, float size, String text) throws IOException {
			float width = font.getStringWidth(text) / 1000 * size;
			line(font, size, text, PDRectangle.A4.getWidth() - RIGHT - width);
		}

		void wrapped(PDType0Font font, float size, String text, int indentChars) throws IOException {
			float max = PDRectangle.A4.getWidth() - LEFT - RIGHT;
			List<String> lines = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			float indent = indentChars * size;
			float available = max - indent;
			for (int i = 0; i < text.length();) {
				int cp = text.codePointAt(i);
				String ch = new String(Character.toChars(cp));
				if (font.getStringWidth(current + ch) / 1000 * size > available && current.length() > 0) {
					lines.add(current.toString());
					current.setLength(0);
					available = max;
				}
				current.append(ch);
				i += Character.charCount(cp);
			}
			lines.add(current.toString());
			for (int i = 0; i < lines.size(); i++) {
				line(font, size, lines.get(i), LEFT + (i == 0 ? indent : 0));
			}
		}

		private void line(PDType0Font font, float size, String text, float x) throws IOException {
			if (this.stream == null || this.y < BOTTOM) {
				close();
				PDPage page = new PDPage(PDRectangle.A4);
				this.pdf.addPage(page);
				this.stream = new PDPageContentStream(this.pdf, page);
				this.y = PDRectangle.A4.getHeight() - TOP;
			}
			this.stream.beginText();
			this.stream.setFont(font, size);
			this.stream.newLineAtOffset(x, this.y);
			this.stream.showText(text);
			this.stream.endText();
			this.y -= LEADING;
		}

		void close() throws IOException {
			if (this.stream != null) {
				this.stream.close();
				this.stream = null;
			}
		}

	}

}
