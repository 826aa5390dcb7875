package org.sanxiang.supervision.alerts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 负责人 signs in, sees the unread count in the console header, opens the notification
 * centre at phone width (375 px), marks the first alert read and then the rest, and the
 * count follows. Screenshots: target/screenshots/notifications*.png.
 */
@SanxiangIntegrationTest
class NotificationCentreBrowserIntegrationTests extends BrowserTest {

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDirectorReadsAndClearsTheAlertsFromTheHeaderCount() {
		this.jdbc.sql("delete from supervision_alert_read where username = 'director'").update();
		int total = this.notifications.of("director").size();
		assertThat(total).isPositive();

		login("director", "demo");
		this.driver.manage().window().setSize(new Dimension(375, 812));
		this.driver.get(url("/console"));
		WebElement count = this.driver.findElement(By.id("unread-count"));
		assertThat(count.getText()).isEqualTo(String.valueOf(total));
		Browser.clickThrough(this.driver, this.driver.findElement(By.id("nav-notifications")));

		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("通知中心");
		List<WebElement> items = this.driver.findElements(By.cssSelector("#notifications li.unread"));
		assertThat(items).hasSize(total);
		assertThat(this.driver.findElement(By.id("notifications")).getText()).contains("已逾期", "办理期限");
		Browser.screenshot(this.driver, "notifications");
		String firstKey = items.get(0).getAttribute("data-key");

		Browser.clickThrough(this.driver, items.get(0).findElement(By.cssSelector("button.mark-read")));
		assertThat(this.driver.findElement(By.id("saved")).getText()).isEqualTo("已标为已读");
		assertThat(this.driver.findElement(By.cssSelector("li[data-key='" + firstKey + "']")).getAttribute("data-read"))
			.isEqualTo("true");
		assertThat(this.driver.findElement(By.id("unread")).getText()).isEqualTo(String.valueOf(total - 1));
		if (total > 1) {
			assertThat(this.driver.findElement(By.id("unread-count")).getText()).isEqualTo(String.valueOf(total - 1));
		}

		Browser.clickThrough(this.driver, this.driver.findElement(By.id("show-unread")));
		assertThat(this.driver.findElements(By.cssSelector("li[data-key='" + firstKey + "']"))).isEmpty();
		if (total > 1) {
			Browser.clickThrough(this.driver, this.driver.findElement(By.id("read-all")));
		}
		assertThat(this.driver.findElements(By.id("unread-count"))).isEmpty();
		assertThat(this.driver.findElement(By.id("unread")).getText()).isEqualTo("0");
		Browser.screenshot(this.driver, "notifications-read");
		this.jdbc.sql("delete from supervision_alert_read where username = 'director'").update();
	}

}
