package org.sanxiang.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks Chinese text into lines of a given width, as typesetting rules for Chinese
 * (标点符号用法 GB/T 15834, 行首行尾禁则) want it: a closing mark (，。、；：？！）》” …) never starts a line
 * — it hangs at the end of the line before (标点悬挂); an opening mark (（《“ …) never ends one
 * — it moves to the next; a run of Latin letters and digits (a year, a credit code, a
 * tracking number, a web address) is kept whole unless it is longer than a line. Spaces
 * at the edges of a line are dropped. Pure: widths come from the face.
 */
final class LineBreaking {

	/** Marks that may not start a line. */
	private static final String NO_START = "，。、；：？！）》」』】〕〗〉’”…·％‰～,.;:?!)]}%";

	/** Marks that may not end a line. */
	private static final String NO_END = "（《「『【〔〖〈‘“([{";

	private static final float EPSILON = 0.01f;

	private LineBreaking() {
	}

	/**
	 * The lines of {@code text} (no line breaks in it) set in {@code face} at
	 * {@code size} with {@code tracking} points added after each character; the first
	 * line is {@code firstWidth} wide, the others {@code width}. Never empty: an empty
	 * text is one empty line.
	 */
	static List<String> lines(String text, DocumentFonts.Face face, float size, float tracking, float firstWidth,
			float width) {
		List<String> lines = new ArrayList<>();
		List<String> tokens = tokens(text);
		StringBuilder line = new StringBuilder();
		float used = 0;
		float available = firstWidth;
		int i = 0;
		while (i < tokens.size()) {
			String token = tokens.get(i);
			if (token.isBlank()) {
				if (!line.isEmpty()) {
					line.append(token);
					used += width(token, face, size, tracking);
				}
				i++;
				continue;
			}
			float w = width(token, face, size, tracking);
			if (used + w <= available + EPSILON) {
				line.append(token);
				used += w;
				i++;
				continue;
			}
			if (!line.toString().isBlank() && noStart(token)) {
				// hang the closing marks at the end of this line
				while (i < tokens.size() && noStart(tokens.get(i))) {
					line.append(tokens.get(i++));
				}
				lines.add(line.toString().strip());
				line.setLength(0);
				used = 0;
				available = width;
				continue;
			}
			if (line.toString().isBlank()) {
				// a run longer than the whole line: break it between characters
				int end = fitting(token, face, size, tracking, available);
				lines.add(token.substring(0, end));
				tokens.set(i, token.substring(end));
				line.setLength(0);
				used = 0;
				available = width;
				continue;
			}
			String done = line.toString().stripTrailing();
			String carried = "";
			int last = done.offsetByCodePoints(done.length(), -1);
			if (last > 0 && NO_END.indexOf(done.codePointAt(last)) >= 0) {
				carried = done.substring(last);
				done = done.substring(0, last).stripTrailing();
			}
			lines.add(done);
			line.setLength(0);
			line.append(carried);
			used = width(carried, face, size, tracking);
			available = width;
		}
		if (!line.toString().isBlank() || lines.isEmpty()) {
			lines.add(line.toString().strip());
		}
		return lines;
	}

	/**
	 * The width a line takes: each character its advance and the tracking after it, so
	 * that on the body grid each full-width character takes one cell of 156 mm / 28 (its
	 * 16 pt box overhangs the next cell by the 0.2 pt of negative tracking, its ink does
	 * not).
	 */
	static float width(String text, DocumentFonts.Face face, float size, float tracking) {
		return face.advance(text) * size / 1000f + text.codePointCount(0, text.length()) * tracking;
	}

	/** How many chars of a run fit (at least one character). */
	private static int fitting(String run, DocumentFonts.Face face, float size, float tracking, float available) {
		float used = 0;
		int i = 0;
		while (i < run.length()) {
			int cp = run.codePointAt(i);
			float w = face.advance(cp) * size / 1000f + tracking;
			if (i > 0 && used + w > available + EPSILON) {
				break;
			}
			used += w;
			i += Character.charCount(cp);
		}
		return i;
	}

	private static boolean noStart(String token) {
		return token.codePointCount(0, token.length()) == 1 && NO_START.indexOf(token.codePointAt(0)) >= 0;
	}

	/**
	 * Runs of spaces, runs of Latin letters and digits (everything below the general
	 * punctuation block that is not a space), and every other character on its own.
	 */
	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			int end = i + Character.charCount(cp);
			if (space(cp)) {
				while (end < text.length() && space(text.codePointAt(end))) {
					end += Character.charCount(text.codePointAt(end));
				}
			}
			else if (latin(cp) && NO_START.indexOf(cp) < 0 && NO_END.indexOf(cp) < 0) {
				while (end < text.length() && latin(text.codePointAt(end))
						&& NO_END.indexOf(text.codePointAt(end)) < 0) {
					end += Character.charCount(text.codePointAt(end));
				}
			}
			tokens.add(text.substring(i, end));
			i = end;
		}
		return tokens;
	}

	private static boolean space(int cp) {
		return cp == ' ' || cp == '\u3000';
	}

	private static boolean latin(int cp) {
		return cp < 0x2000 && !space(cp);
	}

}
