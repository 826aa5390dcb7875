package org.sanxiang.disclosure.search;

/**
 * How the recall fields see text. Every step maps or drops single characters, the same
 * way for what is indexed and for the query, so a query that is a substring of a value is
 * still a substring of it afterwards: the exact-substring guarantee survives
 * normalisation. Full-width letters, digits and punctuation become half-width, letters
 * lower case, and white space goes; document numbers also lose their brackets and 号, so
 * 〔2025〕1, 2025 1 and [2025]1号 all find 新发改许〔2025〕1号.
 */
final class SearchText {

	/** The longest query accepted; longer text is refused with a message. */
	static final int MAX_QUERY = 50;

	private SearchText() {
	}

	/** Party and item names: folded, without white space. */
	static String name(String text) {
		return normalise(text, false);
	}

	/**
	 * Document numbers (文书号): folded, without white space, brackets 〔〕[]()（）【】〖〗 or 号.
	 */
	static String number(String text) {
		return normalise(text, true);
	}

	private static String normalise(String text, boolean number) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			int folded = fold(c);
			if (Character.isWhitespace(folded) || Character.isSpaceChar(folded)) {
				return;
			}
			if (number && dropsFromNumber(folded)) {
				return;
			}
			out.appendCodePoint(folded);
		});
		return out.toString();
	}

	private static int fold(int c) {
		if (c >= 0xFF01 && c <= 0xFF5E) {
			c -= 0xFEE0;
		}
		else if (c == 0x3000) {
			c = ' ';
		}
		if (c >= 'A' && c <= 'Z') {
			c += 'a' - 'A';
		}
		return c;
	}

	private static boolean dropsFromNumber(int c) {
		return switch (c) {
			case '〔', '〕', '[', ']', '(', ')', '【', '】', '〖', '〗', '号' -> true;
			default -> false;
		};
	}

}
