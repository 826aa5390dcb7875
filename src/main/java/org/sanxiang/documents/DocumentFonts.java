package org.sanxiang.documents;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fonts every document embeds, shipped with the application so documents render the
 * same on a server with no Chinese fonts: Noto Serif SC (SIL Open Font License 1.1, see
 * {@code fonts/OFL.txt}), static TrueType outlines that PDFBox can subset and embed.
 * Regular sets the body (the role 仿宋 plays in GB/T 9704), bold the titles (小标宋).
 * <p>
 * Each file is parsed once, when the application starts, and the parsed font is shared by
 * every document and every thread; each document embeds its own subset of the glyphs it
 * uses, cut by PDFBox's {@link TTFSubsetter}. Sharing is safe with PDFBox 3.0.8 as it is
 * used here (checked against its classes): a font parsed from memory keeps its bytes in
 * one array that is never written again (the subsetter reads the original data through a
 * new stream each time, and closing such a font does nothing); tables are read under the
 * font's own lock, glyph outlines under the glyph table's; and every table, the cmap and
 * the cached counts are read here, before the bean is published, so no thread later sees
 * a half-read table. Glyph substitution (GSUB) is off: Chinese needs no shaping, and one
 * glyph per character keeps text extraction exact.
 * <p>
 * The subset's font dictionaries are written here ({@link Face#subset}) rather than by
 * {@code PDType0Font.load(document, font, true)}: that call writes, then parses, a width
 * for each of the font's tens of thousands of glyphs in every document before it subsets
 * (about 30 ms a document for the two faces); the subset needs widths only for the few
 * hundred glyphs the document shows.
 */
@Component
class DocumentFonts {

	private final Face regular;

	private final Face bold;

	DocumentFonts() {
		this.regular = Face.load("fonts/NotoSerifSC-Regular.ttf", "Noto Serif SC");
		this.bold = Face.load("fonts/NotoSerifSC-Bold.ttf", "Noto Serif SC Bold");
	}

	/** The body face. */
	Face regularFace() {
		return this.regular;
	}

	/** The title face. */
	Face boldFace() {
		return this.bold;
	}

	/**
	 * One parsed face: which characters it can draw, their advance widths, their
	 * outlines, and a subset of it embedded in a document.
	 */
	static final class Face {

		/** The tables a subset keeps: those PDFBox's own embedder keeps. */
		private static final char[] HEX = "0123456789ABCDEF".toCharArray();

		private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep",
				"glyf", "hmtx", "fpgm", "gasp");

		private final String name;

		private final TrueTypeFont font;

		private final CmapLookup cmap;

		private final float unitsPerEm;

		private final Map<Integer, GeneralPath> outlines = new ConcurrentHashMap<>();

		private final Map<Integer, byte[]> outlineOperators = new ConcurrentHashMap<>();

		/** The font descriptor's values, as PDFBox computes them for the whole font. */
		private final Metrics metrics;

		/**
		 * The parsed font, shared: for a caller that lets PDFBox embed it
		 * ({@code PDType0Font.load(document, font, true)}, subset when the document is
		 * saved), never to be modified or closed.
		 */
		TrueTypeFont trueType() {
			return this.font;
		}

		private Face(String name, TrueTypeFont font) throws IOException {
			this.name = name;
			this.font = font;
			font.setEnableGsub(false);
			// read every table now, on the starting thread (see the class comment)
			font.getHeader();
			font.getHorizontalHeader();
			font.getMaximumProfile();
			font.getHorizontalMetrics();
			font.getNaming();
			font.getOS2Windows();
			font.getPostScript();
			font.getCmap();
			font.getIndexToLocation();
			font.getGlyph();
			font.getVerticalHeader();
			font.getVerticalMetrics();
			font.getVerticalOrigin();
			font.getKerning();
			font.getNumberOfGlyphs();
			font.getName();
			font.nameToGID(".notdef");
			this.unitsPerEm = font.getUnitsPerEm();
			this.cmap = font.getUnicodeCmapLookup();
			try (PDDocument scratch = new PDDocument()) {
				this.metrics = Metrics.of(PDType0Font.load(scratch, font, true).getFontDescriptor());
			}
		}

