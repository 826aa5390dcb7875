package org.sanxiang.disclosure.search;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.PowerCategory;
import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublishedDecisions;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;
import org.sanxiang.platform.QrCodes;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 事后公开 on the portal (GS-3, GS-4, GS-6): the list of public licensing decisions with
 * filters, full-text search at {@code /search?q=…}, a decision's page with every public
 * 双公示 field (GS-7, never an ID number), its history, the document's verification QR code
 * and the journal's inclusion proof, and per-item figures. No login, no JavaScript; bad
 * input is a Chinese message on the page with status 400.
 */
@Controller
class DecisionsController {

	static final int PAGE_SIZE = 20;

	static final int QR_SIZE = 240;

	static final String NOT_FOUND = "未找到该公示决定：它可能不存在、未公开，或已超过公示期限。";

	private final DecisionSearch search;

	private final PublishedDecisions decisions;

	private final DecisionIndexer index;

	private final Catalog catalog;

	private final PublicLinks links;

	DecisionsController(DecisionSearch search, PublishedDecisions decisions, DecisionIndexer index, Catalog catalog,
			PublicLinks links) {
		this.search = search;
		this.decisions = decisions;
		this.index = index;
		this.catalog = catalog;
		this.links = links;
	}

	/** Lets the layout mark the current section of the navigation. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@GetMapping("/decisions")
	String list(@RequestParam(required = false) String item, @RequestParam(required = false) String action,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String currentStatus, @RequestParam(required = false) String page,
			Model model, HttpServletResponse response) {
		return page(null, item, action, from, to, currentStatus, page, "/decisions", model, response);
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String item,
			@RequestParam(required = false) String action, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String currentStatus,
			@RequestParam(required = false) String page, Model model, HttpServletResponse response) {
		return page(q, item, action, from, to, currentStatus, page, "/search", model, response);
	}

	private String page(String q, String item, String action, String from, String to, String currentStatus, String page,
			String path, Model model, HttpServletResponse response) {
		model.addAttribute("path", path);
		model.addAttribute("items", licensingItems());
		model.addAttribute("actions", DecisionFilters.ACTIONS);
		model.addAttribute("currentStatuses", DecisionFilters.CURRENT_STATUSES);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("item", item == null ? "" : item);
		model.addAttribute("action", action == null ? "" : action);
		model.addAttribute("from", from == null ? "" : from);
		model.addAttribute("to", to == null ? "" : to);
		model.addAttribute("currentStatus", currentStatus == null ? "" : currentStatus);
		model.addAttribute("maxQuery", SearchText.MAX_QUERY);
		try {
			DecisionFilters filters = DecisionFilters.parse(q, item, action, from, to, currentStatus);
			int number = pageNumber(page);
			int offset = DecisionFilters.offset((long) (number - 1) * PAGE_SIZE);
			DecisionSearch.Result result = this.search.find(filters, offset, PAGE_SIZE);
			model.addAttribute("filters", filters);
			model.addAttribute("result", result);
			model.addAttribute("page", number);
			long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
			model.addAttribute("pages", Math.min(pages, DecisionFilters.MAX_OFFSET / PAGE_SIZE + 1));
		}
		catch (InputRejected ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("formErrors", ex.errors());
		}
		return "portal/decisions/list";
	}

	private static int pageNumber(String page) {
		if (page == null || page.isBlank()) {
			return 1;
		}
		try {
			int number = Integer.parseInt(page.strip());
			if (number < 1) {
				throw InputRejected.invalid("page", "页码应为正整数");
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw InputRejected.invalid("page", "页码应为正整数");
		}
	}

	private List<Item> licensingItems() {
		return this.catalog.items()
			.stream()
			.filter(i -> i.category() == PowerCategory.LICENSING)
			.sorted(Comparator.comparing(Item::code))
			.toList();
	}

	@GetMapping("/decisions/statistics")
	String statistics(Model model) {
		DecisionStatistics statistics = this.index.statistics();
		model.addAttribute("statistics", statistics);
		model.addAttribute("rows",
				statistics.items()
					.stream()
					.map(i -> new StatisticsRow(i,
							DecisionFilters.ACTIONS.stream().map(a -> i.byAction().getOrDefault(a, 0L)).toList()))
					.toList());
		model.addAttribute("actions", DecisionFilters.ACTIONS);
		model.addAttribute("complete", !this.index.building());
		model.addAttribute("today", this.decisions.today());
		return "portal/decisions/statistics";
	}

	@GetMapping("/decisions/{id}")
	String detail(@PathVariable String id, Model model) {
		Publication publication = find(id);
		model.addAttribute("d", publication);
		model.addAttribute("history",
				this.decisions.history(publication.id())
					.stream()
					.map(h -> new HistoryRow(minute(h.at()), h.change(), h.note()))
					.toList());
		model.addAttribute("publishedAt", minute(publication.publishedAt()));
		model.addAttribute("withdrawnAt", minute(publication.withdrawnAt()));
		model.addAttribute("showCertificateNumber", showCertificateNumber(publication));
		if (publication.documentNumber() != null) {
			model.addAttribute("verifyUrl", this.links.documentVerification(publication.documentNumber()));
		}
		if (publication.journalSeq() != null) {
			model.addAttribute("proofUrl", this.links.inclusionProof(publication.journalSeq()));
		}
		return "portal/decisions/detail";
	}

	/** The QR code of the document's verification page. */
	@GetMapping(path = "/decisions/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable String id) {
		Publication publication = find(id);
		if (publication.documentNumber() == null) {
			throw new NotFound("该决定尚无文书号");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(QrCodes.png(this.links.documentVerification(publication.documentNumber()), QR_SIZE));
	}

	private Publication find(String id) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound(NOT_FOUND);
		}
		return this.decisions.find(uuid).orElseThrow(() -> new NotFound(NOT_FOUND));
	}

	/**
	 * GS-5, GS-7: the licence number of a natural person is collected but never shown.
	 */
	static boolean showCertificateNumber(Publication publication) {
		return publication.certificateNumber() != null && !"自然人".equals(publication.partyCategory());
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("detail", ex.getMessage());
		page.addObject("status", 404);
		page.addObject("currentPath", currentPath(request));
		return page;
	}

	/**
	 * One item's line of the figures: its counts in the order of
	 * {@link DecisionFilters#ACTIONS}.
	 */
	record StatisticsRow(DecisionStatistics.Item item, List<Long> byAction) {
	}

	/** A step of the public history, at Beijing time. */
	record HistoryRow(String at, String change, String note) {
	}

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	static String minute(Instant at) {
		return at == null ? null : MINUTE.format(at);
	}

}
