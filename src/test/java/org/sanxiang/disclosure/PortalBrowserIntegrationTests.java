package org.sanxiang.disclosure;

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
 * A member of the public on the portal with a real browser: finds an item by the text
 * filter and reads its legal basis, verifies an officer's certificate by typing its
 * number, and reads the home page on a 375 px phone without sideways scrolling.
 */
@SanxiangIntegrationTest
class PortalBrowserIntegrationTests extends BrowserTest {

	@Test
	void findsAnItemByTheTextFilterAndReadsItsLegalBasis() {
		this.driver.get(url("/"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("执法主体");
		this.driver.findElement(By.linkText("权责事项")).click();
		WebElement query = this.driver.findElement(By.id("q"));
		query.sendKeys("企业投资项目核准");
		query.submit();
		Browser.screenshot(this.driver, "portal-items-filtered");
		List<WebElement> results = this.driver.findElements(By.cssSelector(".item-list a.item-name"));
		assertThat(results).extracting(WebElement::getText).contains("企业投资项目核准");
		results.stream().filter(a -> a.getText().equals("企业投资项目核准")).findFirst().orElseThrow().click();
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("企业投资项目核准");
		String basis = this.driver.findElement(By.cssSelector("ol.legal-bases")).getText();
		assertThat(basis).contains("企业投资项目核准和备案管理条例");
		Browser.screenshot(this.driver, "portal-item-detail");
	}

	@Test
	void verifiesAnOfficersCertificateTypedIntoTheForm() {
		this.driver.get(url("/officers"));
		// Any officer whose status badge reads 有效 will do; take the number shown on that
		// card.
		WebElement card = this.driver.findElements(By.cssSelector("li.officer"))
			.stream()
			.filter(c -> c.findElement(By.cssSelector(".badge.status")).getText().equals("有效"))
			.findFirst()
			.orElseThrow();
		String number = card.findElement(By.cssSelector("a[href^='/verify/officer/']")).getText();
		this.driver.findElement(By.id("certificateNo")).sendKeys(number);
		this.driver.findElement(By.cssSelector("form#verify button[type=submit]")).click();
		assertThat(this.driver.getCurrentUrl()).endsWith("/verify/officer/" + number);
		assertThat(this.driver.findElement(By.id("verdict")).getText()).isEqualTo("证件有效");
		WebElement qr = this.driver.findElement(By.cssSelector(".qr-figure img"));
		Object loaded = ((JavascriptExecutor) this.driver)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr);
		assertThat(loaded).isEqualTo(Boolean.TRUE);
		Browser.screenshot(this.driver, "portal-verify-valid");
	}

	@Test
	void homePageFitsA375PixelPhoneWithoutSidewaysScrolling() {
		this.driver.manage().window().setSize(new Dimension(375, 812));
		this.driver.get(url("/items"));
		String firstItem = this.driver.findElement(By.cssSelector(".item-list a.item-name")).getAttribute("href");
		for (String path : List.of("/", "/units", "/officers", "/items", "/random-inspection", "/supervision",
				"/changes", firstItem.substring(firstItem.indexOf("/items/")))) {
			this.driver.get(url(path));
			long viewport = ((Number) ((JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.clientWidth")).longValue();
			long scrollWidth = ((Number) ((JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.scrollWidth")).longValue();
			Browser.screenshot(this.driver, "portal-375" + path.replace('/', '-'));
			if (path.startsWith("/items/")) {
				// The materials table may scroll inside its own box, never the page.
				assertThat(this.driver.findElements(By.cssSelector(".table-scroll table.materials"))).isNotEmpty();
				for (String part : List.of("ol.flow", "table.materials")) {
					((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView()",
							this.driver.findElement(By.cssSelector(part)));
					Browser.screenshot(this.driver, "portal-375-item-" + part.replace('.', '-'));
				}
			}
			assertThat(scrollWidth).as("scrollWidth of %s at 375 px (viewport %d)", path, viewport)
				.isLessThanOrEqualTo(375);
		}
	}

}
