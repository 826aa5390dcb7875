package org.sanxiang.supervision.kpi;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.service.LifecycleDriver;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The indicators counted from cases made through the real licensing service: two XK-002
 * cases accepted and decided today (0 working days, within the 20 working day limit and
 * the promised one) and a third accepted but not decided (not counted). The database is
 * shared with other tests, so the fixture is checked as the difference it makes and by
 * its own rows.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class KpisIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Kpis kpis;

	@Autowired
	MockMvc mvc;

	@Test
	void countsDecidedCasesOnTimeWithTheirProcessingDaysAndLeavesUndecidedOnesOut() {
		Kpis.Period period = this.kpis.period(this.kpis.today().withDayOfYear(1), this.kpis.today());
		Kpis.Drill onTimeBefore = drill(Kpis.ON_TIME, period);
		Kpis.Drill durationBefore = drill(Kpis.DURATION, period);
		Kpis.Drill reviewBefore = drill(Kpis.REVIEW, period);

		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId first = decided(driver, 9101);
		CaseId second = decided(driver, 9102);
		CaseId open = driver.apply(9103);
		driver.step(open, 1);

		Kpis.Drill onTime = drill(Kpis.ON_TIME, period);
		assertThat(onTime.counted()).isEqualTo(onTimeBefore.counted() + 2);
		assertThat(onTime.met()).isEqualTo(onTimeBefore.met() + 2);
		List<Kpis.Row> mine = onTime.rows()
			.stream()
			.filter(r -> first.value().equals(r.caseId()) || second.value().equals(r.caseId()))
			.toList();
		assertThat(mine).hasSize(2).allSatisfy(r -> {
			assertThat(r.met()).isTrue();
			assertThat(r.why()).contains("决定日 " + this.kpis.today(), "：按期");
		});
		assertThat(onTime.rows()).noneMatch(r -> open.value().equals(r.caseId()));

		Kpis.Drill duration = drill(Kpis.DURATION, period);
		assertThat(duration.counted()).isEqualTo(durationBefore.counted() + 2);
		assertThat(duration.rows()).filteredOn(r -> first.value().equals(r.caseId()))
			.singleElement()
			.satisfies(r -> assertThat(r.value()).isEqualTo(0.0));
		// XK-002 decisions are not major: the legal-review coverage counts nothing more
		assertThat(drill(Kpis.REVIEW, period).counted()).isEqualTo(reviewBefore.counted());

		// the officers O-003 and O-004 handled both: their row counts them
		Kpis.Drill byOfficer = this.kpis.drill(Kpis.ON_TIME, period, Kpis.Filter.of("officer", "O-003"),
				this.kpis.facts(period));
		assertThat(byOfficer.rows()).extracting(Kpis.Row::caseId).contains(first.value(), second.value());
		// a period before the decisions counts none of them
		Kpis.Period may = this.kpis.period(this.kpis.today().minusMonths(1), this.kpis.today().minusDays(1));
		assertThat(drill(Kpis.ON_TIME, may).rows()).noneMatch(r -> first.value().equals(r.caseId()));
	}

	@Test
	void theDashboardTheDrillDownAndTheWorkbookShowTheSameNumbers() throws Exception {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId c = decided(driver, 9104);
		Kpis.Period period = this.kpis.period(null, null);
		Kpis.Dashboard dashboard = this.kpis.dashboard(period);
		Kpis.Indicator onTime = dashboard.indicators()
			.stream()
			.filter(i -> i.code().equals(Kpis.ON_TIME))
			.findFirst()
			.orElseThrow();

		String page = this.mvc.perform(get("/console/supervision/kpi").with(user("supervisor").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("按期办结率", "法制审核覆盖率", "音像记录覆盖率", "执法证有效率", "公示及时率",
				onTime.numerator() + "/" + onTime.denominator());

		String drill = this.mvc
			.perform(get("/console/supervision/kpi/on-time").with(user("director").roles("DIRECTOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(drill).contains("/console/licensing/" + c.value());

		this.mvc.perform(get("/console/supervision/kpi").with(user("officer1").roles("OFFICER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/console/supervision/kpi/nonsense").with(user("supervisor").roles("SUPERVISOR")))
			.andExpect(status().isNotFound());
		String refused = this.mvc
			.perform(get("/console/supervision/kpi/publication").param("by", "officer")
				.param("key", "O-001")
				.with(user("supervisor").roles("SUPERVISOR")))
			.andExpect(status().is4xxClientError())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("公示及时率按事项和月份统计，不按执法人员分组");
		this.mvc
			.perform(get("/console/supervision/kpi").param("from", "2026-06-01")
				.param("to", "2026-05-01")
				.with(user("supervisor").roles("SUPERVISOR")))
			.andExpect(status().is4xxClientError());

		byte[] xlsx = this.mvc
			.perform(get("/console/supervision/kpi.xlsx").with(user("supervisor").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(5);
			Sheet indicators = book.getSheet("指标");
			boolean found = false;
			for (int r = 1; r <= indicators.getLastRowNum(); r++) {
				if ("按期办结率".equals(indicators.getRow(r).getCell(0).getStringCellValue())) {
					assertThat((long) indicators.getRow(r).getCell(2).getNumericCellValue())
						.isEqualTo(onTime.numerator());
					assertThat((long) indicators.getRow(r).getCell(3).getNumericCellValue())
						.isEqualTo(onTime.denominator());
					found = true;
				}
			}
			assertThat(found).isTrue();
			assertThat(book.getSheet("按执法人员").getRow(0).getCell(4).getStringCellValue()).isEqualTo("按期办结率");
		}
	}

	/**
	 * The demo officers by hand: O-001 to O-003 hold certificates valid 2023-03-01 to
	 * 2028-02-28 and O-004 one valid 2024-06-01 to 2029-05-31, all 有效; O-005's is 暂扣
	 * (SUSPENDED); O-006's old provincial one ran out on 2022-10-31. On any day from
	 * 2024-06-01 to 2028-02-28: 4 of the 6 valid, 66.7 %.
	 */
	@Test
	void countsTheDemoOfficersCertificatesValidTodayFourOfSix() {
		LocalDate today = this.kpis.today();
		assertThat(today).isBetween(LocalDate.of(2024, 6, 1), LocalDate.of(2028, 2, 28));
		Kpis.Period period = this.kpis.period(null, null);
		Kpis.Facts facts = this.kpis.facts(period);
		Map<String, Boolean> expected = new LinkedHashMap<>();
		expected.put("O-001", true);
		expected.put("O-002", true);
		expected.put("O-003", true);
		expected.put("O-004", true);
		expected.put("O-005", false);
		expected.put("O-006", false);
		long met = 0;
		for (Map.Entry<String, Boolean> officer : expected.entrySet()) {
			Kpis.Drill drill = this.kpis.drill(Kpis.CERTIFICATE, period, Kpis.Filter.of("officer", officer.getKey()),
					facts);
			assertThat(drill.rows()).singleElement().satisfies(r -> assertThat(r.met()).isEqualTo(officer.getValue()));
			met += drill.met();
		}
		assertThat(met).isEqualTo(4);
		assertThat((double) met / expected.size()).isCloseTo(0.667, org.assertj.core.data.Offset.offset(0.001));
		assertThat(this.kpis.drill(Kpis.CERTIFICATE, period, Kpis.Filter.of("officer", "O-005"), facts).rows())
			.singleElement()
			.satisfies(r -> assertThat(r.why()).endsWith("：暂扣"));
		assertThat(this.kpis.drill(Kpis.CERTIFICATE, period, Kpis.Filter.of("officer", "O-006"), facts).rows())
			.singleElement()
			.satisfies(r -> assertThat(r.why()).contains("有效期至 2022-10-31").endsWith("：已过期"));
		// the dashboard's figure counts the same six among all officers
		Kpis.Drill all = this.kpis.drill(Kpis.CERTIFICATE, period, Kpis.Filter.NONE, facts);
		assertThat(
				all.rows().stream().filter(r -> List.of("李明远", "王晓红", "张建华", "刘思源", "陈志刚", "周丽娟").contains(r.label())))
			.hasSize(6)
			.filteredOn(Kpis.Row::met)
			.hasSize(4);
	}

	private Kpis.Drill drill(String indicator, Kpis.Period period) {
		return this.kpis.drill(indicator, period, Kpis.Filter.NONE, this.kpis.facts(period));
	}

	private static CaseId decided(LifecycleDriver driver, int n) {
		CaseId id = driver.apply(n);
		for (int step = 1; step <= 5; step++) {
			driver.step(id, step);
		}
		return id;
	}

}
