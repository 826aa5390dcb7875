package org.sanxiang.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Renders the five-page 准予行政许可决定书 of {@link PrintedDocumentFixtures} for the benchmark in
 * {@code bench/}, which runs outside the module: with the platform's renderer, and as the
 * baselines — the same text as plain lines of one font, without layout. It lives here
 * because the renderer and the layout model are the module's internals.
 */
public final class DocumentRenderDriver {

	/** Characters and lines of the plain baselines: the body grid, without the grid. */
	private static final int CHARS = 28;

	private static final int LINES = 22;

	private final DocumentFonts fonts;

	private final PdfDocumentRenderer renderer;

	private final PrintedDocument decision = PrintedDocumentFixtures.grantDecision();

	/** The decision's text cut into lines of 28 characters: what the baselines print. */
	private final List<String> plainLines = new ArrayList<>();

	private final Set<Integer> plainCodePoints = new HashSet<>();

	private DocumentRenderDriver() {
		this.fonts = new DocumentFonts();
		this.renderer = new PdfDocumentRenderer(this.fonts);
		for (String line : this.decision.lines()) {
			int[] cps = line.codePoints().toArray();
			for (int from = 0; from < Math.max(cps.length, 1); from += CHARS) {
				this.plainLines.add(new String(cps, from, Math.min(CHARS, cps.length - from)));
			}
			line.codePoints().forEach(this.plainCodePoints::add);
		}
	}

	/** Parses the fonts (once, as the application does at start). */
	public static DocumentRenderDriver start() {
		return new DocumentRenderDriver();
	}

	/** The platform: the decision laid out after GB/T 9704 and drawn. */
	public byte[] render() {
		return this.renderer.render(this.decision);
	}

	/**
	 * Baseline: the same text as plain lines of 28 characters, 22 a page, in the regular
	 * face, embedded the way PDFBox embeds a font by default
	 * ({@code PDType0Font.load(document, font, true)}, subset when saved), from the same
	 * parsed font.
	 */
	public byte[] plainWithPdfBoxEmbedding() {
		return plain(false);
	}

	/**
	 * Baseline: the same plain lines, with the font embedded as the renderer embeds it
	 * (its own subset dictionaries): what is left of the difference is the layout.
	 */
	public byte[] plainWithTheRenderersEmbedding() {
		return plain(true);
	}

	/** Whether the text extracted from a rendered PDF equals the decision's text. */
	public boolean extractsExactly(byte[] pdf) {
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(loaded)
				.replaceAll("\\s", "")
				.equals(String.join("", this.decision.lines()).replaceAll("\\s", ""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static int pages(byte[] pdf) {
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			return loaded.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] plain(boolean renderersEmbedding) {
		try (PDDocument pdf = new PDDocument()) {
			DocumentFonts.Face face = this.fonts.regularFace();
			PDFont font = renderersEmbedding ? face.subset(pdf, this.plainCodePoints)
					: PDType0Font.load(pdf, face.font(), true);
			for (int from = 0; from < this.plainLines.size(); from += LINES) {
				PDPage page = new PDPage(PDRectangle.A4);
				pdf.addPage(page);
				try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
					stream.beginText();
					stream.setFont(font, 16);
					stream.setLeading(29);
					stream.newLineAtOffset(79, 720);
					for (String line : this.plainLines.subList(from, Math.min(this.plainLines.size(), from + LINES))) {
						stream.showText(line);
						stream.newLine();
					}
					stream.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
