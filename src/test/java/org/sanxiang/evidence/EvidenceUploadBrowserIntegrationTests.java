package org.sanxiang.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's resumable upload (tus 1.0, static/js/evidence-upload.js) in headless
 * Chromium on a weak connection, as an officer in the field would meet it: the network
 * goes away in the middle of a recording's upload, or the page is reloaded, and the
 * upload goes on from the offset the server holds — no byte the server confirmed is sent
 * again, and the evidence stored is the file, hash for hash (全过程记录, JL-1).
 * <p>
 * Chromium's DevTools network emulation slows the connection so that the test can act in
 * the middle of the upload, and takes it offline. A small wrapper around the page's
 * {@code fetch} records every request the page makes.
 */
@SanxiangIntegrationTest
class EvidenceUploadBrowserIntegrationTests extends BrowserTest {

	/** Small chunks, so that a few MiB go up in many requests. */
	private static final int CHUNK = 256 * 1024;

	private static final Duration LONG = Duration.ofSeconds(90);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceVault vault;

	@Test
	void anUploadCutOffByTheNetworkWaitsAndContinuesFromTheServersOffset() throws Exception {
		UUID caseId = demoCase();
		String name = "现场检查录像-断网续传.mp4";
		byte[] data = EvidenceFixtures.mp4(4 * 1024 * 1024 + 4321, 31);
		Path file = write(name, data);
		login("officer1", "demo");
		this.driver.get(url("/console/evidence?caseId=" + caseId));
		assertThat(this.driver.findElement(By.id("evidence-upload")).getDomAttribute("data-chunk-size"))
			.isEqualTo(Long.toString(8L * 1024 * 1024));
		prepare();
		fillIn();
		slowNetwork();
		this.driver.findElement(By.id("ev-file")).sendKeys(file.toString());
		this.driver.findElement(By.id("ev-submit")).click();

		awaitProgressAtLeast(25);
		offline();
		await(d -> status().contains("网络中断，正在等待重新连接"));
		double shown = progress();
		assertThat(shown).isGreaterThanOrEqualTo(25).isLessThan(100);
		shoot("evidence-upload-1-network-lost");
		// the server kept what it received, one upload, at or past what the page shows
		Thread.sleep(2000);
		assertThat(progress()).isEqualTo(shown);
		List<Long> offsets = serverOffsets(name);
		assertThat(offsets).hasSize(1);
		assertThat(offsets.get(0)).isGreaterThanOrEqualTo((long) Math.floor(shown * data.length / 100));
		assertThat(status()).contains("网络中断");

		online();
		await(d -> this.driver.findElement(By.id("ev-result")).isDisplayed());
		assertThat(progress()).isEqualTo(100);
		String sha256 = EvidenceUploadIntegrationTests.sha256(data);
		assertThat(this.driver.findElement(By.id("ev-result-sha256")).getText()).isEqualTo(sha256);
		assertThat(this.driver.findElement(By.id("ev-result-sm3")).getText())
			.isEqualTo(EvidenceUploadIntegrationTests.sm3(data));
		shoot("evidence-upload-2-resumed-and-stored");

		List<Request> requests = requests();
		assertThat(requests).filteredOn(r -> r.method().equals("POST")).hasSize(1);
		assertThat(requests).filteredOn(r -> r.method().equals("PATCH") && r.status() == 0).isNotEmpty();
		assertThat(requests).filteredOn(r -> r.method().equals("HEAD")).isNotEmpty();
		assertSentOnce(requests, 0, data.length);
		assertStoredOnce(caseId, name, data, sha256);
		assertThat(storedUploads()).isZero();
	}

