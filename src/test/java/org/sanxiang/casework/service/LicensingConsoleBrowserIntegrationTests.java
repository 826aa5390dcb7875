package org.sanxiang.casework.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.sanxiang.catalog.IdNumber;
import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paper application for XK-002 through the console in headless Chromium: the window
 * clerk records and accepts it, the 负责人 assigns officers, an officer records an opinion
 * and the 负责人 grants (行政许可法 第三十二条、第三十七条).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(ConsoleFixedDay.class)
class LicensingConsoleBrowserIntegrationTests extends BrowserTest {

	@Test
	void aPaperApplicationIsAcceptedReviewedAndGrantedThroughTheConsole() {
		login("clerk", "demo");
		this.driver.get(url("/console/licensing/new"));
		this.driver.findElement(By.cssSelector("input[name=applicantKind][value=PERSON]")).click();
		this.driver.findElement(By.name("applicantName")).sendKeys("浏览器申请人");
		this.driver.findElement(By.name("idNumber"))
			.sendKeys("431128198001011" + "45" + IdNumber.checkCharacter("43112819800101145"));
		this.driver.findElement(By.name("contactName")).sendKeys("浏览器申请人");
		this.driver.findElement(By.name("contactPhone")).sendKeys("0746-7654321");
		new Select(this.driver.findElement(By.name("itemCode"))).selectByValue("XK-002");
		// XK-32b: the item's required materials — one checked on paper, one scanned
		this.driver.findElement(By.cssSelector("#materials-XK-002 summary")).click();
		this.driver.findElement(By.id("paper-XK-002-0")).click();
		this.driver.findElement(By.id("material-XK-002-1")).sendKeys(scan().toString());
		Browser.screenshot(this.driver, "licensing-console-1-paper-application");
		Browser.clickThrough(this.driver,
				this.driver.findElement(By.cssSelector("#paper-application button[type=submit]")));
		assertThat(this.driver.findElement(By.id("received-materials")).getText()).contains("节能审查申请书", "纸质材料（已核验）",
				"节能报告", "节能报告扫描件.pdf");
		String number = this.driver.findElement(By.id("receipt-number")).getText();
		assertThat(number).matches("XK-\\d{8}-\\d{4}");
		assertThat(this.driver.findElement(By.id("receipt-code")).getText()).hasSize(Casework.QUERY_CODE_LENGTH);
		Browser.screenshot(this.driver, "licensing-console-2-receipt");
		Browser.clickThrough(this.driver, this.driver.findElement(By.id("open-case")));
		String caseUrl = this.driver.getCurrentUrl();
		assertThat(this.driver.findElement(By.id("material-checklist")).getText()).contains("已收").doesNotContain("缺");
		submit("accept");
		assertThat(this.driver.findElement(By.id("done")).getText()).contains("受理");
		assertThat(this.driver.findElement(By.id("case-state")).getText()).isEqualTo("审查中");
		Browser.screenshot(this.driver, "licensing-console-3-accepted");

		switchTo("director");
		this.driver.get(url("/console/licensing"));
		assertThat(this.driver.findElement(By.id("mine")).getText()).contains(number);
		Browser.screenshot(this.driver, "licensing-console-4-director-work-list");
		this.driver.get(caseUrl);
		Select officers = new Select(
				this.driver.findElement(By.cssSelector("#action-assign-officers select[name=officerIds]")));
		officers.selectByValue("O-003");
		officers.selectByValue("O-004");
		submit("assign-officers");
		assertThat(this.driver.findElement(By.id("case-officers")).getText()).contains("O-003").contains("O-004");

		switchTo("officer1");
		this.driver.get(caseUrl);
		this.driver.findElement(By.cssSelector("#action-opinion textarea[name=opinion]")).sendKeys("符合节能审查条件，拟准予");
		submit("opinion");
		assertThat(this.driver.findElement(By.id("timeline")).getText()).contains("审查意见");
		Browser.screenshot(this.driver, "licensing-console-5-opinion");

		switchTo("director");
		this.driver.get(caseUrl);
		this.driver.findElement(By.cssSelector("#action-grant textarea[name=text]")).sendKeys("准予通过节能审查");
		this.driver.findElement(By.cssSelector("#action-grant input[name=licenceNumber]")).sendKeys("新发改能审〔2026〕9号");
		WebElement validTo = this.driver.findElement(By.cssSelector("#action-grant input[name=validTo]"));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = '2028-06-01'", validTo);
		submit("grant");
		assertThat(this.driver.findElement(By.id("case-state")).getText()).isEqualTo("准予许可");
		assertThat(this.driver.findElement(By.id("licence")).getText()).contains("新发改能审〔2026〕9号");
		Browser.screenshot(this.driver, "licensing-console-6-granted");
	}

	/** A one-page scan as the clerk's scanner would save it. */
	private static Path scan() {
		try {
			Path dir = Files.createTempDirectory("scan-");
			return Files.write(dir.resolve("节能报告扫描件.pdf"),
					"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void submit(String action) {
		Browser.clickThrough(this.driver,
				this.driver.findElement(By.cssSelector("#action-" + action + " button[type=submit]")));
	}

	private void switchTo(String user) {
		Browser.clickThrough(this.driver, this.driver.findElement(By.cssSelector("form[action$='/logout'] button")));
		login(user, "demo");
	}

}
