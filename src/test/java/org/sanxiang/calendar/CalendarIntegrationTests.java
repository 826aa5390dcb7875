package org.sanxiang.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.sanxiang.support.SanxiangIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar through the running application on PostgreSQL: the three public endpoints
 * with their problem bodies, the administrators' console and its change record, and the
 * November warning. The clock is fixed at 16 November 2026, when the 2027 notice is due
 * (RULES.md T-3). Years 2027 and 2029 are loaded by tests here; 2028 and 2030 stay
 * unloaded.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class CalendarIntegrationTests {

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock novemberClock() {
			return Clock.fixed(Instant.parse("2026-11-16T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	WorkingDays workingDays;

	// --- public REST API
	// ---------------------------------------------------------------------

	@Test
	void addsWorkingDaysAcrossSpringFestival2026() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2026-02-13").param("days", "2"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"from":"2026-02-13","days":2,"due":"2026-02-24"}"""));
	}

	@Test
	void countsTheWorkingDaysOf2026() throws Exception {
		this.mvc
			.perform(get("/api/v1/calendar/working-days-between").param("from", "2025-12-31").param("to", "2026-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDays").value(248));
	}

	@Test
	void tellsWhetherADayIsWorkedAndWhy() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/days/2026-02-14"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"date":"2026-02-14","workingDay":true,"reason":"调休上班","holiday":"春节"}"""));
		this.mvc.perform(get("/api/v1/calendar/days/2026-01-01")).andExpect(content().json("""
				{"date":"2026-01-01","workingDay":false,"reason":"元旦"}"""));
		this.mvc.perform(get("/api/v1/calendar/days/2026-03-07"))
			.andExpect(jsonPath("$.reason").value("周末"))
			.andExpect(jsonPath("$.holiday").doesNotExist());
	}

	@Test
	void malformedInputIsA400NamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2026-02-30").param("days", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.detail").value(containsString("日期格式不正确")));
		this.mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2026-02-13").param("days", "两天"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("days"));
		this.mvc.perform(get("/api/v1/calendar/add-working-days").param("days", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		this.mvc.perform(get("/api/v1/calendar/working-days-between").param("from", "2026-01-01").param("to", "明天"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		this.mvc.perform(get("/api/v1/calendar/days/not-a-date"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
	}

	@Test
	void negativeDaysAndReversedDatesAreA422() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2026-02-13").param("days", "-3"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("days"))
			.andExpect(jsonPath("$.detail").value(containsString("不能为负数")));
		this.mvc
			.perform(get("/api/v1/calendar/working-days-between").param("from", "2026-03-02").param("to", "2026-03-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.detail").value(containsString("不能早于")));
	}

	@Test
	void aDateOutsideTheLoadedYearsIsA422NotAGuess() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/days/2030-01-02"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"))
			.andExpect(jsonPath("$.detail").value(containsString("2030年的工作日历尚未载入")));
		this.mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2018-12-28").param("days", "3"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

	@Test
	void theApiIsDocumentedUnderItsChineseTag() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工作日历")))
			.andExpect(content().string(containsString("/api/v1/calendar/add-working-days")));
	}

	// --- console
	// -----------------------------------------------------------------------------

	@Test
	void anonymousVisitorsCannotReachTheCalendarConsole() throws Exception {
		// Redirected to the login form, or asked for credentials (HTTP Basic): never the
		// page.
		this.mvc.perform(get("/console/calendar").accept(MediaType.TEXT_HTML))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401))
			.andExpect(content().string(not(containsString("工作日历（"))));
		this.mvc
			.perform(post("/console/calendar/days").with(csrf())
				.param("date", "2026-03-02")
				.param("kind", "HOLIDAY")
				.param("name", "x"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
		assertThat(this.workingDays.day(LocalDate.parse("2026-03-02")).workingDay()).isTrue();
	}

	@Test
	@WithMockUser(username = "officer1", roles = "OFFICER")
	void staffWithoutTheAdminRoleAreRefused() throws Exception {
		this.mvc.perform(get("/console/calendar")).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/console/calendar/days").with(csrf())
				.param("date", "2026-03-02")
				.param("kind", "HOLIDAY")
				.param("name", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void adminSeesTheYearWithItsSpecialDays() throws Exception {
		this.mvc.perform(get("/console/calendar").param("year", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工作日历（2026年）")))
			.andExpect(content().string(containsString("2026年全年工作日 248 天")))
			.andExpect(content().string(containsString("2026-02-28")))
			.andExpect(content().string(containsString("调休上班")));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void adminAddsAndRemovesAHolidayAndEveryChangeIsRecorded() throws Exception {
		String name = "<script>1</script>汛";
		this.mvc
			.perform(post("/console/calendar/days").with(csrf())
				.param("date", "2026-03-02")
				.param("kind", "HOLIDAY")
				.param("name", name))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/calendar?year=2026"));
		// The in-memory calendar follows at once.
		assertThat(this.workingDays.day(LocalDate.parse("2026-03-02")))
			.isEqualTo(new Day(LocalDate.parse("2026-03-02"), false, name, name));
		assertThat(this.workingDays.addWorkingDays(LocalDate.parse("2026-02-27"), 2)).isEqualTo("2026-03-03");
		this.mvc.perform(get("/console/calendar").param("year", "2026"))
			.andExpect(content().string(containsString("&lt;script&gt;1&lt;/script&gt;汛")))
			.andExpect(content().string(not(containsString("<script>1"))));
		assertThat(lastChange()).isEqualTo("admin ADD 2026-03-02");

		// A restart loads no year that the database already has: the edit survives.
		this.calendar.afterPropertiesSet();
		assertThat(this.workingDays.day(LocalDate.parse("2026-03-02")).workingDay()).isFalse();

		this.mvc.perform(post("/console/calendar/days/remove").with(csrf()).param("date", "2026-03-02"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.workingDays.day(LocalDate.parse("2026-03-02")).workingDay()).isTrue();
		assertThat(lastChange()).isEqualTo("admin REMOVE 2026-03-02");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void adminChangesASpecialDaysName() throws Exception {
		this.mvc
			.perform(post("/console/calendar/days").with(csrf())
				.param("date", "2026-10-10")
				.param("kind", "WORKDAY")
				.param("name", "国庆节（调休）"))
			.andExpect(status().is3xxRedirection());
		assertThat(lastChange()).isEqualTo("admin CHANGE 2026-10-10");
		assertThat(this.workingDays.day(LocalDate.parse("2026-10-10")).holiday()).isEqualTo("国庆节（调休）");
		this.mvc
			.perform(post("/console/calendar/days").with(csrf())
				.param("date", "2026-10-10")
				.param("kind", "WORKDAY")
				.param("name", "国庆节"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void badSingleDaysAreRefusedWithChineseMessagesAndNothingIsSaved() throws Exception {
		long changes = changeCount();
		this.mvc
			.perform(post("/console/calendar/days").with(csrf())
				.param("date", "2026-03-03")
				.param("kind", "WORKDAY")
				.param("name", "补班"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("调休上班日只能是周六或周日")));
		this.mvc
			.perform(post("/console/calendar/days").with(csrf())
				.param("date", "2026-03-03")
				.param("kind", "HOLIDAY")
				.param("name", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写节日名称")));
		this.mvc
			.perform(post("/console/calendar/days").with(csrf())
				.param("date", "2030-01-02")
				.param("kind", "HOLIDAY")
				.param("name", "元旦"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("2030年的工作日历尚未载入")));
		this.mvc.perform(post("/console/calendar/days/remove").with(csrf()).param("date", "2026-03-04"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("不是节假日或调休上班日")));
		assertThat(changeCount()).isEqualTo(changes);
		assertThat(this.workingDays.day(LocalDate.parse("2026-03-03")).workingDay()).isTrue();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		this.mvc.perform(
				post("/console/calendar/days").param("date", "2026-03-02").param("kind", "HOLIDAY").param("name", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void inNovemberAdminsAreWarnedUntilNextYearIsLoaded() throws Exception {
		this.mvc.perform(get("/console/calendar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"calendar-warning\"")))
			.andExpect(content().string(containsString("2027年的工作日历尚未载入")));

		String csv = """
				# 国务院办公厅关于2027年部分节假日安排的通知（示例数据，仅供测试）
				2027-01-01,HOLIDAY,元旦
				2027-02-06,WORKDAY,春节
				2027-02-07,HOLIDAY,春节
				2027-02-08,HOLIDAY,春节
				""";
		this.mvc.perform(post("/console/calendar/years").with(csrf()).param("year", "2027").param("csv", csv))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/calendar?year=2027"));

		assertThat(this.workingDays.covers(2027)).isTrue();
		assertThat(this.workingDays.addWorkingDays(LocalDate.parse("2026-12-31"), 1)).isEqualTo("2027-01-04");
		assertThat(lastChange()).isEqualTo("admin LOAD_YEAR null");
		this.mvc.perform(get("/console/calendar"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"calendar-warning\""))));

		// Loading it again needs an explicit replace.
		this.mvc.perform(post("/console/calendar/years").with(csrf()).param("year", "2027").param("csv", csv))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("2027年已经载入")));
		this.mvc
			.perform(post("/console/calendar/years").with(csrf())
				.param("year", "2027")
				.param("csv", csv.replace("2027-02-08,HOLIDAY,春节\n", ""))
				.param("replace", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.workingDays.day(LocalDate.parse("2027-02-08")).workingDay()).isTrue();
		assertThat(lastChange()).isEqualTo("admin REPLACE_YEAR null");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aYearWithABadLineIsNotLoadedAtAll() throws Exception {
		this.mvc.perform(post("/console/calendar/years").with(csrf()).param("year", "2028").param("csv", """
				2028-01-01,HOLIDAY,元旦
				2028-01-04,WORKDAY,元旦
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("第2行：调休上班日只能是周六或周日")));
		assertThat(this.workingDays.covers(2028)).isFalse();
		assertThat(this.jdbc.sql("select count(*) from calendar_day where year = 2028").query(Long.class).single())
			.isZero();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aYearCanBeUploadedAsAFile() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "2029.csv", "text/csv",
				"date,type,name\n2029-01-01,HOLIDAY,元旦\n".getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(multipart("/console/calendar/years").file(file).param("year", "2029").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.workingDays.covers(2029)).isTrue();
		assertThat(this.workingDays.day(LocalDate.parse("2029-01-01")).reason()).isEqualTo("元旦");
	}

	private String lastChange() {
		return this.jdbc.sql(
				"select changed_by || ' ' || action || ' ' || coalesce(day::text, 'null') from calendar_change order by id desc limit 1")
			.query(String.class)
			.single();
	}

	private long changeCount() {
		return this.jdbc.sql("select count(*) from calendar_change").query(Long.class).single();
	}

}
