package org.sanxiang.disclosure.publication;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.casework.StaffActors;
import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.disclosure.PublicationTimeliness;
import org.sanxiang.platform.DateInput;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 公示管理 in the console: the publications waiting for approval (待审核, with those still
 * waiting for their document, 待文书), the clocks that warn or are overdue (GS-3, GS-4),
 * what is published, withdrawn and held back; a publication's page with its history and
 * the 负责人's actions (公示, 撤回, 更正, 不予公开); the agency's settings; the timeliness figure. Bad
 * input answers 422 with the page and a Chinese message; nothing is stored.
 */
@Controller
@RequestMapping("/console/publications")
class PublicationConsoleController {

	static final int LIMIT = 200;

	/** A tab of the list. */
	record Tab(String key, String title) {
	}

	static final List<Tab> TABS = List.of(new Tab("review", "待审核"), new Tab("deadlines", "逾期/预警"),
			new Tab("published", "已公示"), new Tab("withdrawn", "已撤回"), new Tab("held-back", "不予公开"));

	/** A row of a list: the publication, its clock, and its withdrawal clock if any. */
	record Row(PublicationRecord record, PublicationDeadlines.ClockState clock,
			PublicationDeadlines.ClockState withdrawalClock) {

		public String statusLabel() {
			PublicationStatus s = this.record.publication().status();
			return s == PublicationStatus.PENDING ? "待文书" : s.label();
		}

	}

	private final PublicationPipeline pipeline;

	private final JdbcPublications publications;

	private final JdbcPublicationSettings settings;

	private final PublicationTimeliness timeliness;

	private final Catalog catalog;

	private final PublicationBackfill backfill;

