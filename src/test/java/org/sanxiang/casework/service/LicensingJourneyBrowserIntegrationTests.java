package org.sanxiang.casework.service;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One application from the applicant's side to the licence, in headless Chromium: the
 * applicant applies online and keeps the number and query code; the window clerk accepts
 * it from the work list (行政许可法 第三十二条); the 负责人 assigns officers, an officer records an
 * opinion, the 负责人 grants (第三十七条); the clerk delivers by post with only the postal proof
 * on the form (第四十四条); and the applicant's progress page shows every step with its date
 * and no one's personal data but the applicant's name (issue 4 item 9).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(ConsoleFixedDay.class)
class LicensingJourneyBrowserIntegrationTests extends BrowserTest {

	static final String APPLICANT = "新田县旅程示例能源有限公司";

	@Test
	void anOnlineApplicationIsAcceptedReviewedGrantedDeliveredAndFollowedByTheApplicant() {
		// the applicant, online
		this.driver.get(url("/apply/XK-002"));
		this.driver.findElement(By.cssSelector("input[name=applicantKind][value=ORGANISATION]")).click();
		this.driver.findElement(By.name("applicantName")).sendKeys(APPLICANT);
		this.driver.findElement(By.name("creditCode")).sendKeys("91330282L07196379D");
		this.driver.findElement(By.name("contactName")).sendKeys("旅程联系人");
		this.driver.findElement(By.name("contactPhone")).sendKeys("13900000000");
		this.driver.findElement(By.name("statement")).click();
		// one file per required material: without them the clerk could not accept (行政许可法
		// 第三十二条, XK-32b)
		this.driver.findElement(By.id("material-0")).sendKeys(Browser.pdf("节能审查申请书.pdf").toString());
		this.driver.findElement(By.id("material-1")).sendKeys(Browser.pdf("节能报告.pdf").toString());
		Browser.clickThrough(this.driver,
				this.driver.findElement(By.cssSelector("form#application button[type=submit]")));
		String number = this.driver.findElement(By.id("number")).getText();
		String code = this.driver.findElement(By.id("query-code")).getText();
		assertThat(number).matches("XK-20260601-\\d{4}");

		// the clerk finds it on the work list and accepts it
		login("clerk", "demo");
		this.driver.get(url("/console/licensing"));
		WebElement mine = this.driver.findElement(By.id("mine"));
		assertThat(mine.getText()).contains(number, APPLICANT, "受理或补正告知");
		Browser.screenshot(this.driver, "licensing-journey-1-clerk-work-list");
		mine.findElement(By.linkText(number)).click();
		String caseUrl = this.driver.getCurrentUrl();
		submit("accept");
		assertThat(this.driver.findElement(By.id("case-state")).getText()).isEqualTo("审查中");

		// the 负责人 assigns two officers
		switchTo("director");
		this.driver.get(url("/console/licensing"));
		assertThat(this.driver.findElement(By.id("mine")).getText()).contains(number, "指派承办人");
		Browser.screenshot(this.driver, "licensing-journey-2-director-work-list");
		this.driver.get(caseUrl);
		Select officers = new Select(
				this.driver.findElement(By.cssSelector("#action-assign-officers select[name=officerIds]")));
		officers.selectByValue("O-003");
		officers.selectByValue("O-004");
		submit("assign-officers");

		// officer1 is O-003: the case is on their list; they record an opinion
		switchTo("officer1");
		this.driver.get(url("/console/licensing"));
		assertThat(this.driver.findElement(By.id("mine")).getText()).contains(number, "审查");
		this.driver.get(caseUrl);
		this.driver.findElement(By.cssSelector("#action-opinion textarea[name=opinion]")).sendKeys("节能措施可行，拟准予");
		submit("opinion");

		// the 负责人 decides: first without a licence number (refused, kept), then granted
		switchTo("director");
		this.driver.get(caseUrl);
		this.driver.findElement(By.cssSelector("#action-grant textarea[name=text]")).sendKeys("准予通过节能审查");
		setDate("#action-grant input[name=validTo]", "2029-06-01");
		submit("grant");
		assertThat(this.driver.findElement(By.id("problem-grant")).getText()).contains("许可证件编号", "XK-39");
		assertThat(this.driver.findElement(By.cssSelector("#action-grant textarea[name=text]")).getAttribute("value"))
			.isEqualTo("准予通过节能审查");
		assertThat(this.driver.findElement(By.cssSelector("#action-grant input[name=validTo]")).getAttribute("value"))
			.isEqualTo("2029-06-01");
		scrollTo("#action-grant");
		Browser.screenshot(this.driver, "licensing-journey-3-refused-grant-keeps-input");
		this.driver.findElement(By.cssSelector("#action-grant input[name=licenceNumber]")).sendKeys("新发改能审〔2026〕21号");
		submit("grant");
		assertThat(this.driver.findElement(By.id("case-state")).getText()).isEqualTo("准予许可");

		// the clerk delivers by post: the form shows the postal proof only
		switchTo("clerk");
		this.driver.get(caseUrl);
		assertThat(this.driver.findElement(By.cssSelector("fieldset[data-delivery=POSTAL]")).isDisplayed()).isFalse();
		// 留置 and 公告 share the fieldset of the delivery's times, recorded on audio/video
		// (JL-3b)
		By onSiteTimes = By.cssSelector("fieldset[data-delivery='LEFT_AT_ADDRESS PUBLIC']");
		Select method = new Select(
				this.driver.findElement(By.cssSelector("#action-deliver select[name=deliveryMethod]")));
		method.selectByValue("PUBLIC");
		assertThat(this.driver.findElement(onSiteTimes).isDisplayed()).isTrue();
		method.selectByValue("POSTAL");
		assertThat(this.driver.findElement(onSiteTimes).isDisplayed()).isFalse();
		assertThat(this.driver.findElement(By.cssSelector("fieldset[data-delivery=POSTAL]")).isDisplayed()).isTrue();
		assertThat(this.driver.findElement(By.cssSelector("fieldset[data-delivery=DIRECT]")).isDisplayed()).isFalse();
		assertThat(this.driver.findElement(By.cssSelector("fieldset[data-delivery=PUBLIC]")).isDisplayed()).isFalse();
		this.driver.findElement(By.cssSelector("#action-deliver input[name=trackingNumber]")).sendKeys("EMS9900000000");
		setDate("#action-deliver input[name=receivedOn]", "2026-06-01");
		// no scan of the postal receipt uploaded yet: the reason is given (JL-2)
		this.driver.findElement(By.cssSelector("#action-deliver input[name=noReceiptReason]")).sendKeys("邮件回执尚未退回");
		scrollTo("#action-deliver");
		Browser.screenshot(this.driver, "licensing-journey-4-postal-delivery-form");
		submit("deliver");
		assertThat(this.driver.findElement(By.id("case-state")).getText()).isEqualTo("已送达");
		Browser.clickThrough(this.driver, this.driver.findElement(By.cssSelector("form[action$='/logout'] button")));

		// the applicant follows the progress with number and code
		this.driver.get(url("/progress"));
		this.driver.findElement(By.name("number")).sendKeys(number);
		this.driver.findElement(By.name("code")).sendKeys(code);
		this.driver.findElement(By.cssSelector("form#progress-form button[type=submit]")).click();
		assertThat(this.driver.findElement(By.id("state")).getText()).isEqualTo("已送达");
		String steps = this.driver.findElement(By.id("steps")).getText();
		assertThat(steps).contains("2026-06-01 已接收申请材料", "2026-06-01 已受理", "2026-06-01 审查中：已确定承办人员",
				"2026-06-01 审查中：已提出审查意见", "2026-06-01 准予许可", "2026-06-01 决定已送达");
		String main = this.driver.findElement(By.tagName("main")).getText();
		assertThat(main).contains(APPLICANT)
			.doesNotContain("李静", "张伟", "赵志刚", "张建华", "刘思源", "节能措施可行", "旅程联系人", "13900000000", "91330282L07196379D",
					"EMS9900000000");
		Browser.screenshot(this.driver, "licensing-journey-5-applicant-progress");
	}

	private void submit(String action) {
		Browser.clickThrough(this.driver,
				this.driver.findElement(By.cssSelector("#action-" + action + " button[type=submit]")));
	}

	private void setDate(String selector, String value) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1]",
				this.driver.findElement(By.cssSelector(selector)), value);
	}

	private void scrollTo(String selector) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView()",
				this.driver.findElement(By.cssSelector(selector)));
	}

	private void switchTo(String user) {
		Browser.clickThrough(this.driver, this.driver.findElement(By.cssSelector("form[action$='/logout'] button")));
		login(user, "demo");
	}

}
