package org.sanxiang.disclosure.publication;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublishedDecisions;
import org.sanxiang.platform.PersonalData;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing public shows an ID number, a mobile number or a bank card number (GS-5, issue 8
 * item 2). Publications whose decision text holds all three are made and published; then
 * every public page reachable from {@code /} (same origin, GET only, never
 * {@code /console} or {@code /login}) is crawled, with the public APIs, feeds and exports
 * declared below (those that do not exist yet answer 404 and are skipped, so the scan
 * grows as they land), and the public read API ({@link PublishedDecisions}) as JSON. Any
 * text that {@link PersonalData#findings} flags fails the test with where it was found.
 */
@SanxiangIntegrationTest
class PublicPersonalDataScanIntegrationTests {

	/** Public APIs, feeds and exports not necessarily linked from a page. */
	static final List<String> DECLARED = List.of("/decisions", "/decisions.atom", "/decisions/statistics",
			"/search?q=" + enc("新田"), "/search?q=" + enc("脱敏扫描"), "/open-data", "/open-data/decisions.csv",
			"/open-data/decisions.json", "/open-data/xinyong-xk.csv", "/open-data/xinyong-xk.json",
			"/api/v1/public/decisions", "/transparency", "/verify/document", "/verify/officer", "/review-catalogue",
			"/windows", "/complaints/new", "/complaints/statistics");

	static final int MAX_PAGES = 600;

	static final int MAX_VARIANTS_PER_PATH = 6;

	static final Pattern LINK = Pattern.compile("(?:href|src|action)\\s*=\\s*\"([^\"#]*)");

	static final Set<String> SKIPPED_EXTENSIONS = Set.of(".css", ".js", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico",
			".woff", ".woff2", ".ttf", ".pdf", ".zip", ".mp4");

	/** What goes into the decisions' text: an ID number, a mobile, a bank card. */
	static final String LEAKY = "委托代理人张大伟，身份证号11010519491231002X，手机13812345678，开户账号6222021234567890128";

	@LocalServerPort
	int port;

	@Autowired
	PublicationPipeline pipeline;

	@Autowired
	PublishedDecisions decisions;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Test
	void noPublicPageApiFeedOrExportShowsAnIdNumberAMobileOrABankCard() throws Exception {
		assertThat(PersonalData.findings(LEAKY)).extracting(PersonalData.Finding::kind)
			.containsExactlyInAnyOrder(PersonalData.Kind.ID_NUMBER, PersonalData.Kind.MOBILE,
					PersonalData.Kind.BANK_CARD);
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			CaseSnapshot c = PublicationPipelineIntegrationTests.organisation("新田县脱敏扫描测试" + i + "有限公司");
			UUID id = this.pipeline.create(c, new PublicationPipeline.Decision(c.id(), "准予许可", "CaseDecided",
					this.pipeline.today(), "准予该公司的申请。" + LEAKY, null, null, "director", Instant.now(), true));
			String number = "新发改许〔2026〕" + (9100 + i) + "号";
			this.pipeline.documentIssued(PublicationPipelineIntegrationTests.issued(c, "licence-grant", number));
			this.pipeline.publish(id, PublicationPipelineIntegrationTests.DIRECTOR);
			if (i == 2) {
				this.pipeline.withdraw(id, "决定被确认违法", "经复议确认违法。" + LEAKY, PublicationPipelineIntegrationTests.DIRECTOR);
			}
			numbers.add(number);
		}

		List<String> leaks = new ArrayList<>();
		// the public read API the portal, search and open data build on
		List<Publication> all = new ArrayList<>();
		this.decisions.forEachPublic(all::add);
		assertThat(all).extracting(Publication::partyName).contains("新田县脱敏扫描测试0有限公司");
		String api = this.json.writeValueAsString(all);
		for (Publication p : all) {
			api += this.json.writeValueAsString(this.decisions.history(p.id()));
		}
		scan("PublishedDecisions", api, leaks);

		Deque<String> queue = new ArrayDeque<>();
		Set<String> seen = new LinkedHashSet<>();
		Map<String, Integer> variants = new HashMap<>();
		queue.add("/");
		queue.addAll(DECLARED);
		for (String number : numbers) {
			queue.add("/verify/document/" + enc(number));
			queue.add("/api/v1/public/documents/" + enc(number));
		}
		int fetched = 0;
		int scanned = 0;
		while (!queue.isEmpty() && fetched < MAX_PAGES) {
			String path = queue.poll();
			if (!seen.add(path)) {
				continue;
			}
			HttpResponse<String> response = get(path);
			fetched++;
			int status = response.statusCode();
			if (status == 404 || status == 405 || status >= 300 && status < 400) {
				continue;
			}
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (!(type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("csv"))) {
				continue;
			}
			String body = response.body();
			scan(path, body, leaks);
			scanned++;
			if (type.startsWith("text/html")) {
				for (String link : links(body)) {
					String bare = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
					if (variants.merge(bare, 1, Integer::sum) <= MAX_VARIANTS_PER_PATH) {
						queue.add(link);
					}
				}
			}
		}
		LoggerFactory.getLogger(PublicPersonalDataScanIntegrationTests.class)
			.info("public scan: {} responses fetched, {} scanned for personal data", fetched, scanned);
		assertThat(fetched).as("pages fetched").isGreaterThan(10);
		assertThat(leaks).as("personal data on public pages").isEmpty();
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(20))
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Same-origin links to follow: no console, no login, no static files. */
	private List<String> links(String html) {
		List<String> links = new ArrayList<>();
		Matcher m = LINK.matcher(html);
		while (m.find()) {
			String href = m.group(1).replace("&amp;", "&").strip();
			if (href.isEmpty() || href.startsWith("mailto:") || href.startsWith("tel:")
					|| href.startsWith("javascript:")) {
				continue;
			}
			String origin = "http://localhost:" + this.port;
			if (href.startsWith(origin)) {
				href = href.substring(origin.length());
			}
			if (!href.startsWith("/") || href.startsWith("//")) {
				continue;
			}
			String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
			if (path.startsWith("/console") || path.startsWith("/login") || path.startsWith("/logout")
					|| path.startsWith("/webjars") || path.startsWith("/css") || path.startsWith("/js")
					|| path.startsWith("/actuator") || path.startsWith("/swagger") || path.startsWith("/v3/")
					|| SKIPPED_EXTENSIONS.stream().anyMatch(path.toLowerCase()::endsWith)) {
				continue;
			}
			links.add(href);
		}
		return links;
	}

	private static void scan(String where, String text, List<String> leaks) {
		for (PersonalData.Finding f : PersonalData.findings(text)) {
			int from = Math.max(0, f.start() - 40);
			int to = Math.min(text.length(), f.start() + f.text().length() + 40);
			leaks.add(where + "：" + f.kind().label() + " " + f.text() + " …"
					+ text.substring(from, to).replace('\n', ' ') + "…");
		}
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
