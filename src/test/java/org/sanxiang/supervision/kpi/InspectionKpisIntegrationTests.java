package org.sanxiang.supervision.kpi;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Item;
import org.sanxiang.inspection.DrawnPlanFixture;
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
 * The 双随机抽查 indicators end to end, from plans set up in the inspection tables for March
 * 2020 (long past, before any demo plan) through the real statistics to the dashboard,
 * its drill-down and the workbook: one drawn plan on the first item of the demo 随机抽查事项清单
 * with one inspection recorded in time and one never recorded, and a drawn plan on every
 * other item that was cancelled.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class InspectionKpisIntegrationTests {

	static final String FROM = "2020-03-01";

	static final String TO = "2020-03-31";

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalog catalog;

	@Autowired
	MockMvc mvc;

	@Test
	void theDashboardTheDrillDownAndTheWorkbookCountTheDrawnInspectionsOfThePeriod() throws Exception {
		List<Item> list = this.catalog.randomInspectionList();
		assertThat(list).as("the demo 随机抽查事项清单").isNotEmpty();
		Item first = list.get(0);
		DrawnPlanFixture plans = DrawnPlanFixture.of(this.context);
		DrawnPlanFixture.Drawn drawn = plans.drawn(first.agencyCode(), List.of(first.code()), day("03-01"),
				day("03-31"), List.of(List.of("O-003", "O-004"), List.of("O-001", "O-002")));
		plans.record(drawn.assignments().get(0), day("03-20"), "未发现问题");
		List<String> others = list.stream().skip(1).map(Item::code).toList();
		DrawnPlanFixture.Drawn cancelled = plans.drawn(first.agencyCode(),
				others.isEmpty() ? List.of(first.code()) : others, day("03-01"), day("03-31"),
				List.of(List.of("O-001", "O-002")));
		plans.cancel(cancelled.planId());

		String page = page("/console/supervision/kpi?from=" + FROM + "&to=" + TO);
		assertThat(section(page, "kpi-inspection-coverage")).contains("随机抽查事项覆盖率", "1/" + list.size());
		// one of the two inspections done by the plan's last day
		assertThat(section(page, "kpi-inspection-done")).contains("抽查任务完成率", "50.0%", "1/2", "未达标");
		// the other never recorded: overdue today
		assertThat(section(page, "kpi-inspection-overdue")).contains("逾期未检查数", "1 件", "0 件", "未达标");
		assertThat(page).contains("检查期限（抽查计划的最后一日）在统计期间内");

		String overdue = page(
				"/console/supervision/kpi/inspection-overdue?from=" + FROM + "&to=" + TO + "&by=officer&key=O-001");
		assertThat(overdue).contains(drawn.number(), "检查期限 2020-03-31，已逾期")
			.contains("/console/inspection/assignments/" + drawn.assignments().get(1))
			.doesNotContain(cancelled.number());
		String none = page(
				"/console/supervision/kpi/inspection-overdue?from=" + FROM + "&to=" + TO + "&by=officer&key=O-003");
		assertThat(none).contains("共 0 件");
		String refused = this.mvc
			.perform(get("/console/supervision/kpi/inspection-coverage").param("from", FROM)
				.param("to", TO)
				.param("by", "officer")
				.param("key", "O-001")
				.with(user("supervisor").roles("SUPERVISOR")))
			.andExpect(status().is4xxClientError())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("随机抽查事项覆盖率按事项统计");

		byte[] xlsx = this.mvc
			.perform(get("/console/supervision/kpi.xlsx").param("from", FROM)
				.param("to", TO)
				.with(user("supervisor").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row done = rowNamed(book.getSheet("指标"), "抽查任务完成率");
			assertThat(done.getCell(2).getNumericCellValue()).isEqualTo(1);
			assertThat(done.getCell(3).getNumericCellValue()).isEqualTo(2);
			Sheet officers = book.getSheet("按执法人员");
			assertThat(officers.getRow(0).getCell(20).getStringCellValue()).isEqualTo("抽查任务完成率");
			assertThat(officers.getRow(0).getCell(21).getStringCellValue()).isEqualTo("逾期未检查数");
			Row o1 = rowNamed(officers, this.catalog.officer("O-001").orElseThrow().name());
			assertThat(o1.getCell(18).getNumericCellValue()).isEqualTo(1);
			assertThat(o1.getCell(21).getNumericCellValue()).isEqualTo(1);
		}
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user("supervisor").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The indicator's table row. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private static Row rowNamed(Sheet sheet, String name) {
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			if (name.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
				return sheet.getRow(r);
			}
		}
		throw new AssertionError("no row " + name + " in " + sheet.getSheetName());
	}

	private static LocalDate day(String monthDay) {
		return LocalDate.parse("2020-" + monthDay);
	}

}
