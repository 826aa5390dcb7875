package org.sanxiang.disclosure.opendata;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.sanxiang.disclosure.PublicationFixtures;
import org.sanxiang.disclosure.PublicationFixtures.Row;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.disclosure.PublishedDecisions;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The downloads and the feed on the real application and PostgreSQL: what is public today
 * is in them, with withdrawn publications and their reason; held-back, pending and
 * expired ones never. Fixture rows stay (append-only history), so names and the item code
 * are this test's own, inserted once.
 */
@SanxiangIntegrationTest
class OpenDataIntegrationTests {

	static final String ITEM = "XK-OPENDATA";

	static final String TRICKY = "=开放数据测试,\"甲\"能源有限公司";

	static final String WITHDRAWN = "开放数据测试撤回有限公司";

	static final String HELD_BACK = "开放数据测试不予公开有限公司";

	static final String PENDING = "开放数据测试待公示有限公司";

	static final String EXPIRED = "开放数据测试期满有限公司";

	static Row tricky;

	static Row withdrawn;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublishedDecisions decisions;

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void insertOnce() {
		if (tricky != null) {
			return;
		}
		LocalDate today = this.decisions.today();
		tricky = PublicationFixtures.published(TRICKY, "开数许〔2026〕1号", today)
			.withItem(ITEM, "开放数据测试事项")
			.withContent("第一行，含逗号\n第二行")
			.insert(this.jdbc);
		withdrawn = PublicationFixtures.published(WITHDRAWN, "开数许〔2026〕2号", today)
			.withItem(ITEM, "开放数据测试事项")
			.withStatus(PublicationStatus.WITHDRAWN)
			.insert(this.jdbc);
		PublicationFixtures.published(HELD_BACK, "开数许〔2026〕3号", today)
			.withItem(ITEM, "开放数据测试事项")
			.withStatus(PublicationStatus.HELD_BACK)
			.insert(this.jdbc);
		PublicationFixtures.published(PENDING, null, today)
			.withItem(ITEM, "开放数据测试事项")
			.withStatus(PublicationStatus.PENDING)
			.insert(this.jdbc);
		PublicationFixtures.published(EXPIRED, "开数许〔2026〕4号", today.minusYears(4))
			.withItem(ITEM, "开放数据测试事项")
			.withDisclosureUntil(today.minusDays(1))
			.insert(this.jdbc);
	}

	@Test
	void pageDescribesEachDatasetItsFieldsTermsAndFrequencyWithLinks() throws Exception {
		HttpResponse<String> page = get("/open-data");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("开放数据", "/open-data/decisions.csv", "/open-data/decisions.json",
				"/open-data/xinyong-xk.csv", "/open-data/xinyong-xk.json", "/decisions.atom", "使用条款", "更新频率", "行政相对人名称",
				"partyName", "XK_XDR_ZJHM", "始终为空", "name=\"viewport\"");
	}

	@Test
	void decisionsCsvIsExcelReadyEscapedAndHoldsOnlyWhatIsPublicToday() throws Exception {
		HttpResponse<byte[]> csv = getBytes("/open-data/decisions.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("filename*=UTF-8''");
		assertThat(csv.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF公示编号,");
		assertThat(text).contains("\"'=开放数据测试,\"\"甲\"\"能源有限公司\"", "\"第一行，含逗号\n第二行\"", WITHDRAWN, "已撤回", "决定已撤销")
			.doesNotContain(HELD_BACK, PENDING, EXPIRED);
	}

	@Test
	void decisionsJsonCarriesTheDocumentedKeysAndTheWithdrawalReason() throws Exception {
		JsonNode root = this.json.readTree(getBytes("/open-data/decisions.json").body());
		List<JsonNode> mine = new ArrayList<>();
		root.forEach(n -> {
			if (ITEM.equals(n.get("itemCode").asString())) {
				mine.add(n);
			}
		});
		assertThat(mine).extracting(n -> n.get("partyName").asString()).containsExactlyInAnyOrder(TRICKY, WITHDRAWN);
		JsonNode w = mine.stream()
			.filter(n -> WITHDRAWN.equals(n.get("partyName").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(w.get("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(w.get("withdrawalReason").asString()).isEqualTo("决定已撤销");
		assertThat(w.get("url").asString()).endsWith("/decisions/" + withdrawn.id());
		assertThat(new ArrayList<>(w.propertyNames())).hasSize(DecisionField.values().length);
	}

	@Test
	void xinyongExportHasTheGs7HeaderAndNoIdNumbers() throws Exception {
		String text = new String(getBytes("/open-data/xinyong-xk.csv").body(), StandardCharsets.UTF_8);
		String[] lines = text.substring(1).split("\r\n");
		assertThat(lines[0]).isEqualTo(String.join(",", XinyongColumnTests.GS7));
		assertThat(text).contains(WITHDRAWN, "已撤回：决定已撤销").doesNotContain(HELD_BACK, PENDING, EXPIRED);
		assertThat(text).doesNotContainPattern("\\d{17}[\\dXx]");
		JsonNode root = this.json.readTree(getBytes("/open-data/xinyong-xk.json").body());
		root.forEach(n -> {
			assertThat(n.get("XK_FR_ZJHM").asString()).isEmpty();
			assertThat(n.get("XK_XDR_ZJHM").asString()).isEmpty();
		});
	}

	@Test
	void feedIsWellFormedWithTheWithdrawalAsAnUpdateAndAnswersItsEtag() throws Exception {
		HttpResponse<String> feed = get("/decisions.atom");
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
		Document xml = DecisionFeedTests.parse(feed.body());
		NodeList entries = xml.getElementsByTagNameNS(DecisionFeed.ATOM, "entry");
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			titles.add(DecisionFeedTests.text((Element) entries.item(i), "title"));
		}
		assertThat(titles).contains("【已撤回】准予许可：" + WITHDRAWN + "（开数许〔2026〕2号）", "准予许可：" + TRICKY + "（开数许〔2026〕1号）");
		assertThat(feed.body()).contains("urn:uuid:" + withdrawn.id()).doesNotContain(HELD_BACK, PENDING, EXPIRED);

		String etag = feed.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = this.http.send(
				HttpRequest.newBuilder(uri("/decisions.atom")).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(304);
	}

	@Test
	void anonymousVisitorsCannotOpenTheOutbox() throws Exception {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(uri("/console/admin/outbox")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		HttpResponse<String> replay = this.http.send(HttpRequest.newBuilder(uri("/console/admin/outbox/replay"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(replay.statusCode()).isIn(302, 403);
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<byte[]> getBytes(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
