package org.sanxiang.supervision.inspection;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.service.LifecycleDriver;
import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor plans an ad-hoc check of 能源股 in headless Chromium on a phone-sized
 * window, draws its sample with a seed, opens a sampled case's checklist pre-filled from
 * its records, confirms it with the rectification's deadline and owner, and sees the
 * findings turned into rectification tasks on the check's page. Screenshots:
 * target/screenshots/inspection-checklist.png and inspection-check.png.
 */
@SanxiangIntegrationTest
class CheckPageBrowserIntegrationTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	java.time.Clock clock;

	@Test
	void theSupervisorDrawsASampleConfirmsAChecklistAndSeesTheFindings() {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId c = driver.apply(9401);
		for (int step = 1; step <= 5; step++) {
			driver.step(c, step);
		}
		this.driver.manage().window().setSize(new Dimension(375, 812));
		login("supervisor", "demo");
		this.driver.get(url("/console/supervision/checks"));
		Browser.clickThrough(this.driver, this.driver.findElement(By.id("new-check")));
		this.driver.findElement(By.name("title")).sendKeys("浏览器测试督查（能源股）");
		new Select(this.driver.findElement(By.name("unitCode"))).selectByValue("NYK");
		String today = java.time.LocalDate.now(this.clock).toString();
		setDate("periodFrom", today);
		setDate("periodTo", today);
		Browser.clickThrough(this.driver,
				this.driver.findElement(By.cssSelector("main form.stack button[type=submit]")));
		assertThat(this.driver.findElement(By.id("title")).getText()).isEqualTo("浏览器测试督查（能源股）");
		assertThat(this.driver.findElement(By.id("status")).getText()).isEqualTo("待抽样");

		this.driver.findElement(By.name("seed")).sendKeys("20261202");
		Browser.clickThrough(this.driver, this.driver.findElement(By.id("draw")));
		assertThat(this.driver.findElement(By.id("seed")).getText()).isEqualTo("20261202");
		By mine = By.cssSelector("#cases tr[data-case='" + c.value() + "'] a.checklist-link");
		Browser.clickThrough(this.driver, this.driver.findElement(mine));

		assertThat(this.driver.findElement(By.cssSelector("#point-DOCUMENTS .prefilled")).getText()).isEqualTo("不符合");
		assertThat(this.driver.findElement(By.cssSelector("#point-DOCUMENTS .basis")).getText())
			.isEqualTo("缺少受理通知书、准予行政许可决定书");
		assertThat(this.driver.findElement(By.cssSelector("#point-DEADLINE .prefilled")).getText()).isEqualTo("符合");
		this.driver.findElement(By.name("owner")).sendKeys("刘思源");
		Browser.screenshot(this.driver, "inspection-checklist");
		Browser.clickThrough(this.driver, this.driver.findElement(By.id("confirm")));

		assertThat(this.driver.findElement(By.id("saved")).getText()).contains("已确认检查表", "已转为整改任务");
		assertThat(this.driver.findElement(By.id("findings")).getText()).contains("缺少受理通知书、准予行政许可决定书", "整改中", "刘思源");
		Browser.screenshot(this.driver, "inspection-check");
	}

	private void setDate(String name, String isoDate) {
		((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("document.getElementsByName(arguments[0])[0].value = arguments[1];", name, isoDate);
	}

}