	PublicationConsoleController(PublicationPipeline pipeline, JdbcPublications publications,
			JdbcPublicationSettings settings, PublicationTimeliness timeliness, Catalog catalog,
			PublicationBackfill backfill) {
		this.pipeline = pipeline;
		this.backfill = backfill;
		this.publications = publications;
		this.settings = settings;
		this.timeliness = timeliness;
		this.catalog = catalog;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "review") String tab, Model model) {
		LocalDate today = this.pipeline.today();
		Tab current = TABS.stream().filter(t -> t.key().equals(tab)).findFirst().orElse(TABS.get(0));
		List<Row> rows = switch (current.key()) {
			case "deadlines" -> deadlines(today);
			case "published" -> rows(this.publications.latest(PublicationStatus.PUBLISHED, LIMIT), today);
			case "withdrawn" -> rows(this.publications.latest(PublicationStatus.WITHDRAWN, LIMIT), today);
			case "held-back" -> rows(this.publications.latest(PublicationStatus.HELD_BACK, LIMIT), today);
			default -> rows(this.publications
				.withStatus(List.of(PublicationStatus.AWAITING_APPROVAL, PublicationStatus.PENDING), LIMIT), today);
		};
		model.addAttribute("tabs", TABS);
		model.addAttribute("tab", current);
		model.addAttribute("rows", rows);
		model.addAttribute("today", today);
		if (current.key().equals("deadlines")) {
			YearMonth month = YearMonth.from(today);
			model.addAttribute("figures", this.timeliness.publications(month.minusMonths(11), month));
			model.addAttribute("withdrawalFigures", this.timeliness.withdrawals(month.minusMonths(11), month));
		}
		return "publication/list";
	}

	/**
	 * Open publications whose clock warns or is overdue, then withdrawals still to do.
	 */
	private List<Row> deadlines(LocalDate today) {
		List<Row> rows = new ArrayList<>();
		for (Row r : rows(this.publications
			.withStatus(List.of(PublicationStatus.AWAITING_APPROVAL, PublicationStatus.PENDING), LIMIT), today)) {
			if (!PublicationDeadlines.ClockState.NORMAL.equals(r.clock().urgency())) {
				rows.add(r);
			}
		}
		for (Row r : rows(this.publications.withdrawalsPending(LIMIT), today)) {
			if (rows.stream().noneMatch(x -> x.record().id().equals(r.record().id()))) {
				rows.add(r);
			}
		}
		rows.sort(Comparator.comparing((Row r) -> r.withdrawalClock() != null ? r.withdrawalClock().workingDaysLeft()
				: r.clock().workingDaysLeft()));
		return rows;
	}

	private List<Row> rows(List<PublicationRecord> records, LocalDate today) {
		return records.stream().map(r -> row(r, today)).toList();
	}

	private Row row(PublicationRecord r, LocalDate today) {
		PublicationDeadlines deadlines = this.pipeline.deadlines();
		PublicationStatus s = r.publication().status();
		boolean open = s == PublicationStatus.PENDING || s == PublicationStatus.AWAITING_APPROVAL;
		return new Row(r, open ? deadlines.state(r.publication().dueOn(), today) : null,
				r.withdrawalPending() != null && r.withdrawalDueOn() != null
						? deadlines.state(r.withdrawalDueOn(), today) : null);
	}

	/**
	 * 核对并补生成公示信息: a 负责人 has every decided case checked for its publications and the
	 * missing ones created ({@link PublicationBackfill}).
	 */
	@PostMapping("/backfill")
	String backfill(Authentication auth) {
		org.sanxiang.casework.Actor actor = StaffActors.of(auth);
		if (!actor.has(org.sanxiang.identity.Role.DIRECTOR)) {
			throw new org.springframework.security.access.AccessDeniedException("核对公示信息需要负责人");
		}
		int created = this.backfill.backfill(actor.account());
		String done = created == 0 ? "已核对：所有已决定的案件均已生成公示信息" : "已核对：补生成公示信息 " + created + " 件";
		return "redirect:/console/publications?done="
				+ java.net.URLEncoder.encode(done, java.nio.charset.StandardCharsets.UTF_8);
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return detailPage(id, model);
	}

	private String detailPage(UUID id, Model model) {
		PublicationRecord r = this.publications.find(id).orElseThrow(() -> new NotFound("未找到该公示信息"));
		model.addAttribute("row", row(r, this.pipeline.today()));
		model.addAttribute("p", r.publication());
		model.addAttribute("history", this.publications.history(id));
		model.addAttribute("holdBackGrounds", PublicationPipeline.HOLD_BACK_GROUNDS);
		model.addAttribute("withdrawalGrounds", PublicationPipeline.WITHDRAWAL_GROUNDS);
		model.addAttribute("today", this.pipeline.today());
		return "publication/detail";
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable UUID id, Authentication auth, Model model, HttpServletResponse response) {
		return act(id, model, response, () -> this.pipeline.publish(id, StaffActors.of(auth)), "已公示");
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) String ground,
			@RequestParam(required = false) String explanation, Authentication auth, Model model,
			HttpServletResponse response) {
		return act(id, model, response, () -> this.pipeline.withdraw(id, ground, explanation, StaffActors.of(auth)),
				"已撤回");
	}

	@PostMapping("/{id}/correct")
	String correct(@PathVariable UUID id, @RequestParam(required = false) String currentStatus,
			@RequestParam(required = false) String validTo, @RequestParam(required = false) String remarks,
			@RequestParam(required = false) String explanation, Authentication auth, Model model,
			HttpServletResponse response) {
		return act(
				id, model, response, () -> this.pipeline.correct(id, currentStatus,
						DateInput.optional("validTo", "有效期至", validTo), remarks, explanation, StaffActors.of(auth)),
				"已更正");
	}

	@PostMapping("/{id}/hold-back")
	String holdBack(@PathVariable UUID id, @RequestParam(required = false) String ground,
			@RequestParam(required = false) String reason, Authentication auth, Model model,
			HttpServletResponse response) {
		return act(id, model, response, () -> this.pipeline.holdBack(id, ground, reason, StaffActors.of(auth)),
				"已决定不予公开");
	}

	private String act(UUID id, Model model, HttpServletResponse response, Runnable action, String done) {
		try {
			action.run();
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			model.addAttribute("problem", ex.firstMessage());
			return detailPage(id, model);
		}
		return "redirect:/console/publications/" + id + "?done="
				+ java.net.URLEncoder.encode(done, java.nio.charset.StandardCharsets.UTF_8);
	}

	@GetMapping("/settings")
	String settings(Model model) {
		model.addAttribute("settings", this.settings.of(agency().creditCode()));
		model.addAttribute("agency", agency());
		return "publication/settings";
	}

	@PostMapping("/settings")
	String saveSettings(@RequestParam(defaultValue = "false") boolean autoPublish,
			@RequestParam(defaultValue = "false") boolean publishPersonRefusals,
			@RequestParam(required = false) String grantYearsAfterValidity,
			@RequestParam(required = false) String grantYearsWithoutValidity,
			@RequestParam(required = false) String refusalYears, @RequestParam(required = false) String withdrawnYears,
			Authentication auth, Model model, HttpServletResponse response) {
		Agency agency = agency();
		try {
			if (!StaffActors.of(auth).has(org.sanxiang.identity.Role.DIRECTOR)) {
				throw new org.springframework.security.access.AccessDeniedException("公示设置需要负责人");
			}
			this.settings.save(
					new PublicationSettings(agency.creditCode(), autoPublish, publishPersonRefusals,
							years("grantYearsAfterValidity", grantYearsAfterValidity),
							years("grantYearsWithoutValidity", grantYearsWithoutValidity),
							years("refusalYears", refusalYears), years("withdrawnYears", withdrawnYears)),
					auth.getName());
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			model.addAttribute("problem", ex.firstMessage());
			return settings(model);
		}
		return "redirect:/console/publications/settings?saved";
	}

	private Agency agency() {
		return this.catalog.agencies().stream().findFirst().orElseThrow(() -> new NotFound("未配置执法主体"));
	}

	private static int years(String field, String value) {
		try {
			return Integer.parseInt(value == null ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			throw InputRejected.unprocessable(field, "公示期限应填写整数年数");
		}
	}

	@ExceptionHandler(NotFound.class)
	String notFound(NotFound ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("detail", ex.getMessage());
		return "error/404";
	}

}
