package org.sanxiang.disclosure.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.service.LifecycleDriver;
import org.sanxiang.disclosure.PublicationFixtures;
import org.sanxiang.documents.Documents;
import org.sanxiang.documents.IssuedDocument;
import org.sanxiang.identity.Role;
import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of the public with a real browser: searches for a company by part of its name,
 * opens the decision and follows its verification link to the document's verification
 * page — for a document really issued on a case, so the last step checks what the
 * documents module registered. Then the decision pages on a 375 px phone.
 */
@SanxiangIntegrationTest
class DecisionSearchBrowserIntegrationTests extends BrowserTest {

	static final String PARTY = "新田县检索丙华兴光伏有限公司";

	@Autowired
	ApplicationContext context;

	@Autowired
	Documents documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DecisionIndexer index;

	@Test
	void searchesForAPartyOpensTheDecisionAndVerifiesItsDocument() {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId caseId = driver.apply(880);
		driver.step(caseId, 1);
		IssuedDocument issued = this.documents.issue(caseId, "acceptance-notice", Map.of(), null,
				Actor.staff("clerk", "李静（示例）", Role.CLERK));
		PublicationFixtures.published(PARTY, issued.number(), issued.issuedOn()).insert(this.jdbc);
		this.index.rebuildAndWait();

		this.driver.get(url("/"));
		Browser.clickThrough(this.driver, this.driver.findElement(By.linkText("许可决定公示")));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("许可决定公示");
		WebElement query = this.driver.findElement(By.id("q"));
		// 丙华 crosses smartcn's words (检索/丙/华兴): found by the bigrams
		query.sendKeys("检索丙华");
		Browser.clickThrough(this.driver, this.driver.findElement(By.cssSelector("form.filter button[type=submit]")));
		assertThat(this.driver.findElement(By.id("result-count")).getText()).startsWith("共 1 条");
		Browser.screenshot(this.driver, "decisions-1-search");

		Browser.clickThrough(this.driver, this.driver.findElement(By.linkText(PARTY)));
		assertThat(this.driver.findElement(By.id("party")).getText()).isEqualTo(PARTY);
		assertThat(this.driver.findElement(By.id("document-number")).getText()).isEqualTo(issued.number());
		WebElement qr = this.driver.findElement(By.cssSelector(".qr-figure img"));
		Object loaded = ((JavascriptExecutor) this.driver)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr);
		assertThat(loaded).isEqualTo(Boolean.TRUE);
		Browser.screenshot(this.driver, "decisions-2-detail");

		Browser.clickThrough(this.driver, this.driver.findElement(By.id("verify-link")));
		assertThat(this.driver.findElement(By.id("number")).getText()).isEqualTo(issued.number());
		assertThat(this.driver.findElement(By.id("status")).getText()).isEqualTo("有效");
		assertThat(this.driver.findElement(By.id("sm3")).getText()).isEqualTo(issued.sm3());
		Browser.screenshot(this.driver, "decisions-3-verified");
	}

	@Test
	void theDecisionPagesFitA375PixelPhoneWithoutSidewaysScrolling() {
		PublicationFixtures.Row row = PublicationFixtures
			.published("新田县检索丙窄屏测试超长名称农业综合开发股份有限公司", "新发改许〔2019〕9301号", java.time.LocalDate.of(2019, 4, 1))
			.insert(this.jdbc);
		this.index.rebuildAndWait();
		this.driver.manage().window().setSize(new Dimension(375, 812));
		for (String path : List.of("/decisions", "/search?q=检索丙", "/decisions/" + row.id(), "/decisions/statistics",
				"/search?q=" + "长".repeat(60))) {
			this.driver.get(url(path));
			long viewport = ((Number) ((JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.clientWidth")).longValue();
			long scrollWidth = ((Number) ((JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.scrollWidth")).longValue();
			String name = "decisions-375" + path.replaceAll("[/?=]", "-");
			Browser.screenshot(this.driver, name.substring(0, Math.min(name.length(), 40)));
			assertThat(scrollWidth).as(path).isLessThanOrEqualTo(viewport);
			for (WebElement field : this.driver.findElements(By.cssSelector("form.filter input, form.filter select"))) {
				String id = field.getAttribute("id");
				assertThat(this.driver.findElements(By.cssSelector("label[for='" + id + "']"))).as(id).hasSize(1);
			}
		}
	}

}