		static Face load(String path, String name) {
			try (InputStream in = new ClassPathResource(path).getInputStream()) {
				return new Face(name, new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes())));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("找不到文书字体 " + path, ex);
			}
		}

		String name() {
			return this.name;
		}

		/** The parsed font, for a caller that embeds it with PDFBox's own loader. */
		TrueTypeFont font() {
			return this.font;
		}

		/** Whether the face has a glyph for the character. */
		boolean canDraw(int codePoint) {
			return this.cmap.getGlyphId(codePoint) > 0;
		}

		/** The advance of the character in thousandths of the font size (text space). */
		float advance(int codePoint) {
			try {
				return this.font.getAdvanceWidth(this.cmap.getGlyphId(codePoint)) * 1000f / this.unitsPerEm;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** The advance of a string in thousandths of the font size. */
		float advance(String text) {
			float width = 0;
			for (int i = 0; i < text.length();) {
				int cp = text.codePointAt(i);
				width += advance(cp);
				i += Character.charCount(cp);
			}
			return width;
		}

		/**
		 * The outline of the character in font units (em = {@link #unitsPerEm()}), for
		 * text drawn as shapes outside the text layer; empty for a blank glyph.
		 */
		GeneralPath outline(int codePoint) {
			return this.outlines.computeIfAbsent(this.cmap.getGlyphId(codePoint), (gid) -> {
				try {
					GlyphData glyph = this.font.getGlyph().getGlyph(gid);
					return glyph == null ? new GeneralPath() : glyph.getPath();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}

		float unitsPerEm() {
			return this.unitsPerEm;
		}

		/**
		 * The outline of the character as the operators of a PDF content stream that fill
		 * it, in font units (ISO 32000-1 8.5: m, l, c, h, f; quadratic segments raised to
		 * cubic ones). Made once per glyph and kept.
		 */
		byte[] outlineOperators(int codePoint) {
			return this.outlineOperators.computeIfAbsent(this.cmap.getGlyphId(codePoint), (gid) -> {
				StringBuilder ops = new StringBuilder(1024);
				double[] c = new double[6];
				// the current point, from which a quadratic segment is raised to a cubic
				// one
				double x = 0;
				double y = 0;
				for (PathIterator path = outline(codePoint).getPathIterator(null); !path.isDone(); path.next()) {
					int type = path.currentSegment(c);
					switch (type) {
						case PathIterator.SEG_MOVETO -> ops.append(n(c[0])).append(' ').append(n(c[1])).append(" m\n");
						case PathIterator.SEG_LINETO -> ops.append(n(c[0])).append(' ').append(n(c[1])).append(" l\n");
						case PathIterator.SEG_QUADTO -> ops.append(n(x + 2 * (c[0] - x) / 3))
							.append(' ')
							.append(n(y + 2 * (c[1] - y) / 3))
							.append(' ')
							.append(n(c[2] + 2 * (c[0] - c[2]) / 3))
							.append(' ')
							.append(n(c[3] + 2 * (c[1] - c[3]) / 3))
							.append(' ')
							.append(n(c[2]))
							.append(' ')
							.append(n(c[3]))
							.append(" c\n");
						case PathIterator.SEG_CUBICTO -> ops.append(n(c[0]))
							.append(' ')
							.append(n(c[1]))
							.append(' ')
							.append(n(c[2]))
							.append(' ')
							.append(n(c[3]))
							.append(' ')
							.append(n(c[4]))
							.append(' ')
							.append(n(c[5]))
							.append(" c\n");
						default -> ops.append("h\n");
					}
					int end = type == PathIterator.SEG_QUADTO ? 2 : type == PathIterator.SEG_CUBICTO ? 4 : 0;
					if (type != PathIterator.SEG_CLOSE) {
						x = c[end];
						y = c[end + 1];
					}
				}
				ops.append("f\n");
				return ops.toString().getBytes(StandardCharsets.US_ASCII);
			});
		}

		/** A coordinate in font units, to a hundredth. */
		private static String n(double value) {
			long hundredths = Math.round(value * 100);
			return hundredths % 100 == 0 ? Long.toString(hundredths / 100)
					: BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
		}

		/**
		 * The face embedded in one document as the subset of the glyphs of
		 * {@code codePoints} (ISO 32000-1 9.7: a Type 0 font over a CIDFontType2 whose
		 * CIDs are the subset's glyph ids, with a ToUnicode map so that text can be
		 * extracted). It shows only those characters.
		 */
		PDType0Font subset(PDDocument document, Set<Integer> codePoints) throws IOException {
			TTFSubsetter subsetter = new TTFSubsetter(this.font, SUBSET_TABLES);
			subsetter.addAll(codePoints);
			Map<Integer, Integer> glyphByCid = subsetter.getGIDMap();
			ByteArrayOutputStream file = new ByteArrayOutputStream(512 * codePoints.size() + 4096);
			subsetter.writeToStream(file);
			Map<Integer, Integer> cidByGlyph = new HashMap<>();
			glyphByCid.forEach((cid, glyph) -> cidByGlyph.put(glyph, cid));
			String baseFont = tag(glyphByCid) + "+" + this.font.getName();

			// plain while PDFBox parses it for the font object below, compressed after
			COSStream fontFile = document.getDocument().createCOSStream();
			try (OutputStream out = fontFile.createOutputStream()) {
				file.writeTo(out);
			}
			fontFile.setInt(COSName.LENGTH1, file.size());
			COSDictionary descriptor = this.metrics.descriptor(baseFont);
			descriptor.setItem(COSName.FONT_FILE2, fontFile);

			COSArray advances = new COSArray();
			for (int cid = 0; cid < glyphByCid.size(); cid++) {
				advances.add(COSInteger
					.get(Math.round(this.font.getAdvanceWidth(glyphByCid.get(cid)) * 1000f / this.unitsPerEm)));
			}
			COSArray widths = new COSArray();
			widths.add(COSInteger.ZERO);
			widths.add(advances);
			COSDictionary systemInfo = new COSDictionary();
			systemInfo.setString(COSName.REGISTRY, "Adobe");
			systemInfo.setString(COSName.ORDERING, "Identity");
			systemInfo.setInt(COSName.SUPPLEMENT, 0);
			COSDictionary cidFont = new COSDictionary();
			cidFont.setItem(COSName.TYPE, COSName.FONT);
			cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
			cidFont.setName(COSName.BASE_FONT, baseFont);
			cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
			cidFont.setItem(COSName.FONT_DESC, descriptor);
			cidFont.setItem(COSName.W, widths);
			cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

			COSStream toUnicode = document.getDocument().createCOSStream();
			try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
				out.write(toUnicode(codePoints, cidByGlyph).getBytes(StandardCharsets.US_ASCII));
			}
			COSDictionary type0 = new COSDictionary();
			type0.setItem(COSName.TYPE, COSName.FONT);
			type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
			type0.setName(COSName.BASE_FONT, baseFont);
			type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
			COSArray descendants = new COSArray();
			descendants.add(cidFont);
			type0.setItem(COSName.DESCENDANT_FONTS, descendants);
			type0.setItem(COSName.TO_UNICODE, toUnicode);
			Subset subset = new Subset(type0, this, cidByGlyph);
			deflate(fontFile, file.toByteArray());
			return subset;
		}

		/**
		 * Compresses a stream at the fastest level: glyph outlines shrink by a third at
		 * any level, and level 1 takes a third less time than the default for about 5 %
		 * more bytes.
		 */
		private static void deflate(COSStream stream, byte[] data) throws IOException {
			Deflater deflater = new Deflater(Deflater.BEST_SPEED);
			try (OutputStream out = new DeflaterOutputStream(stream.createRawOutputStream(), deflater, 64 * 1024)) {
				out.write(data);
			}
			finally {
				deflater.end();
			}
			stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
		}

		/**
		 * The CMap from each CID (two bytes) to its character (UTF-16BE). Where two
		 * characters share a glyph the first one keeps it.
		 */
		private String toUnicode(Set<Integer> codePoints, Map<Integer, Integer> cidByGlyph) {
			int[] characterByCid = new int[cidByGlyph.size() + 1];
			for (int cp : codePoints) {
				Integer cid = cidByGlyph.get(this.cmap.getGlyphId(cp));
				if (cid != null && cid > 0 && cid < characterByCid.length && characterByCid[cid] == 0) {
					characterByCid[cid] = cp;
				}
			}
			StringBuilder cmap = new StringBuilder(24 * characterByCid.length + 512);
			cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
				.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
				.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
				.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
			List<Integer> cids = new ArrayList<>();
			for (int cid = 1; cid < characterByCid.length; cid++) {
				if (characterByCid[cid] != 0) {
					cids.add(cid);
				}
			}
			for (int from = 0; from < cids.size(); from += 100) {
				int to = Math.min(cids.size(), from + 100);
				cmap.append(to - from).append(" beginbfchar\n");
				for (int cid : cids.subList(from, to)) {
					cmap.append('<');
					hex4(cmap, cid);
					cmap.append("> <");
					for (char c : Character.toChars(characterByCid[cid])) {
						hex4(cmap, c);
					}
					cmap.append(">\n");
				}
				cmap.append("endbfchar\n");
			}
			cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
			return cmap.toString();
		}

		private static void hex4(StringBuilder out, int value) {
			for (int shift = 12; shift >= 0; shift -= 4) {
				out.append(HEX[(value >> shift) & 0xF]);
			}
		}

		/** Six capital letters from the subset's glyphs, as PDF names subset fonts. */
		private static String tag(Map<Integer, Integer> glyphs) {
			long hash = Integer.toUnsignedLong(glyphs.hashCode()) * 31 + glyphs.size();
			StringBuilder tag = new StringBuilder(6);
			for (int i = 0; i < 6; i++) {
				tag.append((char) ('A' + (int) (hash % 26)));
				hash /= 26;
			}
			return tag.toString();
		}

	}

	/** A face's font descriptor values (ISO 32000-1 9.8). */
	private record Metrics(int flags, float[] box, float italicAngle, float ascent, float descent, float capHeight,
			float stemV) {

		static Metrics of(PDFontDescriptor d) {
			PDRectangle b = d.getFontBoundingBox();
			return new Metrics(d.getFlags(),
					new float[] { b.getLowerLeftX(), b.getLowerLeftY(), b.getUpperRightX(), b.getUpperRightY() },
					d.getItalicAngle(), d.getAscent(), d.getDescent(), d.getCapHeight(), d.getStemV());
		}

		COSDictionary descriptor(String fontName) {
			COSDictionary d = new COSDictionary();
			d.setItem(COSName.TYPE, COSName.FONT_DESC);
			d.setName(COSName.FONT_NAME, fontName);
			d.setInt(COSName.FLAGS, this.flags);
			COSArray box = new COSArray();
			for (float v : this.box) {
				box.add(new COSFloat(v));
			}
			d.setItem(COSName.FONT_BBOX, box);
			d.setFloat(COSName.ITALIC_ANGLE, this.italicAngle);
			d.setFloat(COSName.ASCENT, this.ascent);
			d.setFloat(COSName.DESCENT, this.descent);
			d.setFloat(COSName.CAP_HEIGHT, this.capHeight);
			d.setFloat(COSName.STEM_V, this.stemV);
			return d;
		}

	}

	/**
	 * A face embedded in one document: a character is shown by its glyph's CID in the
	 * subset. A character outside the subset is a bug of the caller, which built the
	 * subset from the characters it shows.
	 */
	private static final class Subset extends PDType0Font {

		private final Face face;

		private final Map<Integer, Integer> cidByGlyph;

		Subset(COSDictionary dictionary, Face face, Map<Integer, Integer> cidByGlyph) throws IOException {
			super(dictionary);
			this.face = face;
			this.cidByGlyph = cidByGlyph;
		}

		@Override
		protected byte[] encode(int unicode) {
			Integer cid = this.cidByGlyph.get(this.face.cmap.getGlyphId(unicode));
			if (cid == null) {
				throw new IllegalStateException("U+" + Integer.toHexString(unicode) + " is not in the subset");
			}
			return new byte[] { (byte) (cid >> 8), (byte) (cid & 0xFF) };
		}

	}

}
