package org.sanxiang.calendar;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanxiang.platform.DateInput;
import org.sanxiang.platform.InputRejected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public read API of the working-day calendar. Malformed input is a 400 naming the
 * parameter; a negative count, {@code to} before {@code from}, or a date outside the
 * loaded years is a 422.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "工作日历",
		description = "按国务院办公厅节假日安排计算工作日与期限（行政许可法第八十二条：期限以工作日计算，不含法定节假日；" + "事件发生当日不计入）。日期不在已载入年份内时返回 422，不做猜测。")
class CalendarApiController {

	private final WorkingDays calendar;

	CalendarApiController(WorkingDays calendar) {
		this.calendar = calendar;
	}

	/** Response of add-working-days. */
	record DueDate(LocalDate from, int days, LocalDate due) {
	}

	/** Response of working-days-between. */
	record WorkingDayCount(LocalDate from, LocalDate to, int workingDays) {
	}

	@GetMapping("/add-working-days")
	@Operation(summary = "期限届满日：自某日起第 N 个工作日", description = "起算日（事件发生当日）不计入，从次日起只计工作日；days=0 时返回起算日本身。")
	@ApiResponse(responseCode = "200", description = "届满日")
	@ApiResponse(responseCode = "400", description = "日期或天数格式不正确")
	@ApiResponse(responseCode = "422", description = "天数为负，或涉及的年份工作日历尚未载入")
	DueDate addWorkingDays(
			@Parameter(description = "起算日（事件发生当日，不计入）", example = "2026-02-13",
					schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String from,
			@Parameter(description = "工作日天数（≥0）", example = "1",
					schema = @Schema(type = "integer")) @RequestParam(required = false) String days) {
		LocalDate start = DateInput.required("from", "起始日期", from);
		int count = count(days);
		return new DueDate(start, count, this.calendar.addWorkingDays(start, count));
	}

	@GetMapping("/working-days-between")
	@Operation(summary = "两日之间的工作日数", description = "统计 from 之后（不含 from）至 to（含 to）之间的工作日天数；from 与 to 相同时为 0。")
	@ApiResponse(responseCode = "200", description = "工作日数")
	@ApiResponse(responseCode = "400", description = "日期格式不正确")
	@ApiResponse(responseCode = "422", description = "to 早于 from，或涉及的年份工作日历尚未载入")
	WorkingDayCount workingDaysBetween(
			@Parameter(description = "开始日（不计入）", example = "2026-02-13",
					schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String from,
			@Parameter(description = "结束日（计入）", example = "2026-02-28",
					schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) String to) {
		LocalDate start = DateInput.required("from", "起始日期", from);
		LocalDate end = DateInput.required("to", "截止日期", to);
		return new WorkingDayCount(start, end, this.calendar.workingDaysBetween(start, end));
	}

	@GetMapping("/days/{date}")
	@Operation(summary = "某日是否为工作日及原因", description = "reason 为“工作日”“周末”“调休上班”或节日名称（如“春节”）；holiday 为节假日或调休上班日所属的节日。")
	@ApiResponse(responseCode = "200", description = "该日情况")
	@ApiResponse(responseCode = "400", description = "日期格式不正确")
	@ApiResponse(responseCode = "422", description = "该年工作日历尚未载入")
	Day day(@Parameter(description = "日期", example = "2026-02-14",
			schema = @Schema(type = "string", format = "date")) @PathVariable String date) {
		return this.calendar.day(DateInput.required("date", "日期", date));
	}

	private static int count(String value) {
		if (value == null || value.isBlank()) {
			throw InputRejected.invalid("days", "缺少天数参数 days");
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw InputRejected.invalid("days", "天数应为整数");
		}
	}

}
