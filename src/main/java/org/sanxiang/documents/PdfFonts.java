package org.sanxiang.documents;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.stereotype.Component;

/**
 * The documents' embedded Chinese faces (Noto Serif SC, see {@link DocumentFonts}) for
 * other PDFs the platform prints, such as supervision's reports: each document embeds the
 * subset of the characters it shows, so the caller names them all before drawing and
 * draws no other. A character the faces cannot draw is the caller's to replace
 * ({@link #canDraw}).
 */
@Component
public class PdfFonts {

	private final DocumentFonts fonts;

	PdfFonts(DocumentFonts fonts) {
		this.fonts = fonts;
	}

	/** Whether both faces draw the character. */
	public boolean canDraw(int codePoint) {
		return this.fonts.regularFace().canDraw(codePoint) && this.fonts.boldFace().canDraw(codePoint);
	}

	/** The body face (regular) embedded in the document for the characters of text. */
	public PDType0Font body(PDDocument document, CharSequence text) throws IOException {
		return this.fonts.regularFace().subset(document, codePoints(text));
	}

	/** The title face (bold) embedded in the document for the characters of text. */
	public PDType0Font title(PDDocument document, CharSequence text) throws IOException {
		return this.fonts.boldFace().subset(document, codePoints(text));
	}

	/** The width of text set in the body face at size points. */
	public float bodyWidth(String text, float size) {
		return this.fonts.regularFace().advance(text) * size / 1000;
	}

	/** The width of text set in the title face at size points. */
	public float titleWidth(String text, float size) {
		return this.fonts.boldFace().advance(text) * size / 1000;
	}

	private static Set<Integer> codePoints(CharSequence text) {
		Set<Integer> points = new TreeSet<>();
		text.codePoints().forEach(points::add);
		points.add((int) ' ');
		return points;
	}

}
