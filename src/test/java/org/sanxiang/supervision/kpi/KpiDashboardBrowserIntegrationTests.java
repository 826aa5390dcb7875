package org.sanxiang.supervision.kpi;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.service.LifecycleDriver;
import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor opens the indicators in headless Chromium, clicks the 按期办结率 number and
 * sees the cases behind it with why each counts, each linking to its case page.
 * Screenshot: target/screenshots/kpi-drill.png.
 */
@SanxiangIntegrationTest
class KpiDashboardBrowserIntegrationTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Test
	void aClickOnANumberShowsTheCasesBehindIt() {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId c = driver.apply(9201);
		for (int step = 1; step <= 5; step++) {
			driver.step(c, step);
		}
		login("supervisor", "demo");
		this.driver.get(url("/console/supervision/kpi"));
		assertThat(this.driver.findElement(By.id("indicators")).getText()).contains("按期办结率", "法制审核覆盖率");
		this.driver.findElement(By.cssSelector("#kpi-on-time a.kpi-value")).click();
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("按期办结率：明细");
		assertThat(this.driver.findElement(By.id("drill-summary")).getText()).contains("达标");
		By link = By.cssSelector("#drill a[href$='/console/licensing/" + c.value() + "']");
		assertThat(this.driver.findElement(link).findElement(By.xpath("ancestor::tr")).getText()).contains("按期");
		Browser.screenshot(this.driver, "kpi-drill");
		this.driver.findElement(link).click();
		assertThat(this.driver.getCurrentUrl()).endsWith("/console/licensing/" + c.value());
	}

}
