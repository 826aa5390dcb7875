package org.sanxiang.complaints;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.platform.ClientRateLimiter;
import org.sanxiang.platform.InputRejected;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side, no login and no script: the form (rate-limited per client address,
 * with an arithmetic question), the receipt that shows number and query code once, the
 * tracking page and the monthly statistics. A wrong code and an unknown number get the
 * same answer, so numbers cannot be probed.
 */
@Controller
class ComplaintPublicController {

	static final int TRACKING_PER_MINUTE = 10;

	static final String NOT_FOUND = "未找到该投诉举报：请核对受理编号和查询码";

	private final ComplaintDesk desk;

	private final Challenges challenges;

	private final ComplaintStatistics statistics;

	private final Catalog catalog;

	private final ClientRateLimiter submissions;

	private final ClientRateLimiter lookups;

	private final int perHour;

	ComplaintPublicController(ComplaintDesk desk, Challenges challenges, ComplaintStatistics statistics,
			Catalog catalog, Clock clock, @Value("${sanxiang.complaints.submissions-per-hour:5}") int perHour) {
		this.desk = desk;
		this.challenges = challenges;
		this.statistics = statistics;
		this.catalog = catalog;
		this.perHour = perHour;
		this.submissions = new ClientRateLimiter(clock, perHour, Duration.ofHours(1), 10_000);
		this.lookups = new ClientRateLimiter(clock, TRACKING_PER_MINUTE, Duration.ofMinutes(1), 10_000);
	}

	@GetMapping("/complaints/new")
	String form(Model model) {
		return formPage(ComplaintForm.empty(), Map.of(), null, model);
	}

	@PostMapping("/complaints/new")
	String submit(@RequestParam(required = false) String kind, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String officerId, @RequestParam(required = false) String certificateNo,
			@RequestParam(required = false) String caseNumber, @RequestParam(required = false) String content,
			@RequestParam(required = false) String contactName, @RequestParam(required = false) String contactPhone,
			@RequestParam(defaultValue = "false") boolean anonymous,
			@RequestParam(required = false) String challengeToken,
			@RequestParam(required = false) String challengeAnswer, HttpServletRequest request, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ComplaintForm form = new ComplaintForm(kind, unitCode, officerId, certificateNo, caseNumber, content,
				contactName, contactPhone, anonymous, challengeToken, challengeAnswer);
		if (!this.submissions.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			return formPage(form, Map.of(), "提交过于频繁：同一网络地址每小时最多提交" + this.perHour + "次投诉举报，请一小时后再试，或拨打监督电话反映。", model);
		}
		try {
			ComplaintDesk.Receipt receipt = this.desk.submit(form);
			redirect.addFlashAttribute("receipt", receipt);
			return "redirect:/complaints/receipt";
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			Map<String, String> errors = new LinkedHashMap<>();
			ex.errors().forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a + "；" + b));
			return formPage(form, errors, null, model);
		}
	}

	@GetMapping("/complaints/receipt")
	String receipt() {
		return "complaints/receipt";
	}

	@GetMapping("/complaints/track")
	String track(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
			HttpServletRequest request, Model model, HttpServletResponse response) {
		model.addAttribute("number", number == null ? "" : number);
		if (number == null && code == null) {
			return "complaints/track";
		}
		if (!this.lookups.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			model.addAttribute("problem", "查询过于频繁，每分钟最多查询" + TRACKING_PER_MINUTE + "次，请稍后再试");
			return "complaints/track";
		}
		Optional<Complaint> found = this.desk.track(number, code);
		if (found.isEmpty()) {
			response.setStatus(404);
			model.addAttribute("problem", NOT_FOUND);
			return "complaints/track";
		}
		model.addAttribute("complaint", found.get());
		return "complaints/track";
	}

	@GetMapping("/complaints/statistics")
	String statistics(Model model) {
		model.addAttribute("months", this.statistics.months());
		return "complaints/statistics";
	}

	private String formPage(ComplaintForm form, Map<String, String> errors, String problem, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("challenge", this.challenges.next());
		model.addAttribute("units", this.catalog.units());
		model.addAttribute("officers", this.desk.certifiedOfficers());
		model.addAttribute("wholeAgency", ComplaintDesk.WHOLE_AGENCY);
		model.addAttribute("maxContent", ComplaintDesk.MAX_CONTENT);
		return "complaints/new";
	}

}
