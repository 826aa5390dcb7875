package org.sanxiang.casework.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.licensing.LicensingCase;
import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.Material;
import org.sanxiang.catalog.PowerCategory;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's side of 行政许可 on the public portal, without an account and without
 * JavaScript: 网上申请 for an item in force (行政许可法 第二十九条、第三十三条), the 申请材料接收凭证 shown once
 * (Post/Redirect/Get, the query code travels as a flash attribute so a reload does not
 * show it again), and 办件查询 by number and query code, rate-limited per client address
 * (issue 4 items 1 and 9). The form carries one file per material of the item's list
 * (第三十条); a file refused for its type or size refuses the application and nothing is
 * saved. Materials are never shown on the public progress page.
 */
@Controller
class OnlineApplicationController {

	private final Casework casework;

	private final Catalog catalog;

	private final OnlineApplicationProgress progress;

	private final OnlineApplicationRateLimiter limiter;

	private final MaterialFiles files;

	OnlineApplicationController(Casework casework, Catalog catalog, OnlineApplicationProgress progress,
			OnlineApplicationRateLimiter limiter, MaterialFiles files) {
		this.casework = casework;
		this.catalog = catalog;
		this.progress = progress;
		this.limiter = limiter;
		this.files = files;
	}

	/** What the form posts; the kind is PERSON or ORGANISATION. */
	record ApplicationForm(String applicantKind, String applicantName, String idNumber, String creditCode,
			String contactName, String contactPhone, String contactAddress, Boolean statement,
			String legalRepresentative) {

		static ApplicationForm empty() {
			return new ApplicationForm("PERSON", "", "", "", "", "", "", false, "");
		}

	}

	/**
	 * 申请材料接收凭证, carried once to the receipt page, with the materials received and the
	 * required ones still missing.
	 */
	record ReceiptPage(String agency, String itemCode, String itemName, String applicant, String number,
			String queryCode, LocalDate receivedOn, String statutoryLimit, String promisedLimit,
			LocalDate correctionNoticeBy, List<ReceiptMaterial> materials,
			List<String> missing) implements Serializable {
	}

	/** One material on a receipt: its name, the file's name or 纸质, and its size. */
	record ReceiptMaterial(String name, String form, String size) implements Serializable {

		static List<ReceiptMaterial> of(List<ReceivedMaterial> received) {
			return received.stream()
				.map(m -> new ReceiptMaterial(m.materialName(), m.paper() ? "纸质材料（已核验）" : m.fileName(), m.sizeText()))
				.toList();
		}

	}

	/** Lets the portal layout mark 办件查询 in the navigation. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@GetMapping("/apply/{itemCode}")
	String form(@PathVariable String itemCode, Model model) {
		form(model, item(itemCode), ApplicationForm.empty(), Map.of());
		return "casework/portal/apply";
	}

	@PostMapping("/apply/{itemCode}")
	ModelAndView apply(@PathVariable String itemCode, @RequestParam Map<String, MultipartFile> uploads,
			@ModelAttribute("form") ApplicationForm form, RedirectAttributes redirect, Model model) {
		// The files come first: resolving them parses the body, so a file over the limit
		// is
		// a MaxUploadSizeExceededException for tooLarge(...) rather than the container's
		// parameter error while binding the form.
		Item item = item(itemCode);
		try {
			Applicant.ApplicantKind kind = kind(form.applicantKind());
			if (!Boolean.TRUE.equals(form.statement())) {
				throw InputRejected.invalid("statement", "请确认将按清单提交申请材料");
			}
			Applicant applicant = new Applicant(kind, form.applicantName(), form.idNumber(), form.creditCode(),
					form.contactName(), form.contactPhone(), form.contactAddress(), form.legalRepresentative());
			String name = form.applicantName() == null || form.applicantName().isBlank() ? "申请人"
					: form.applicantName().strip();
			// the applicant has no account: recorded by name as 申请人 (JL-1)
			Casework.Receipt receipt = this.casework.apply(applicant, itemCode, submissions(item, uploads),
					new Actor("applicant", name, Set.of()));
			redirect.addFlashAttribute("receipt", receipt(item, name, receipt));
			return new ModelAndView("redirect:/apply/receipt");
		}
		catch (InputRejected ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
			form(model, item, form, errors);
			return new ModelAndView("casework/portal/apply", model.asMap(),
					HttpStatus.valueOf(MaterialRejected.statusOf(ex)));
		}
	}

	/**
	 * A file over the size limit, refused while the request was read: the form again with
	 * the reason (the typed fields did not arrive either), never an error page.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request, Model model) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String code = variables instanceof Map<?, ?> map && map.get("itemCode") instanceof String c ? c : "";
		form(model, item(code), ApplicationForm.empty(), Map.of("file", this.files.tooLargeMessage()));
		return new ModelAndView("casework/portal/apply", model.asMap(), HttpStatus.CONTENT_TOO_LARGE);
	}

	/**
	 * The file chosen for each material of the list, by its input {@code material-<n>}.
	 */
	static List<MaterialSubmission> submissions(Item item, Map<String, MultipartFile> uploads) {
		List<MaterialSubmission> submissions = new ArrayList<>();
		List<Material> materials = item.materials();
		for (int i = 0; i < materials.size(); i++) {
			MultipartFile file = uploads.get("material-" + i);
			if (file != null && !file.isEmpty()) {
				submissions.add(MaterialFiles.upload(materials.get(i).name(), file));
			}
		}
		return submissions;
	}

