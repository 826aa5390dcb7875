package org.sanxiang.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.catalog.CreditCode;
import org.sanxiang.journal.VerifyProof;
import org.sanxiang.journal.integrity.HashAlgorithm;
import org.sanxiang.journal.integrity.MerkleTree;
import org.sanxiang.support.Browser;
import org.sanxiang.support.FixedToday;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 可回溯: a case's timeline shows each journal entry with the evidence it concerns — the
 * recording of a site inspection on the inspection's entry and on the entry that stored
 * it — playable in place from the evidence content endpoint, each playback journaled as
 * custody (in a real browser too: showing the page fetches nothing, playing records one
 * view); and the case's export holds every entry of the case with an inclusion proof that
 * verifies. A screenshot of the timeline goes to
 * {@code target/screenshots/case-timeline.png}.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class CaseTimelineIntegrationTests {

	/** The shipped calendar covers 2026 only: the case runs on a fixed working day. */
	@TestConfiguration(proxyBeanMethods = false)
	static class OnAFixedDay {

		@Bean
		@Primary
		Clock fixedClock() {
			ZoneId china = ZoneId.of("Asia/Shanghai");
			return Clock.fixed(FixedToday.TODAY.atTime(10, 0).atZone(china).toInstant(), china);
		}

	}

	private static final String CREDIT_CODE = "91431128MA4L0000" + "1" + CreditCode.checkCharacter("91431128MA4L00001");

	private static final HexFormat HEX = HexFormat.of();

	private record Digests(String sha256, String sm3) {
	}

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTimelineShowsARecordingOnItsEntriesWithAPlayerAndTheExportProvesEveryEntry() throws Exception {
		String caseId = aCaseReadyForItsSiteInspection();
		byte[] video = EvidenceFixtures.mp4(200_000, 11);
		Map<String, String> metadata = Tus.metadata("现场核查录像.mp4");
		metadata.put("caseId", caseId);
		metadata.put("captureStart", onTheFixedDay(9, 0));
		metadata.put("captureEnd", onTheFixedDay(9, 20));
		UUID evidenceId = UUID.fromString(new Tus(this.port, "officer1").upload(video, metadata));
		Digests item = this.jdbc.sql("select sha256, sm3 from evidence_item where id = ?")
			.param(evidenceId)
			.query((rs, n) -> new Digests(rs.getString(1), rs.getString(2)))
			.single();
		act(caseId, "site-inspection", "OFFICER",
				Map.of("revision", 2, "officerIds", List.of("O-003", "O-004"), "findings", "项目现场与申报材料一致"));

		String page = timeline(caseId);
		long inspection = seq(caseId, "SiteInspectionRecorded");
		long stored = seq(caseId, "EvidenceAdded");
		String player = "/api/v1/evidence/" + evidenceId + "/content";
		for (long seq : List.of(inspection, stored)) {
			String exhibits = exhibitsRow(page, seq);
			assertThat(exhibits).as("evidence under entry %s", seq)
				.contains("data-evidence-id=\"" + evidenceId + "\"")
				.contains("现场核查录像.mp4")
				.contains("video/mp4")
				.contains("现场检查")
				.contains("2026-06-01 09:00 至 2026-06-01 09:20")
				.contains(item.sha256().substring(0, 16) + "…")
				.contains(item.sm3().substring(0, 16) + "…")
				.contains("<video controls preload=\"none\" src=\"" + player + "\"");
		}
		assertThat(page).doesNotContain("id=\"exhibits-" + seq(caseId, "ApplicationAccepted") + "\"");

		// the player's URL streams the recording; playing it is custody, seeking is not
		// a new view
		assertThat(views(evidenceId, "clerk")).isZero();
		MvcResult played = this.mvc.perform(get(player).header("Range", "bytes=0-").with(user("clerk").roles("CLERK")))
			.andExpect(status().isPartialContent())
			.andReturn();
		assertThat(played.getResponse().getContentAsByteArray()).isEqualTo(video);
		assertThat(played.getResponse().getContentType()).isEqualTo("video/mp4");
		this.mvc.perform(get(player).header("Range", "bytes=100000-").with(user("clerk").roles("CLERK")))
			.andExpect(status().isPartialContent());
		assertThat(views(evidenceId, "clerk")).isEqualTo(1);
		String again = timeline(caseId);
		assertThat(exhibitsRow(again, seq(caseId, "EvidenceViewed")))
			.contains("data-evidence-id=\"" + evidenceId + "\"");

		// replaying without the right to open evidence shows what was recorded, not the
		// content
		String administrators = this.mvc
			.perform(get("/console/journal/cases/{id}", caseId).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(exhibitsRow(administrators, inspection)).contains(item.sha256().substring(0, 16))
			.doesNotContain(player)
			.contains("音像记录仅限办案、审核和督查人员播放");

		List<Long> entries = this.jdbc.sql("select seq from journal_entry where case_id = ? order by seq")
			.param(UUID.fromString(caseId))
			.query(Long.class)
			.list();
		String body = this.mvc
			.perform(get("/console/journal/cases/{id}/export", caseId).with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode export = this.json.readTree(body);
		HashAlgorithm algorithm = HashAlgorithm.of(export.path("hashAlgorithm").asString());
		long size = export.path("treeHead").path("size").asLong();
		byte[] root = HEX.parseHex(export.path("treeHead").path("root").asString());
		List<Long> exported = new ArrayList<>();
		for (JsonNode entry : export.path("entries")) {
			exported.add(entry.path("seq").asLong());
			byte[] leaf = algorithm.leaf(entry.path("entry").asString().getBytes(StandardCharsets.UTF_8));
			assertThat(HEX.formatHex(leaf)).isEqualTo(entry.path("leafHash").asString());
			List<byte[]> path = new ArrayList<>();
			entry.path("inclusionPath").forEach(p -> path.add(HEX.parseHex(p.asString())));
			assertThat(MerkleTree.verifyInclusion(algorithm, entry.path("seq").asLong(), size, leaf, path, root))
				.as("inclusion of entry %s", entry.path("seq"))
				.isTrue();
		}
		assertThat(exported).isEqualTo(entries);
		assertThat(export.path("entries").toString()).contains(evidenceId.toString()).contains(item.sha256());
		assertThat(VerifyProof.verify(body).verified()).isTrue();
	}

	@Test
	void inABrowserTheTimelineShowsThePlayerWithoutRecordingAViewAndPlayingItIsJournaled() throws Exception {
		String caseId = aCaseReadyForItsSiteInspection();
		Map<String, String> metadata = Tus.metadata("现场核查录像（二）.mp4");
		metadata.put("caseId", caseId);
		metadata.put("captureStart", onTheFixedDay(8, 0));
		metadata.put("captureEnd", onTheFixedDay(8, 30));
		UUID evidenceId = UUID
			.fromString(new Tus(this.port, "officer1").upload(EvidenceFixtures.mp4(150_000, 12), metadata));
		act(caseId, "site-inspection", "OFFICER",
				Map.of("revision", 2, "officerIds", List.of("O-003", "O-004"), "findings", "现场与材料一致"));
		long inspection = seq(caseId, "SiteInspectionRecorded");

		WebDriver driver = Browser.start();
		try {
			Browser.login(driver, "http://localhost:" + this.port, "clerk", "demo");
			new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
			driver.get("http://localhost:" + this.port + "/console/journal/cases/" + caseId);
			WebElement video = driver.findElement(
					By.cssSelector("#exhibits-" + inspection + " figure[data-evidence-id='" + evidenceId + "'] video"));
			assertThat(video.getDomAttribute("src")).isEqualTo("/api/v1/evidence/" + evidenceId + "/content");
			Browser.screenshot(driver, "case-timeline");
			// showing the page is not a playback
			assertThat(views(evidenceId, "clerk")).isZero();
			// play (muted, which needs no gesture) fetches from byte 0: one custody
			// entry for the member of staff who played it
			JavascriptExecutor js = (JavascriptExecutor) driver;
			js.executeScript("arguments[0].muted = true; arguments[0].play().catch(() => {});", video);
			String state = "";
			for (int i = 0; i < 100 && views(evidenceId, "clerk") == 0; i++) {
				Thread.sleep(200);
				state = String.valueOf(js.executeScript(
						"const v = arguments[0]; return [v.networkState, v.readyState, v.error && v.error.code, v.error && v.error.message, v.currentSrc].join(' | ');",
						video));
			}
			assertThat(views(evidenceId, "clerk")).as("views after playing; player: %s", state).isEqualTo(1);
		}
		finally {
			driver.quit();
		}
	}

	/** Received, its materials checked on paper, accepted and assigned (revision 2). */
	private String aCaseReadyForItsSiteInspection() throws Exception {
		Map<String, Object> application = Map.of("applicantKind", "ORGANISATION", "applicantName", "新田县示例回溯有限公司",
				"creditCode", CREDIT_CODE, "contactName", "李四", "contactPhone", "13800000000", "itemCode", "XK-002");
		String receipt = this.mvc
			.perform(post("/api/v1/licensing/applications").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(application)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String id = this.json.readTree(receipt).path("id").asString();
		for (String material : List.of("节能审查申请书", "节能报告")) {
			this.mvc
				.perform(multipart("/api/v1/licensing/cases/" + id + "/materials").param("materialName", material)
					.param("paper", "true")
					.with(user("clerk").roles("CLERK"))
					.with(csrf()))
				.andExpect(status().isCreated());
		}
		act(id, "accept", "CLERK", Map.of("revision", 0));
		act(id, "assign-officers", "DIRECTOR", Map.of("revision", 1, "officerIds", List.of("O-003", "O-004")));
		return id;
	}

	private void act(String id, String action, String role, Map<String, Object> body) throws Exception {
		this.mvc
			.perform(post("/api/v1/licensing/cases/" + id + "/actions/" + action)
				.with(user(role.toLowerCase()).roles(role))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isOk());
	}

	private String timeline(String caseId) throws Exception {
		return this.mvc.perform(get("/console/journal/cases/{id}", caseId).with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The row of evidence under the entry {@code seq}. */
	private static String exhibitsRow(String page, long seq) {
		Matcher row = Pattern.compile("<tr class=\"exhibits\" id=\"exhibits-" + seq + "\">(.*?)</tr>", Pattern.DOTALL)
			.matcher(page);
		assertThat(row.find()).as("evidence shown under entry %s", seq).isTrue();
		return row.group(1);
	}

	private long seq(String caseId, String type) {
		return this.jdbc.sql("select max(seq) from journal_entry where case_id = ? and type = ?")
			.params(UUID.fromString(caseId), type)
			.query(Long.class)
			.single();
	}

	private long views(UUID evidenceId, String actor) {
		return this.jdbc
			.sql("select count(*) from journal_entry where type = 'EvidenceViewed' and actor = ? and entry like ?")
			.params(actor, "%" + evidenceId + "%")
			.query(Long.class)
			.single();
	}

	private static String onTheFixedDay(int hour, int minute) {
		return OffsetDateTime
			.of(LocalDateTime.of(FixedToday.TODAY, java.time.LocalTime.of(hour, minute)),
					java.time.ZoneOffset.ofHours(8))
			.toString();
	}

}
