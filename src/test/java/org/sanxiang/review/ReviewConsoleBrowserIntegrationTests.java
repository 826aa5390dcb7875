package org.sanxiang.review;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.identity.Role;
import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's work in headless Chromium (issue 6): the officer submits the package of
 * a major XK-001 case from its case page, the reviewer finds it on the work list with its
 * clock, answers the seven points beside the package and concludes 通过, and the 负责人 grants
 * exactly the reviewed text; a grant of a changed text is refused with the law's words
 * (SH-1, 409). Screenshots: target/screenshots/review-*.png.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(ReviewConsoleDay.class)
class ReviewConsoleBrowserIntegrationTests extends BrowserTest {

	static final String TEXT = "准予核准新田县示例抽水蓄能项目，建设规模120兆瓦，建设地点新田县龙泉镇。";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LegalReviews reviews;

	MajorCases cases;

	@BeforeEach
	void cases() {
		this.cases = new MajorCases(this.mvc, this.json, this.jdbc);
	}

	@Test
	void theReviewerPassesAMajorCaseOnTheSevenPointsAndTheDirectorGrantsExactlyTheReviewedText() throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例抽水蓄能有限公司");
		String caseUrl = url("/console/licensing/" + c.id());

		// the officer submits the package from the case page's 法制审核 panel (SH-3)
		login("officer1", "demo");
		this.driver.get(caseUrl);
		assertThat(text("review-status")).isEqualTo("未经法制审核");
		new Select(this.driver.findElement(By.id("review-action"))).selectByValue("准予许可");
		type("review-decision-text", TEXT);
		type("review-facts", "项目位于新田县龙泉镇，属县级核准范围，申报材料齐全，现场核查情况与申报一致。");
		this.driver.findElement(By.id("basis-0")).click();
		type("review-discretion", "核准事项不涉及行政裁量");
		this.driver.findElement(By.id("evidence-" + c.evidenceId())).click();
		type("review-unit-opinion", "符合核准条件，拟予核准");
		type("review-unit-head-opinion", "同意");
		new Select(this.driver.findElement(By.id("review-reviewer-choice"))).selectByValue("reviewer");
		Browser.clickThrough(this.driver, this.driver.findElement(By.id("review-submit")));
		assertThat(text("done")).contains("已提交法制审核", "reviewer");
		assertThat(text("review-status")).isEqualTo("审核中");
		assertThat(text("review-clock")).contains("正常", "至 2026-06-10");
		Browser.screenshot(this.driver, "review-case-panel");

		// the reviewer: the work list with its clocks, then the package beside the seven
		// points
		switchTo("reviewer");
		this.driver.get(url("/console/reviews"));
		WebElement row = this.driver.findElement(By.cssSelector("#mine tr[data-case='" + c.number() + "']"));
		assertThat(row.getText()).contains("审核中", "正常", "剩余 7 个工作日", "准予许可");
		Browser.screenshot(this.driver, "review-worklist");
		Browser.clickThrough(this.driver, row.findElement(By.linkText(c.number())));
		assertThat(text("review-package")).contains(TEXT, c.evidenceName());
		assertThat(text("point-SUBJECT")).contains("执法主体是否适格", "建议：符合", "执法证");
		assertThat(text("point-DOCUMENTS")).contains("文书模块尚未启用，请人工核对");
		for (ReviewPoint p : ReviewPoint.values()) {
			this.driver.findElement(By.id("finding-" + p.name() + "-COMPLIANT")).click();
		}
		this.driver.findElement(By.id("crime-no")).click();
		this.driver.findElement(By.id("outcome-PASSED")).click();
		// the package beside the first of the seven points
		((JavascriptExecutor) this.driver)
			.executeScript("window.scrollTo(0, document.getElementById('review-points').offsetTop - 8)");
		Browser.screenshot(this.driver, "review-page");
		Browser.clickThrough(this.driver, this.driver.findElement(By.id("conclude")));
		assertThat(text("done")).contains("通过", "新发改法审〔2026〕");
		assertThat(text("review-status")).isEqualTo("审核通过");
		assertThat(text("cleared-text")).isEqualTo(TEXT);
		Browser.screenshot(this.driver, "review-page-passed");

		// the 负责人 grants the reviewed text, word for word
		switchTo("director");
		this.driver.get(caseUrl);
		assertThat(text("review-status")).isEqualTo("审核通过");
		assertThat(text("cleared-text")).isEqualTo(TEXT);
		grant(TEXT, "新发改核〔2026〕801号");
		assertThat(text("case-state")).isEqualTo("准予许可");
		assertThat(text("licence")).contains("新发改核〔2026〕801号");
	}

	@Test
	void aGrantOfAChangedTextIsRefusedWithTheLawsWordsAndNothingIsDecided() throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例风光储一体化有限公司");
		// submitted and passed as in the test above, through the service this time
		ReviewId id = this.reviews
			.submit(new LegalReviews.Submission(CaseId.of(c.id()), "准予许可", TEXT, "事实清楚。",
					List.of(new LegalReviews.LegalBasisChoice(MajorCases.BASIS_LAW, "第三条")), "不涉及裁量", null,
					List.of(c.evidenceId()), null, null, "拟予核准", "同意", false, null, "reviewer"),
					Actor.staff("officer1", "张伟（示例）", Role.OFFICER))
			.id();
		this.reviews.conclude(id, ReviewFixtures.conclusion(ReviewOutcome.PASSED, List.of()),
				Actor.staff("reviewer", "陈敏（示例）", Role.REVIEWER));

		login("director", "demo");
		this.driver.get(url("/console/licensing/" + c.id()));
		assertThat(text("review-status")).isEqualTo("审核通过");
		grant(TEXT.replace("120兆瓦", "150兆瓦"), "新发改核〔2026〕802号");
		assertThat(text("problem-message")).contains("未经法制审核或者审核未通过，不得作出决定", "内容不一致", "须重新提交法制审核");
		assertThat(this.driver.findElement(By.id("problem-grant")).getText()).contains("SH-1");
		assertThat(text("case-state")).isEqualTo("审查中");
		Browser.screenshot(this.driver, "review-gate-refused");
	}

	private void grant(String text, String licenceNumber) {
		this.driver.findElement(By.cssSelector("#action-grant textarea[name=text]")).sendKeys(text);
		this.driver.findElement(By.cssSelector("#action-grant input[name=licenceNumber]")).sendKeys(licenceNumber);
		WebElement validTo = this.driver.findElement(By.cssSelector("#action-grant input[name=validTo]"));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = '2028-06-01'", validTo);
		Browser.clickThrough(this.driver, this.driver.findElement(By.cssSelector("#action-grant button[type=submit]")));
	}

	private void type(String id, String value) {
		this.driver.findElement(By.id(id)).sendKeys(value);
	}

	private String text(String id) {
		return this.driver.findElement(By.id(id)).getText();
	}

	private void switchTo(String user) {
		Browser.clickThrough(this.driver, this.driver.findElement(By.cssSelector("form[action$='/logout'] button")));
		login(user, "demo");
	}

}
