package org.sanxiang.disclosure.opendata;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-data page and the outbox page on a 375 px phone: no sideways scrolling of the
 * page (wide tables stack), the download links reachable from the portal's footer, and
 * every button of the outbox page named.
 */
@SanxiangIntegrationTest
class OpenDataBrowserIntegrationTests extends BrowserTest {

	@Test
	void openDataPageIsReachableFromTheFooterAndFitsA375PixelPhone() {
		this.driver.manage().window().setSize(new Dimension(375, 812));
		this.driver.get(url("/"));
		this.driver.findElement(By.linkText("开放数据")).click();
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("开放数据");
		List<String> links = this.driver.findElements(By.cssSelector("#dataset-list a"))
			.stream()
			.map(a -> a.getAttribute("href"))
			.toList();
		assertThat(links).anySatisfy(h -> assertThat(h).endsWith("/open-data/decisions.csv"))
			.anySatisfy(h -> assertThat(h).endsWith("/decisions.atom"));
		Browser.screenshot(this.driver, "open-data-375");
		assertFits("/open-data");
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView()",
				this.driver.findElement(By.id("xinyong-columns")));
		Browser.screenshot(this.driver, "open-data-375-columns");
	}

	@Test
	void outboxPageFitsA375PixelPhoneAndNamesItsButtons() {
		this.driver.manage().window().setSize(new Dimension(375, 812));
		login("admin", "demo");
		this.driver.get(url("/console/admin/outbox"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).contains("推送队列");
		for (WebElement button : this.driver.findElements(By.tagName("button"))) {
			assertThat(button.getText()).isNotBlank();
		}
		Browser.screenshot(this.driver, "outbox-375");
		assertFits("/console/admin/outbox");
	}

	private void assertFits(String path) {
		long scrollWidth = ((Number) ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(scrollWidth).as("scrollWidth of %s at 375 px", path).isLessThanOrEqualTo(375);
	}

}
