package org.sanxiang.supervision.assessment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.sanxiang.supervision.inspection.InspectionFindings;
import org.sanxiang.support.Browser;
import org.sanxiang.support.BrowserTest;
import org.sanxiang.support.FixedToday;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor opens 绩效考核 in headless Chromium on 2026-06-01: last quarter's scores of
 * every unit under the demo scheme, a unit's parts with the records behind them, and an
 * accountability measure recorded on a finding of 督查 through the page's form (no script
 * needed). Screenshots: target/screenshots/assessment-*.png.
 */
@SanxiangIntegrationTest
@Import(FixedToday.class)
class AssessmentPageBrowserIntegrationTests extends BrowserTest {

	static final UUID FINDING = UUID.fromString("00000000-0000-0000-0000-000000000b01");

	/** One finding of 督查 for 粮食调控股 in the first quarter. */
	@TestConfiguration(proxyBeanMethods = false)
	static class OneFinding {

		static final InspectionFindings.Finding F = new InspectionFindings.Finding(FINDING,
				UUID.fromString("00000000-0000-0000-0000-000000000b0c"), "2026年一季度督查", "LSTK", null, "执法案卷材料不全",
				LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 12), false, null);

		@Bean
		@Primary
		InspectionFindings oneFinding() {
			return new InspectionFindings() {

				@Override
				public List<Finding> findings(String agencyCode, LocalDate from, LocalDate to) {
					return F.foundOn().isBefore(from) || F.foundOn().isAfter(to) ? List.of() : List.of(F);
				}

				@Override
				public Optional<Finding> finding(UUID id) {
					return FINDING.equals(id) ? Optional.of(F) : Optional.empty();
				}

				@Override
				public List<Finding> openRectifications(String agencyCode) {
					return List.of(F);
				}

			};
		}

	}

	@Test
	void theSupervisorSeesLastQuartersScoresOpensAUnitAndRecordsAnAccountabilityOnAFinding() {
		login("supervisor", "demo");
		new WebDriverWait(this.driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		this.driver.get(url("/console/supervision/assessment"));
		assertThat(this.driver.findElement(By.id("table-summary")).getText()).contains("2026年第一季度", "考核方案第 1 版");
		assertThat(this.driver.findElement(By.id("scores")).getText()).contains("法规股", "粮食调控股", "总分", "等次");
		Browser.screenshot(this.driver, "assessment-scores");

		Browser.clickThrough(this.driver, this.driver.findElement(By.linkText("粮食调控股")));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("粮食调控股 2026年第一季度考核得分");
		// 100 − 1 finding × 5 − 1 overdue × 5 under the demo scheme
		assertThat(this.driver.findElement(By.id("part-findings")).getText()).contains("90.00",
				"100 − 1 个问题 × 5 − 1 个整改逾期 × 5", "执法案卷材料不全");
		assertThat(this.driver.findElement(By.cssSelector("#part-certificate a")).getAttribute("href"))
			.contains("/console/supervision/kpi/certificate", "key=LSTK");

		this.driver.findElement(By.cssSelector("#account select[name=measure] option[value=CRITICISM]")).click();
		this.driver.findElement(By.cssSelector("#account input[name=findingIds][value='" + FINDING + "']")).click();
		this.driver.findElement(By.cssSelector("#account textarea[name=reason]")).sendKeys("案卷材料不全且整改逾期，予以通报批评");
		Browser.clickThrough(this.driver, this.driver.findElement(By.cssSelector("#account button[type=submit]")));
		assertThat(this.driver.findElement(By.id("unit-outcomes")).getText()).contains("问责：通报批评", "案卷材料不全且整改逾期，予以通报批评",
				"依据督查发现问题：执法案卷材料不全");

		this.driver.manage().window().setSize(new Dimension(375, 812));
		Browser.screenshot(this.driver, "assessment-unit-375");
	}

}
