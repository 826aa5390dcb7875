package org.sanxiang.casework.service;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An applicant on a 375 px phone with a real browser: opens the item, clicks 网上申请, fills
 * the form, gets the 申请材料接收凭证 with the number and the query code once, and follows the
 * progress with them (行政许可法 第二十九条、第三十二条; issue 4 items 1 and 9).
 */
@SanxiangIntegrationTest
@Import(LicensingApiIntegrationTests.OnAFixedDay.class)
class OnlineApplicationBrowserIntegrationTests extends BrowserTest {

	@Test
	void anApplicantAppliesOnlineOnAPhoneAndFollowsTheProgressWithNumberAndCode() {
		this.driver.manage().window().setSize(new Dimension(375, 812));
		this.driver.get(url("/items/XK-002"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("固定资产投资项目节能审查");
		Browser.clickThrough(this.driver, this.driver.findElement(By.linkText("网上申请")));
		assertThat(this.driver.getCurrentUrl()).endsWith("/apply/XK-002");
		fitsThePhone("apply form");
		Browser.screenshot(this.driver, "online-application-form");

		this.driver.findElement(By.cssSelector("input[name=applicantKind][value=ORGANISATION]")).click();
		this.driver.findElement(By.name("applicantName")).sendKeys("新田县某某能源有限公司");
		this.driver.findElement(By.name("creditCode")).sendKeys("91330282L07196379X");
		this.driver.findElement(By.name("contactName")).sendKeys("李四");
		this.driver.findElement(By.name("contactPhone")).sendKeys("13800000000");
		this.driver.findElement(By.name("contactAddress")).sendKeys("新田县龙泉镇<b>一号</b>");
		this.driver.findElement(By.name("statement")).click();
		submit("form#application");
		// a wrong check character: the Chinese message beside the field, what was typed
		// kept
		assertThat(this.driver.findElement(By.id("creditCode-error")).getText()).isNotBlank();
		assertThat(this.driver.findElement(By.name("applicantName")).getAttribute("value")).isEqualTo("新田县某某能源有限公司");
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView()",
				this.driver.findElement(By.id("creditCode-error")));
		Browser.screenshot(this.driver, "online-application-error");
		this.driver.findElement(By.name("creditCode")).clear();
		this.driver.findElement(By.name("creditCode")).sendKeys("91330282L07196379D");
		if (!this.driver.findElement(By.name("statement")).isSelected()) {
			this.driver.findElement(By.name("statement")).click();
		}
		// one file per material of the list (行政许可法 第三十条)
		this.driver.findElement(By.id("material-0")).sendKeys(Browser.pdf("节能审查申请书.pdf").toString());
		this.driver.findElement(By.id("material-1")).sendKeys(Browser.pdf("节能报告.pdf").toString());
		// the browser reads the files before it leaves the form: without waiting, the
		// h1 below could be the form's, gone stale by the time its text is read
		submit("form#application");

		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("申请材料接收凭证");
		String number = this.driver.findElement(By.id("number")).getText();
		String code = this.driver.findElement(By.id("query-code")).getText();
		assertThat(number).matches("XK-20260601-\\d{4}");
		assertThat(code).hasSize(Casework.QUERY_CODE_LENGTH);
		assertThat(this.driver.findElement(By.id("received-materials")).getText()).contains("节能审查申请书.pdf", "节能报告.pdf");
		fitsThePhone("receipt");
		Browser.screenshot(this.driver, "online-application-receipt");
		this.driver.navigate().refresh();
		assertThat(this.driver.findElement(By.tagName("main")).getText()).doesNotContain(code).contains("只在提交申请后显示一次");

		Browser.clickThrough(this.driver, this.driver.findElement(By.linkText("办件查询")));
		this.driver.findElement(By.name("number")).sendKeys(number);
		this.driver.findElement(By.name("code")).sendKeys(code.toLowerCase());
		submit("form#progress-form");
		assertThat(this.driver.findElement(By.id("state")).getText()).isEqualTo("已接收");
		assertThat(this.driver.findElement(By.id("progress")).getText()).contains("固定资产投资项目节能审查", "新田县某某能源有限公司",
				"2026-06-01");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).doesNotContain("13800000000");
		fitsThePhone("progress");
		Browser.screenshot(this.driver, "online-application-progress");
	}

	private void submit(String form) {
		Browser.clickThrough(this.driver, this.driver.findElement(By.cssSelector(form + " button[type=submit]")));
	}

	private void fitsThePhone(String page) {
		long scrollWidth = ((Number) ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(scrollWidth).as("scrollWidth of the %s at 375 px", page).isLessThanOrEqualTo(375);
	}

}
