package org.sanxiang.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.service.LifecycleDriver;
import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 执法文书 panel in headless Chromium: the window clerk issues the 受理通知书 from the case
 * page, the document is listed with its number and status, and its public verification
 * page (reached without signing in) shows the same number, status and SM3.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(DocumentFixtures.OnTheTestDay.class)
class DocumentsBrowserIntegrationTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Test
	void aClerkIssuesTheAcceptanceNoticeFromTheCasePageAndThePublicVerifiesIt() {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId c = driver.apply(700);
		driver.step(c, 1);

		login("clerk", "demo");
		this.driver.get(url("/console/licensing/" + c + "?template=acceptance-notice"));
		WebElement panel = this.driver.findElement(By.id("documents"));
		assertThat(panel.getText()).contains("执法文书", "本案尚未签发执法文书", "制作文书", "新田县节能示范企业700");
		scrollTo(panel);
		Browser.screenshot(this.driver, "documents-1-case-panel");

		Browser.clickThrough(this.driver, this.driver.findElement(By.id("documents-issue")));
		assertThat(this.driver.findElement(By.id("done")).getText()).startsWith("已签发：新发改许受〔2026〕").contains("受理通知书");
		List<WebElement> numbers = this.driver.findElements(By.cssSelector("#documents-list .document-number"));
		assertThat(numbers).hasSize(1);
		String number = numbers.get(0).getText();
		assertThat(this.driver.findElement(By.cssSelector("#documents-list .document-status")).getText())
			.isEqualTo("有效");
		scrollTo(this.driver.findElement(By.id("documents")));
		Browser.screenshot(this.driver, "documents-2-issued");

		this.driver.get(url("/logout"));
		this.driver.get(url("/verify/document?number=" + number));
		assertThat(this.driver.findElement(By.id("number")).getText()).isEqualTo(number);
		assertThat(this.driver.findElement(By.id("status")).getText()).isEqualTo("有效");
		assertThat(this.driver.findElement(By.id("sm3")).getText()).matches("[0-9a-f]{64}");
		Browser.screenshot(this.driver, "documents-3-verification");
	}

	private void scrollTo(WebElement element) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView(true)", element);
	}

}
