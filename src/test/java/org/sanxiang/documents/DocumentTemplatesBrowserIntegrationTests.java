package org.sanxiang.documents;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 管理员 edit a template in a real browser: the list, a template with its versions, the form
 * refused with every problem beside it, then saved as the next version.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(DocumentsFixedDay.class)
class DocumentTemplatesBrowserIntegrationTests extends BrowserTest {

	@Autowired
	JdbcDocumentTemplates templates;

	@Test
	void anAdministratorFixesWhatTheFormRefusesAndSavesTheNextVersion() {
		int before = this.templates.currentVersion("extension-notice").orElseThrow().template().version();
		login("admin", "demo");
		this.driver.get(url("/console/admin/documents/templates"));
		assertThat(this.driver.findElements(By.cssSelector("#templates tbody tr"))).hasSize(23);
		Browser.screenshot(this.driver, "documents-templates");

		this.driver.findElement(By.linkText("延期决定通知书")).click();
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).contains("延期决定通知书");
		assertThat(this.driver.findElement(By.id("basis")).getText()).contains("第四十二条第一款");
		Browser.screenshot(this.driver, "documents-template");

		this.driver.findElement(By.cssSelector("#edit > summary")).click();
		WebElement layout = this.driver.findElement(By.name("layout"));
		String text = layout.getAttribute("value");
		set(layout, text.replace("${approvedBy}", "${approver}"));
		this.driver.findElement(By.name("note")).sendKeys("写明批准人");
		this.driver.findElement(By.id("save")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until(d -> !d.findElements(By.id("form-errors")).isEmpty() || !d.findElements(By.id("saved")).isEmpty());
		assertThat(this.driver.findElement(By.id("form-errors")).getText()).contains("正文引用了未声明的字段 ${approver}");
		Browser.screenshot(this.driver, "documents-template-refused");

		set(this.driver.findElement(By.name("layout")), text.replace("特此通知。", "特此书面通知。"));
		this.driver.findElement(By.id("save")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("saved")).isEmpty());
		assertThat(this.driver.findElement(By.id("saved")).getText()).startsWith("已保存为第 " + (before + 1) + " 版");
		assertThat(this.driver.findElement(By.id("text")).getText()).contains("特此书面通知。");
		assertThat(this.driver.findElements(By.cssSelector("#versions tbody tr"))).hasSize(before + 1);
		Browser.screenshot(this.driver, "documents-template-saved");
	}

	private void set(WebElement element, String value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1]", element, value);
	}

}