	@Test
	void anUploadLeftByAReloadContinuesWhenTheSameFileIsChosenAgain() throws Exception {
		UUID caseId = demoCase();
		String name = "询问录音-刷新续传.mp4";
		byte[] data = EvidenceFixtures.mp4(3 * 1024 * 1024 + 777, 32);
		Path file = write(name, data);
		login("officer1", "demo");
		this.driver.get(url("/console/evidence?caseId=" + caseId));
		prepare();
		fillIn();
		slowNetwork();
		this.driver.findElement(By.id("ev-file")).sendKeys(file.toString());
		this.driver.findElement(By.id("ev-submit")).click();
		awaitProgressAtLeast(30);
		long confirmed = requests().stream()
			.filter(r -> r.method().equals("PATCH") && r.status() == 204)
			.mapToLong(Request::answer)
			.max()
			.orElseThrow();
		String stored = (String) script("return localStorage.getItem(Object.keys(localStorage)"
				+ ".find(k => k.startsWith('sanxiang-evidence:' + arguments[0] + ':')))", name);
		assertThat(stored).contains("/api/v1/evidence/uploads/");

		this.driver.navigate().refresh();
		prepare();
		normalNetwork();
		assertThat(serverOffsets(name)).hasSize(1);
		this.driver.findElement(By.id("ev-file")).sendKeys(file.toString());
		await(d -> status().contains("上次已上传"));
		assertThat(this.driver.findElement(By.id("ev-submit")).getText()).isEqualTo("继续上传");
		assertThat(progress()).isGreaterThanOrEqualTo(confirmed * 100.0 / data.length);
		shoot("evidence-upload-3-resume-after-reload");
		// the form's other fields are empty after the reload: they went with the first
		// request
		this.driver.findElement(By.id("ev-submit")).click();
		await(d -> this.driver.findElement(By.id("ev-result")).isDisplayed());
		assertThat(progress()).isEqualTo(100);
		String sha256 = EvidenceUploadIntegrationTests.sha256(data);
		assertThat(this.driver.findElement(By.id("ev-result-sha256")).getText()).isEqualTo(sha256);
		shoot("evidence-upload-4-stored-after-reload");

		List<Request> requests = requests();
		assertThat(requests).filteredOn(r -> r.method().equals("POST")).isEmpty();
		assertThat(requests).filteredOn(r -> r.method().equals("PATCH") && r.offset() < confirmed).isEmpty();
		assertSentOnce(requests, confirmed, data.length);
		assertStoredOnce(caseId, name, data, sha256);
		assertThat(script("return Object.keys(localStorage).filter(k => k.startsWith('sanxiang-evidence:')).length"))
			.isEqualTo(0L);
		assertThat(storedUploads()).isZero();
	}

	/**
	 * The chunks the server confirmed follow each other: after the first, each starts
	 * where the server said the one before ended or further (bytes of a cut request that
	 * arrived are kept), none goes back, and the last ends at the file's end.
	 */
	private static void assertSentOnce(List<Request> requests, long from, long length) {
		List<Request> confirmed = requests.stream()
			.filter(r -> r.method().equals("PATCH") && r.status() == 204)
			.toList();
		assertThat(confirmed).isNotEmpty();
		long end = from;
		for (Request patch : confirmed) {
			assertThat(patch.offset()).as("a confirmed byte sent again").isGreaterThanOrEqualTo(end);
			assertThat(patch.answer()).isEqualTo(patch.offset() + patch.size());
			end = patch.answer();
		}
		assertThat(end).isEqualTo(length);
		long sent = requests.stream().filter(r -> r.method().equals("PATCH")).mapToLong(Request::size).sum();
		assertThat(sent).as("bytes sent at most one chunk more than the rest of the file")
			.isLessThanOrEqualTo(length - from + CHUNK);
	}

	private void assertStoredOnce(UUID caseId, String name, byte[] data, String sha256) {
		List<EvidenceItem> items = this.vault.itemsOf(caseId).stream().filter(i -> i.fileName().equals(name)).toList();
		assertThat(items).hasSize(1);
		EvidenceItem item = items.get(0);
		assertThat(item.sha256()).isEqualTo(sha256);
		assertThat(item.size()).isEqualTo(data.length);
		assertThat(item.mediaType()).isEqualTo("video/mp4");
		assertThat(item.uploadedBy()).isEqualTo("officer1");
		assertThat(this.driver.findElement(By.id("ev-result")).getDomAttribute("data-evidence-id"))
			.isEqualTo(item.id().toString());
	}

	/** A request the page made: method, Upload-Offset sent and answered, body size. */
	record Request(String method, long offset, long size, long status, long answer) {
	}

