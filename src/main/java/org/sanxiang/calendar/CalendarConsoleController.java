package org.sanxiang.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.InputRejected;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 管理员维护工作日历: see a year as a month grid with its special days, add, change or remove a
 * special day, load or replace a whole year from the State Council's notice as CSV, and
 * read the record of changes. 管理员 only (method security).
 */
@Controller
@RequestMapping("/console/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarConsoleController {

	private static final String VIEW = "calendar/console";

	private final WorkingCalendar calendar;

	private final java.time.Clock clock;

	CalendarConsoleController(WorkingCalendar calendar, java.time.Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	/** One cell of the month grid; {@code day} 0 is padding. */
	record Cell(int day, String css, String title) {
	}

	record Month(String title, List<List<Cell>> weeks) {
	}

	/** What the day form shows: typed values and per-field errors. */
	record DayForm(String date, String kind, String name, Map<String, String> errors) {

		static DayForm empty() {
			return new DayForm("", "HOLIDAY", "", Map.of());
		}

	}

	/** What the whole-year form shows. */
	record YearForm(String year, String csv, boolean replace, List<String> errors) {
	}

	@GetMapping
	String show(@RequestParam(required = false) String year, Model model) {
		int selected = parseYear(year);
		return page(selected, DayForm.empty(), new YearForm(String.valueOf(selected + 1), "", false, List.of()), model);
	}

	@PostMapping("/days")
	String saveDay(@RequestParam(required = false) String date, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String name, Principal who, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			SpecialDay saved = this.calendar.save(SpecialDay.of(date, kind, name), who.getName());
			redirect.addFlashAttribute("saved", "已保存：" + saved);
			return "redirect:/console/calendar?year=" + saved.year();
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			Map<String, String> errors = new LinkedHashMap<>();
			ex.errors().forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a + "；" + b));
			int year = yearOf(date);
			return page(year, new DayForm(date, kind, name, errors),
					new YearForm(String.valueOf(year + 1), "", false, List.of()), model);
		}
	}

	@PostMapping("/days/remove")
	String removeDay(@RequestParam(required = false) String date, Principal who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		int year = yearOf(date);
		try {
			SpecialDay removed = this.calendar.remove(SpecialDay.of(date, "HOLIDAY", "-").date(), who.getName());
			redirect.addFlashAttribute("saved",
					"已删除：" + removed + "，该日恢复为普通" + (SpecialDay.isWeekend(removed.date()) ? "周末" : "工作日"));
			return "redirect:/console/calendar?year=" + removed.year();
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return page(year, new DayForm(date, "HOLIDAY", "", Map.of("date", ex.firstMessage())),
					new YearForm(String.valueOf(year + 1), "", false, List.of()), model);
		}
	}

	@PostMapping("/years")
	String loadYear(@RequestParam(required = false) String year, @RequestParam(required = false) String csv,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean replace,
			Principal who, Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		String text = csv == null ? "" : csv;
		if (file != null && !file.isEmpty()) {
			text = new String(file.getBytes(), StandardCharsets.UTF_8);
		}
		int shown = parseYear(null);
		try {
			int target = parseRequiredYear(year);
			shown = target;
			List<SpecialDay> days = this.calendar.loadYear(target, text, replace, who.getName());
			redirect.addFlashAttribute("saved",
					"已载入" + target + "年：放假 " + days.stream().filter(d -> d.kind() == SpecialDayKind.HOLIDAY).count()
							+ " 天，调休上班 " + days.stream().filter(d -> d.kind() == SpecialDayKind.WORKDAY).count()
							+ " 天");
			return "redirect:/console/calendar?year=" + target;
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			List<String> errors = ex.errors().stream().map(InputRejected.FieldError::message).toList();
			return page(shown, DayForm.empty(), new YearForm(year, text, replace, errors), model);
		}
	}

	private String page(int year, DayForm dayForm, YearForm yearForm, Model model) {
		HolidayTable table = this.calendar.table();
		TreeSet<Integer> years = new TreeSet<>(table.years());
		model.addAttribute("year", year);
		model.addAttribute("years", years);
		model.addAttribute("loaded", table.covers(year));
		model.addAttribute("loadedYears", this.calendar.loadedYearDetails());
		model.addAttribute("specialDays", table.specialDays(year));
		model.addAttribute("months", table.covers(year) ? months(table, year) : List.of());
		model.addAttribute("workingDayCount", table.covers(year) && table.covers(year - 1)
				? table.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)) : null);
		model.addAttribute("dayForm", dayForm);
		model.addAttribute("yearForm", yearForm);
		model.addAttribute("changes", this.calendar.recentChanges(30));
		return VIEW;
	}

	private static List<Month> months(HolidayTable table, int year) {
		List<Month> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth ym = YearMonth.of(year, m);
			List<List<Cell>> weeks = new ArrayList<>();
			List<Cell> week = new ArrayList<>();
			int pad = ym.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
			for (int i = 0; i < pad; i++) {
				week.add(new Cell(0, "", ""));
			}
			for (int d = 1; d <= ym.lengthOfMonth(); d++) {
				Day day = table.day(ym.atDay(d));
				String css = day.holiday() != null ? (day.workingDay() ? "cal-swap" : "cal-holiday")
						: (day.workingDay() ? "" : "cal-rest");
				week.add(new Cell(d, css, day.date() + " " + day.reason()));
				if (week.size() == 7) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(new Cell(0, "", ""));
				}
				weeks.add(week);
			}
			months.add(new Month(m + "月", weeks));
		}
		return months;
	}

	private int parseYear(String year) {
		try {
			return year == null || year.isBlank() ? LocalDate.now(this.clock).getYear() : parseRequiredYear(year);
		}
		catch (InputRejected ex) {
			return LocalDate.now(this.clock).getYear();
		}
	}

	private static int parseRequiredYear(String year) {
		try {
			int value = Integer.parseInt(year == null ? "" : year.strip());
			if (value < 2000 || value > 2100) {
				throw InputRejected.invalid("year", "年份应在2000至2100之间");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw InputRejected.invalid("year", "请填写四位数年份，如 2027");
		}
	}

	private int yearOf(String date) {
		try {
			return LocalDate.parse(date == null ? "" : date.strip()).getYear();
		}
		catch (RuntimeException ex) {
			return LocalDate.now(this.clock).getYear();
		}
	}

}
