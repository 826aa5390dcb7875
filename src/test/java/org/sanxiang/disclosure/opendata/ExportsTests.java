package org.sanxiang.disclosure.opendata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublishedDecisions;

import static org.assertj.core.api.Assertions.assertThat;

class ExportsTests {

	static final ExportContext CONTEXT = new ExportContext(ZoneId.of("Asia/Shanghai"), "https://gs.example.cn");

	final JsonMapper json = JsonMapper.builder().build();

	final Publication tricky = Samples.published("=新田,\"华兴\"能源有限公司", "第一行\n第二行");

	final Publication withdrawn = Samples.withdrawn("新田县永兴建材有限公司", "许可决定已被依法撤销", Instant.parse("2026-06-05T02:00:00Z"));

	final PublishedDecisions decisions = Samples.decisions(List.of(this.tricky, this.withdrawn));

	@Test
	void decisionsCsvHasTheChineseHeaderAndOneEscapedRowPerPublication() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Exports.decisionsCsv(this.decisions, CONTEXT, out);
		String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF公示编号,办件编号,决定类型,");
		String header = csv.substring(1, csv.indexOf("\r\n"));
		assertThat(header.split(","))
			.containsExactly(Arrays.stream(DecisionField.values()).map(DecisionField::label).toArray(String[]::new));
		assertThat(csv).contains(",\"'=新田,\"\"华兴\"\"能源有限公司\",", ",\"第一行\n第二行\",", ",已公示,", ",已撤回,", "许可决定已被依法撤销",
				"2026-06-01T10:00:00+08:00", "https://gs.example.cn/decisions/" + this.tricky.id());
		assertThat(csv.split("\r\n")).hasSize(3);
	}

	@Test
	void decisionsJsonIsAnArrayOfObjectsWithEveryStableKeyInOrder() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Exports.decisionsJson(this.decisions, CONTEXT, this.json, out);
		JsonNode root = this.json.readTree(out.toByteArray());
		assertThat(root.isArray()).isTrue();
		assertThat(root.size()).isEqualTo(2);
		List<String> keys = new ArrayList<>(root.get(0).propertyNames());
		assertThat(keys)
			.containsExactly(Arrays.stream(DecisionField.values()).map(DecisionField::key).toArray(String[]::new));
		JsonNode first = root.get(0);
		assertThat(first.get("partyName").asString()).isEqualTo("=新田,\"华兴\"能源有限公司");
		assertThat(first.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(first.get("withdrawalReason").isNull()).isTrue();
		assertThat(first.get("decidedOn").asString()).isEqualTo("2026-06-01");
		assertThat(first.get("journalSeq").asString()).isEqualTo("42");
		JsonNode second = root.get(1);
		assertThat(second.get("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(second.get("withdrawalReason").asString()).isEqualTo("许可决定已被依法撤销");
		assertThat(second.get("withdrawnAt").asString()).isEqualTo("2026-06-05T10:00:00+08:00");
	}

	@Test
	void xinyongCsvHeaderIsTheGs7ColumnList() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Exports.xinyongCsv(this.decisions, out);
		String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
		String[] lines = csv.substring(1).split("\r\n");
		assertThat(lines[0]).isEqualTo(String.join(",", XinyongColumnTests.GS7));
		assertThat(csv).contains("许可决定已被依法撤销", ",2,");
	}

	@Test
	void xinyongJsonHasTheGs7KeysWithEmptyIdNumbers() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Exports.xinyongJson(this.decisions, this.json, out);
		JsonNode root = this.json.readTree(out.toByteArray());
		assertThat(new ArrayList<>(root.get(0).propertyNames())).isEqualTo(XinyongColumnTests.GS7);
		assertThat(root.get(0).get("XK_XDR_ZJHM").asString()).isEmpty();
		assertThat(root.get(1).get("XK_ZT").asString()).isEqualTo("2");
	}

}