	/** Records the page's requests (status 0: failed without an answer). */
	private void prepare() {
		await(d -> "complete".equals(script("return document.readyState")));
		script("""
				window.sentRequests = [];
				const original = window.fetch;
				window.fetch = function (url, options) {
				  const headers = options.headers || {};
				  const entry = { method: options.method || 'GET', offset: Number(headers['Upload-Offset'] || -1),
				    size: options.body ? options.body.size : 0, status: -1, answer: -1 };
				  window.sentRequests.push(entry);
				  return original.apply(this, arguments).then(response => {
				    entry.status = response.status;
				    entry.answer = Number(response.headers.get('Upload-Offset') || -1);
				    return response;
				  }, error => { entry.status = 0; throw error; });
				};
				document.getElementById('evidence-upload').setAttribute('data-chunk-size', arguments[0]);""", CHUNK);
	}

	@SuppressWarnings("unchecked")
	private List<Request> requests() {
		List<Request> requests = new ArrayList<>();
		for (Map<String, Object> r : (List<Map<String, Object>>) script("return window.sentRequests")) {
			requests.add(new Request((String) r.get("method"), number(r.get("offset")), number(r.get("size")),
					number(r.get("status")), number(r.get("answer"))));
		}
		return requests;
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	private void fillIn() {
		new Select(this.driver.findElement(By.id("ev-activity"))).selectByValue("SITE_INSPECTION");
		this.driver.findElement(By.id("ev-device")).sendKeys("执法记录仪 DSJ-007");
		this.driver.findElement(By.id("ev-location")).sendKeys("新田县龙泉镇");
		DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
		LocalDateTime end = LocalDateTime.now(EvidenceVault.CHINA).minusMinutes(10);
		script("document.getElementById('ev-start').value = arguments[0];"
				+ "document.getElementById('ev-end').value = arguments[1];", end.minusMinutes(30).format(minutes),
				end.format(minutes));
	}

	/**
	 * A slow link (each request waits, the upload trickles), so that the upload is still
	 * going when the test acts.
	 */
	private void slowNetwork() {
		network(false, 150, 1024 * 1024);
	}

	private void normalNetwork() {
		network(false, 0, -1);
	}

	private void offline() {
		network(true, 0, -1);
	}

	private void online() {
		normalNetwork();
	}

	private void network(boolean offline, int latency, int uploadBytesPerSecond) {
		HasCdp cdp = (HasCdp) this.driver;
		cdp.executeCdpCommand("Network.enable", Map.of());
		cdp.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", latency,
				"downloadThroughput", -1, "uploadThroughput", uploadBytesPerSecond));
	}

	private void awaitProgressAtLeast(double percent) {
		await(d -> progress() >= percent);
		assertThat(progress()).as("the upload was still going when the test acted").isLessThan(90);
	}

	private double progress() {
		return ((Number) script("return document.getElementById('ev-progress').value")).doubleValue();
	}

	private String status() {
		return this.driver.findElement(By.id("ev-status")).getText();
	}

	/** A screenshot with the bar and status in view. */
	private void shoot(String name) {
		script("document.getElementById('ev-status').scrollIntoView({ block: 'center' })");
		Browser.screenshot(this.driver, name);
	}

	private Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	private void await(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
		new WebDriverWait(this.driver, LONG, Duration.ofMillis(50)).until(condition);
	}

	private List<Long> serverOffsets(String fileName) {
		return this.jdbc
			.sql("select upload_offset from evidence_upload where file_name = ? and created_by = 'officer1'")
			.param(fileName)
			.query(Long.class)
			.list();
	}

	private long storedUploads() {
		return this.jdbc.sql("select count(*) from evidence_upload where created_by = 'officer1' and file_name like ?")
			.param("%续传.mp4")
			.query(Long.class)
			.single();
	}

	/** A case of the demo data (under review). */
	private UUID demoCase() {
		return this.jdbc.sql("select id from casework_case where applicant_name = ? order by number limit 1")
			.param("新田县示例农产品加工有限公司")
			.query(UUID.class)
			.single();
	}

	private static Path write(String name, byte[] data) {
		try {
			return Files.write(Files.createTempDirectory("evidence-").resolve(name), data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
