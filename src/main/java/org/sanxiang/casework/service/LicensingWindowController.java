package org.sanxiang.casework.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.StaffActors;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.Material;
import org.sanxiang.catalog.PowerCategory;
import org.sanxiang.identity.Role;
import org.sanxiang.platform.InputRejected;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The window clerk (窗口人员) records a paper application (行政许可法 第二十九条) and hands the
 * applicant the 申请材料接收凭证: the number and the query code, shown once (only a hash of the
 * code is kept), as a flash attribute so that reloading the page does not show it again.
 * For each material of the item's list (第三十条) the clerk attaches a scan or ticks that the
 * paper original was checked (纸质材料已核验); the receipt lists what was received.
 */
@Controller
class LicensingWindowController {

	private final Casework casework;

	private final Catalog catalog;

	private final MaterialFiles files;

	LicensingWindowController(Casework casework, Catalog catalog, MaterialFiles files) {
		this.casework = casework;
		this.catalog = catalog;
		this.files = files;
	}

	/** The paper application as typed at the window. */
	record PaperApplication(String applicantKind, String applicantName, String idNumber, String creditCode,
			String contactName, String contactPhone, String contactAddress, String itemCode,
			String legalRepresentative) {

		static PaperApplication empty() {
			return new PaperApplication("PERSON", "", "", "", "", "", "", "", "");
		}

	}

	@GetMapping("/console/licensing/new")
	String form(Authentication authentication, Model model) {
		clerk(authentication);
		return form(model, PaperApplication.empty(), Map.of());
	}

	@PostMapping("/console/licensing/new")
	String apply(@RequestParam Map<String, MultipartFile> uploads, @ModelAttribute PaperApplication form,
			HttpServletRequest request, Authentication authentication, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		// the files first: an over-size scan is then a MaxUploadSizeExceededException
		// (tooLarge) rather than the container's parameter error while binding the form
		Actor actor = clerk(authentication);
		Applicant.ApplicantKind kind;
		try {
			kind = form.applicantKind() == null || form.applicantKind().isBlank() ? null
					: Applicant.ApplicantKind.valueOf(form.applicantKind());
		}
		catch (IllegalArgumentException ex) {
			kind = null;
		}
		Applicant applicant = new Applicant(kind, form.applicantName(), form.idNumber(), form.creditCode(),
				form.contactName(), form.contactPhone(), form.contactAddress(), form.legalRepresentative());
		try {
			List<MaterialSubmission> materials = this.catalog.item(form.itemCode() == null ? "" : form.itemCode())
				.map(item -> submissions(item, uploads, request))
				.orElse(List.of());
			Casework.Receipt receipt = this.casework.apply(applicant, form.itemCode(), materials, actor);
			redirect.addFlashAttribute("receipt", receipt);
			redirect.addFlashAttribute("receiptMaterials",
					OnlineApplicationController.ReceiptMaterial.of(receipt.materials()));
			redirect.addFlashAttribute("receiptMissing",
					this.casework.missingMaterials(this.casework.find(receipt.id()).licensingCase()));
			redirect.addFlashAttribute("receiptApplicant", form.applicantName().strip());
			redirect.addFlashAttribute("receiptItem",
					this.catalog.item(form.itemCode()).map(Item::name).orElse(form.itemCode()));
			return "redirect:/console/licensing/receipt";
		}
		catch (InputRejected rejected) {
			response.setStatus(MaterialRejected.statusOf(rejected));
			Map<String, String> errors = new java.util.LinkedHashMap<>();
			rejected.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
			return form(model, form, errors);
		}
	}

	/**
	 * A scan over the size limit, refused while the request was read: the form again with
	 * the reason (the typed fields did not arrive either).
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(Model model, HttpServletResponse response) {
		response.setStatus(MaterialRejected.TOO_LARGE);
		return form(model, PaperApplication.empty(), Map.of("file", this.files.tooLargeMessage()));
	}

	/**
	 * For each material of the item's list: the scan {@code material-<item>-<n>}, the
	 * paper original ticked {@code paper-<item>-<n>}, or both.
	 */
	static List<MaterialSubmission> submissions(Item item, Map<String, MultipartFile> uploads,
			HttpServletRequest request) {
		List<MaterialSubmission> submissions = new ArrayList<>();
		List<Material> materials = item.materials();
		for (int i = 0; i < materials.size(); i++) {
			String key = item.code() + "-" + i;
			MultipartFile file = uploads.get("material-" + key);
			if (file != null && !file.isEmpty()) {
				submissions.add(MaterialFiles.upload(materials.get(i).name(), file));
			}
			if (request.getParameter("paper-" + key) != null) {
				submissions.add(MaterialSubmission.paper(materials.get(i).name()));
			}
		}
		return submissions;
	}

	/** 申请材料接收凭证, once: after a reload the flash is gone and the list is shown. */
	@GetMapping("/console/licensing/receipt")
	String receipt(Model model) {
		if (!model.containsAttribute("receipt")) {
			return "redirect:/console/licensing";
		}
		return "casework/console/licensing-receipt";
	}

	private String form(Model model, PaperApplication form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("items", licensingItems());
		model.addAttribute("maxFileSize", ReceivedMaterial.sizeText(this.files.maxFileSize().toBytes()));
		return "casework/console/licensing-new";
	}

	/** The 行政许可 items in force today. */
	private List<Item> licensingItems() {
		return this.catalog.items().stream().filter(i -> i.category() == PowerCategory.LICENSING).toList();
	}

	private static Actor clerk(Authentication authentication) {
		Actor actor = StaffActors.of(authentication);
		if (!actor.has(Role.CLERK)) {
			throw new AccessDeniedException("登记纸质申请需要窗口人员角色");
		}
		return actor;
	}

}
