package org.sanxiang.supervision.kpi;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.sanxiang.platform.ErrorPages;
import org.sanxiang.platform.InputRejected;

/**
 * 考核指标 dashboard: every indicator computed from the records for a period, per agency,
 * unit, officer and month, each number a link to the records behind it; and the same
 * tables as an Excel workbook.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','DIRECTOR')")
class KpiConsoleController {

	private final Kpis kpis;

	private final KpiWorkbook workbook;

	KpiConsoleController(Kpis kpis, KpiWorkbook workbook) {
		this.kpis = kpis;
		this.workbook = workbook;
	}

	@GetMapping("/console/supervision/kpi")
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Kpis.Period period = this.kpis.period(from, to);
		model.addAttribute("dashboard", this.kpis.dashboard(period));
		model.addAttribute("period", period);
		return "supervision/kpi/dashboard";
	}

	@GetMapping("/console/supervision/kpi/{indicator}")
	String drill(@PathVariable String indicator,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String by, @RequestParam(required = false) String key, Model model) {
		if (!Kpis.INDICATORS.contains(indicator)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个指标");
		}
		Kpis.Period period = this.kpis.period(from, to);
		Kpis.Filter filter = Kpis.Filter.of(by, key);
		Kpis.Facts facts = this.kpis.facts(period);
		Kpis.Drill drill = this.kpis.drill(indicator, period, filter, facts);
		Kpis.Indicator indicatorRow = this.kpis.indicator(indicator, period, facts);
		model.addAttribute("indicator", indicatorRow);
		model.addAttribute("drill", drill);
		model.addAttribute("filter", filter);
		model.addAttribute("period", period);
		return "supervision/kpi/drill";
	}

	@GetMapping("/console/supervision/kpi.xlsx")
	void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		Kpis.Period period = this.kpis.period(from, to);
		Kpis.Dashboard dashboard = this.kpis.dashboard(period);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"kpi-" + period.from() + "-" + period.to() + ".xlsx\"");
		this.workbook.write(dashboard, response.getOutputStream());
	}

	/**
	 * A period ending before it starts, or a breakdown an indicator has not: the reason,
	 * 4xx.
	 */
	@ExceptionHandler(InputRejected.class)
	ModelAndView rejected(InputRejected ex) {
		HttpStatus status = HttpStatus.valueOf(ex.kind().status());
		return ErrorPages.page(status, ex.firstMessage());
	}

}
