package org.sanxiang.evidence;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void keepsOnlyTheLastSegmentOfAPathLikeName() {
		assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.safe("C:\\Users\\执法\\现场检查.mp4")).isEqualTo("现场检查.mp4");
		assertThat(FileNames.safe("..")).isEqualTo(FileNames.UNNAMED);
		assertThat(FileNames.safe(".hidden")).isEqualTo("hidden");
	}

	@Test
	void replacesControlAndReservedCharacters() {
		assertThat(FileNames.safe("a\u0000b\nc<d>.mp4")).isEqualTo("a_b_c_d_.mp4");
		assertThat(FileNames.safe("a\u202Egpj.exe")).isEqualTo("a_gpj.exe");
	}

	@Test
	void bytesThatAreNotUtf8AreReplacedNotKept() {
		byte[] gbk = "你好.mp4".getBytes(java.nio.charset.Charset.forName("GBK"));
		String name = FileNames.fromBytes(gbk);
		assertThat(name).endsWith(".mp4").doesNotContain("\uFFFD");
		assertThat(FileNames.fromBytes("询问笔录.pdf".getBytes(StandardCharsets.UTF_8))).isEqualTo("询问笔录.pdf");
	}

	@Test
	void aVeryLongNameIsShortenedKeepingItsExtension() {
		String name = FileNames.safe("录".repeat(300) + ".mp4");
		assertThat(name).endsWith(".mp4");
		assertThat(name.codePointCount(0, name.length())).isEqualTo(200);
	}

	@Test
	void emptyBecomesUnnamed() {
		assertThat(FileNames.safe("  ")).isEqualTo(FileNames.UNNAMED);
		assertThat(FileNames.fromBytes(new byte[0])).isEqualTo(FileNames.UNNAMED);
	}

}
