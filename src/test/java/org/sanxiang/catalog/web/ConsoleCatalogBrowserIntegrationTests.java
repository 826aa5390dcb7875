package org.sanxiang.catalog.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Item;
import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin with a real browser: signs in, changes the promised time limit of 企业投资项目核准
 * with a reason and today's effective date, and finds the new limit and the reason on the
 * public portal.
 */
@SanxiangIntegrationTest
// These tests change the demo catalog; later test classes get a fresh application and
// database.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConsoleCatalogBrowserIntegrationTests extends BrowserTest {

	@Autowired
	Catalog catalog;

	@Autowired
	Clock clock;

	@Test
	void adminChangesThePromisedTimeLimitAndThePortalShowsTheNewLimitAndTheReason() {
		Item before = this.catalog.items().stream().filter(i -> i.name().equals("企业投资项目核准")).findFirst().orElseThrow();
		int newLimit = before.promisedLimit().amount() == 8 ? 9 : 8;
		String today = LocalDate.now(this.clock).toString();
		String reason = "《企业投资项目核准和备案管理条例》修订，承诺时限调整为" + newLimit + "个工作日";

		login("admin", "demo");
		assertThat(this.driver.findElement(By.id("current-user")).getText()).isNotBlank();

		this.driver.get(url("/console/catalog"));
		Browser.screenshot(this.driver, "console-catalog-overview");
		this.driver
			.findElement(By
				.xpath("//table[@id='table-item']//tr[td[normalize-space()='企业投资项目核准']]//a[normalize-space()='修改']"))
			.click();
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("修改权责事项");

		// htmx "增加一行" fetches one more blank legal-basis row without reloading the form.
		int rows = this.driver.findElements(By.cssSelector("#legalBases-rows fieldset")).size();
		this.driver.findElement(By.id("add-legalBases")).click();
		assertThat(this.driver.findElement(By.name("legalBases[" + rows + "].law")).isDisplayed()).isTrue();

		WebElement promised = this.driver.findElement(By.name("promisedLimit.amount"));
		promised.clear();
		promised.sendKeys(String.valueOf(newLimit));
		WebElement effectiveFrom = this.driver.findElement(By.name("effectiveFrom"));
		assertThat(effectiveFrom.getAttribute("value")).isEqualTo(today);
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1]", effectiveFrom, today);
		this.driver.findElement(By.name("reason")).sendKeys(reason);
		Browser.screenshot(this.driver, "console-catalog-item-form");
		this.driver.findElement(By.cssSelector("p.actions button[type=submit]")).click();
		// wait for the answer to the save, whichever it is, before looking at it
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until(d -> !d.findElements(By.id("saved")).isEmpty() || !d.findElements(By.id("error-summary")).isEmpty());

		Browser.screenshot(this.driver, "console-catalog-after-save");
		assertThat(this.driver.findElements(By.id("error-summary")))
			.as(() -> this.driver.findElement(By.tagName("main")).getText())
			.isEmpty();
		assertThat(this.driver.findElement(By.id("saved")).getText()).startsWith("已保存为第")
			.endsWith("自 " + today + " 起生效");
		assertThat(this.driver.findElement(By.id("versions")).getText()).contains(reason);
		Browser.screenshot(this.driver, "console-catalog-item-history");

		this.driver.get(url("/items/" + before.code()));
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains(newLimit + "个工作日");
		Browser.screenshot(this.driver, "portal-item-after-console-edit");
		this.driver.get(url("/items/" + before.code() + "/history"));
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains(reason);
	}

}
