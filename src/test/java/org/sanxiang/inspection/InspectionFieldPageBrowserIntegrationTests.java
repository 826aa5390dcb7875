package org.sanxiang.inspection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceFixtures;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceVault;
import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An inspector in the field on a phone (375×812, headless Chromium): the task list, the
 * assignment's page with the target, the items and the certificates, a result refused
 * until the visit's video is uploaded through the page's file input, then recorded and
 * shown read-only.
 */
@SanxiangIntegrationTest
class InspectionFieldPageBrowserIntegrationTests extends BrowserTest {

	private static final int WIDTH = 375;

	@Autowired
	InspectionStore store;

	@Autowired
	InspectionRecords records;

	@Autowired
	EvidenceVault vault;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	@Test
	void anInspectorRecordsADrawnInspectionOnAPhoneAfterUploadingTheVisitsVideo() throws Exception {
		InspectionFixtures.Drawn drawn = InspectionFixtures.drawnPlan(this.store, this.tx, this.clock,
				List.of(List.of("O-003", "O-004")));
		UUID id = drawn.assignment(0);
		Target target = drawn.targets().get(0);
		phone();
		login("officer1", "demo");

		this.driver.get(url("/console/inspection/tasks"));
		WebElement task = this.driver.findElement(By.id("task-" + id));
		assertThat(task.getText()).contains(target.name(), drawn.plan().number(), "待检查",
				drawn.plan().periodEnd().toString());
		assertFitsThePhone();
		Browser.screenshot(this.driver, "inspection-field-1-tasks");

		Browser.clickThrough(this.driver, task.findElement(By.tagName("a")));
		assertThat(this.driver.findElement(By.id("target-address")).getText()).isEqualTo(target.address());
		assertThat(this.driver.findElement(By.id("target")).getText()).contains(target.creditCode());
		assertThat(this.driver.findElement(By.id("items")).getText()).contains("JC-001 对企业投资项目的监督检查");
		assertThat(this.driver.findElement(By.id("inspector-O-003")).getText()).contains("张建华", "43112823003", "今日有效");
		assertThat(this.driver.findElement(By.id("inspector-O-004")).getText()).contains("刘思源", "43112824004");
		assertThat(this.driver.findElement(By.id("ev-file")).getDomAttribute("accept"))
			.isEqualTo("video/*,audio/*,image/*");
		assertThat(this.driver.findElement(By.id("ev-file")).getDomAttribute("capture")).isNotNull();
		assertThat(this.driver.findElement(By.id("evidence-missing")).getText()).contains("上传现场录音或录像后才能登记结果");
		assertFitsThePhone();
		Browser.screenshot(this.driver, "inspection-field-2-assignment");

		// without the video the result is refused, in Chinese beside the form, input kept
		fillResult();
		Browser.clickThrough(this.driver, this.driver.findElement(By.id("record-submit")));
		assertThat(this.driver.findElement(By.id("error-evidence")).getText())
			.isEqualTo(InspectionWork.EVIDENCE_MISSING);
		assertThat(this.driver.findElement(By.id("findings")).getDomProperty("value")).isEqualTo(FINDINGS);
		assertThat(this.driver.findElement(By.id("present-O-004")).isSelected()).isTrue();
		assertThat(this.records.of(id)).isEmpty();

		// the video, through the page's file input and resumable upload
		Path video = write("随机抽查现场录像.mp4", EvidenceFixtures.mp4(256 * 1024 + 17, 41));
		this.driver.findElement(By.id("ev-device")).sendKeys("执法记录仪 DSJ-012");
		DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
		LocalDateTime end = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(5);
		script("document.getElementById('ev-start').value = arguments[0];"
				+ "document.getElementById('ev-end').value = arguments[1];", end.minusMinutes(20).format(minutes),
				end.format(minutes));
		this.driver.findElement(By.id("ev-file")).sendKeys(video.toString());
		this.driver.findElement(By.id("ev-submit")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(60))
			.until(d -> d.findElement(By.id("ev-result")).isDisplayed());
		List<EvidenceItem> recordings = this.vault.recordingsOf(id, Activity.RANDOM_INSPECTION);
		assertThat(recordings).singleElement().satisfies(item -> {
			assertThat(item.fileName()).isEqualTo("随机抽查现场录像.mp4");
			assertThat(item.mediaType()).isEqualTo("video/mp4");
			assertThat(item.uploadedBy()).isEqualTo("officer1");
		});
		Browser.screenshot(this.driver, "inspection-field-3-uploaded");

		Browser.clickThrough(this.driver, this.driver.findElement(By.id("ev-result-link")));
		assertThat(this.driver.findElement(By.id("evidence-list")).getText()).contains("随机抽查现场录像.mp4", "video/mp4");
		assertThat(this.driver.findElements(By.id("evidence-missing"))).isEmpty();
		fillResult();
		Browser.clickThrough(this.driver, this.driver.findElement(By.id("record-submit")));

		assertThat(this.driver.findElement(By.id("saved")).getText()).isEqualTo("已登记检查结果");
		assertThat(this.driver.findElement(By.id("record-result")).getText()).isEqualTo("责令整改");
		assertThat(this.driver.findElement(By.id("record-findings")).getText()).isEqualTo(FINDINGS);
		assertThat(this.driver.findElement(By.id("record-inspectors")).getText()).contains("张建华（执法证 43112823003）",
				"刘思源（执法证 43112824004）");
		assertThat(this.driver.findElements(By.id("result-form"))).isEmpty();
		assertThat(this.driver.findElements(By.id("evidence-upload"))).isEmpty();
		assertFitsThePhone();
		Browser.screenshot(this.driver, "inspection-field-4-recorded");
		assertThat(this.records.of(id)).hasValueSatisfying(r -> {
			assertThat(r.result()).isEqualTo("责令整改");
			assertThat(r.rectifyBy())
				.isEqualTo(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(30));
			assertThat(r.recordedBy()).isEqualTo("officer1");
		});

		this.driver.get(url("/console/inspection/tasks"));
		assertThat(this.driver.findElement(By.id("task-" + id)).getText()).contains("已登记", "责令整改");
	}

	private static final String FINDINGS = "项目建设地点与核准一致；建设规模超出核准内容约 10%。";

	private void fillResult() {
		WebElement o4 = this.driver.findElement(By.id("present-O-004"));
		if (!o4.isSelected()) {
			o4.click();
		}
		assertThat(this.driver.findElement(By.id("present-O-003")).isSelected()).isTrue();
		this.driver.findElement(By.id("result-1")).click();
		WebElement findings = this.driver.findElement(By.id("findings"));
		findings.clear();
		findings.sendKeys(FINDINGS);
		String by = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(30).toString();
		script("document.getElementById('rectifyBy').value = arguments[0];", by);
	}

	/** A phone's screen: 375×812 CSS pixels, touch, device pixel ratio 3. */
	private void phone() {
		this.driver.manage().window().setSize(new Dimension(WIDTH, 812));
		((HasCdp) this.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", WIDTH, "height", 812, "deviceScaleFactor", 3, "mobile", true));
	}

	/** The page's content is no wider than the screen: nothing to scroll sideways. */
	private void assertFitsThePhone() {
		assertThat(((Number) script("return window.innerWidth")).intValue()).isEqualTo(WIDTH);
		assertThat(((Number) script("return document.getElementById('main').scrollWidth")).intValue())
			.isLessThanOrEqualTo(WIDTH);
	}

	private Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	private static Path write(String name, byte[] data) {
		try {
			return Files.write(Files.createTempDirectory("inspection-").resolve(name), data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
