package org.sanxiang.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

	@Test
	void quotesCommasQuotesAndLineBreaksAsRfc4180() {
		assertThat(CsvWriter.cell("新田,华兴")).isEqualTo("\"新田,华兴\"");
		assertThat(CsvWriter.cell("他说\"同意\"")).isEqualTo("\"他说\"\"同意\"\"\"");
		assertThat(CsvWriter.cell("第一行\n第二行")).isEqualTo("\"第一行\n第二行\"");
		assertThat(CsvWriter.cell("第一行\r\n第二行")).isEqualTo("\"第一行\r\n第二行\"");
		assertThat(CsvWriter.cell("新发改许〔2026〕12号")).isEqualTo("新发改许〔2026〕12号");
		assertThat(CsvWriter.cell(null)).isEmpty();
	}

	@Test
	void neutralisesCellsASpreadsheetWouldTakeForAFormula() {
		assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(CsvWriter.cell("+1")).isEqualTo("'+1");
		assertThat(CsvWriter.cell("-2+3")).isEqualTo("'-2+3");
		assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvWriter.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(CsvWriter.cell("=1,2")).isEqualTo("\"'=1,2\"");
		assertThat(CsvWriter.cell("2026-06-01")).isEqualTo("2026-06-01");
	}

	@Test
	void startsWithAByteOrderMarkAndEndsRowsWithCrLf() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvWriter csv = new CsvWriter(out);
		csv.row(List.of("名称", "内容"));
		csv.row(Arrays.asList("甲", null));
		csv.flush();
		byte[] bytes = out.toByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF名称,内容\r\n甲,\r\n");
	}

}
