package org.sanxiang.documents;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese line breaking (行首行尾禁则) on the body grid of GB/T 9704-2012. */
class LineBreakingTests {

	private static final DocumentFonts.Face face = new DocumentFonts().regularFace();

	private static List<String> lines(String text) {
		return LineBreaking.lines(text, face, PdfDocumentRenderer.BODY, PdfDocumentRenderer.BODY_TRACKING,
				PdfDocumentRenderer.WIDTH, PdfDocumentRenderer.WIDTH);
	}

	@Test
	void aLineOfTheGridHoldsTwentyEightCharacters() {
		assertThat(lines("字".repeat(60))).containsExactly("字".repeat(28), "字".repeat(28), "字".repeat(4));
	}

	@Test
	void aClosingMarkNeverStartsALineItHangsAtTheEndOfTheOneBefore() {
		List<String> lines = lines("字".repeat(28) + "。”下一句。");
		assertThat(lines).containsExactly("字".repeat(28) + "。”", "下一句。");
	}

	@Test
	void anOpeningMarkNeverEndsALine() {
		List<String> lines = lines("字".repeat(27) + "《行政许可法》");
		assertThat(lines).containsExactly("字".repeat(27), "《行政许可法》");
	}

	@Test
	void aRunOfLatinLettersAndDigitsStaysWhole() {
		List<String> lines = lines("字".repeat(22) + "邮件号EMS1100000000000已签收");
		assertThat(lines.get(0)).endsWith("邮件号");
		assertThat(lines.get(1)).startsWith("EMS1100000000000");
	}

	@Test
	void aRunLongerThanALineIsBrokenBetweenCharacters() {
		List<String> lines = lines("x".repeat(200));
		assertThat(String.join("", lines)).isEqualTo("x".repeat(200));
		assertThat(lines).hasSizeGreaterThan(1);
	}

	@Test
	void spacesAtTheEdgesOfALineAreDropped() {
		assertThat(lines("  字字  字  ")).containsExactly("字字  字");
		assertThat(lines("")).containsExactly("");
	}

}
