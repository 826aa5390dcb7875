package org.sanxiang.inspection;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of the public on a 375 px phone reads a drawn plan, its public inputs and a
 * published result without sideways scrolling, following the portal's links from the
 * navigation.
 */
@SanxiangIntegrationTest
class InspectionPortalBrowserIntegrationTests extends BrowserTest {

	@Autowired
	InspectionStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void plansDrawsAndResultsFitA375PixelPhoneWithoutSidewaysScrolling() {
		PublicationFixtures fixtures = new PublicationFixtures(this.store, this.jdbc, this.tx, this.events);
		PublicationFixtures.Fixture f = fixtures.drawnPlan();
		fixtures.record(f, f.companyTask(), f.company(), LocalDate.of(2026, 9, 1),
				"现场检查发现项目未按核准内容建设，联系人" + PublicationFixtures.CONTACT + "，手机" + PublicationFixtures.MOBILE + "。", "责令整改",
				true);

		this.driver.manage().window().setSize(new Dimension(375, 812));
		this.driver.get(url("/"));
		this.driver.findElement(By.linkText("双随机抽查")).click();
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("双随机抽查");
		this.driver.findElement(By.linkText(f.plan().title())).click();
		assertThat(this.driver.findElement(By.id("seed-input")).getText()).startsWith("sanxiang-draw-v1|");
		assertThat(this.driver.findElement(By.id("drawn")).getText()).contains("李明远", "张建华");
		this.driver.findElement(By.cssSelector("#result-list a.item-name")).click();
		assertThat(this.driver.findElement(By.id("findings")).getText()).contains("138****5678", "联系人李**")
			.doesNotContain(PublicationFixtures.MOBILE);

		for (String path : List.of("/inspections", "/inspections/" + f.plan().number(), "/inspections/results",
				"/inspections/results/" + f.companyTask(), "/open-data/inspections")) {
			this.driver.get(url(path));
			long scrollWidth = ((Number) ((JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.scrollWidth")).longValue();
			Browser.screenshot(this.driver,
					"inspection-375" + path.replace('/', '-')
						.replace(f.plan().number(), "plan")
						.replace(f.companyTask().toString(), "result"));
			assertThat(scrollWidth).as("scrollWidth of %s at 375 px", path).isLessThanOrEqualTo(375);
		}
	}

}