	/**
	 * The receipt after the redirect; once shown, a reload finds no flash attribute and
	 * says so instead of showing the query code again.
	 */
	@GetMapping("/apply/receipt")
	String receipt(Model model) {
		return model.containsAttribute("receipt") ? "casework/portal/receipt" : "casework/portal/receipt-gone";
	}

	@GetMapping("/progress")
	ModelAndView progress(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
			HttpServletRequest request, Model model) {
		model.addAttribute("number", number == null ? "" : number.strip());
		if ((number == null || number.isBlank()) && (code == null || code.isBlank())) {
			return new ModelAndView("casework/portal/progress", model.asMap());
		}
		if (!this.limiter.tryAcquire(request.getRemoteAddr())) {
			model.addAttribute("problem", new OnlineApplicationRateLimiter.TooManyLookups().getMessage());
			return new ModelAndView("casework/portal/progress", model.asMap(), HttpStatus.TOO_MANY_REQUESTS);
		}
		Optional<OnlineApplicationProgress.Progress> found = this.progress.find(number, code);
		if (found.isEmpty()) {
			model.addAttribute("problem", "未找到该办件，请核对办件编号和查询码");
			return new ModelAndView("casework/portal/progress", model.asMap(), HttpStatus.NOT_FOUND);
		}
		model.addAttribute("progress", found.get());
		return new ModelAndView("casework/portal/progress", model.asMap());
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("detail", ex.getMessage());
		page.addObject("status", 404);
		return page;
	}

	private void form(Model model, Item item, ApplicationForm form, Map<String, String> errors) {
		model.addAttribute("item", item);
		model.addAttribute("agency", agency(item));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("maxFileSize", ReceivedMaterial.sizeText(this.files.maxFileSize().toBytes()));
	}

	/** Only 行政许可 items in force today can be applied for online. */
	private Item item(String code) {
		return this.catalog.item(code)
			.filter(i -> i.category() == PowerCategory.LICENSING)
			.orElseThrow(() -> new NotFound("未找到可网上申请的行政许可事项“" + code + "”"));
	}

	private String agency(Item item) {
		return this.catalog.agency(item.agencyCode()).map(Agency::name).orElse(item.agencyCode());
	}

	private static Applicant.ApplicantKind kind(String value) {
		try {
			return Applicant.ApplicantKind.valueOf(value == null ? "" : value);
		}
		catch (IllegalArgumentException ex) {
			throw InputRejected.invalid("applicantKind", "请选择申请人类型：自然人或法人和其他组织");
		}
	}

	private ReceiptPage receipt(Item item, String applicant, Casework.Receipt receipt) {
		LocalDate correctionBy;
		LicensingCase c = this.casework.find(receipt.id()).licensingCase();
		try {
			correctionBy = c.deadlines().correctionNoticeBy(this.casework.workingDays());
		}
		catch (InputRejected ex) {
			// beyond the loaded calendar: the receipt states the rule without the date
			correctionBy = null;
		}
		return new ReceiptPage(agency(item), item.code(), item.name(), applicant, receipt.number(), receipt.queryCode(),
				receipt.receivedOn(), text(item.statutoryLimit()), text(item.promisedLimit()), correctionBy,
				ReceiptMaterial.of(receipt.materials()), this.casework.missingMaterials(c));
	}

	private static String text(Object limit) {
		return limit == null ? "—" : limit.toString();
	}

}
