package org.sanxiang.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.CatalogEntry;
import org.sanxiang.catalog.CertificateStatus;
import org.sanxiang.catalog.Change;
import org.sanxiang.catalog.DayUnit;
import org.sanxiang.catalog.DiscretionBenchmark;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.MajorCondition;
import org.sanxiang.catalog.MajorConditionKind;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.PowerCategory;
import org.sanxiang.catalog.SupervisionMethod;
import org.sanxiang.catalog.Unit;
import org.sanxiang.catalog.Versioned;
import org.sanxiang.platform.InputRejected;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.PropertyAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The forms that change catalog entries. Each save is one new version through
 * {@link Catalog#save}, with 生效日期 and 变更原因; conversion errors and the catalog's
 * {@link InputRejected} field errors are shown next to the fields, with a summary at the
 * top, the typed values kept and nothing saved.
 */
@Controller
@RequestMapping("/console/catalog")
class CatalogFormsController {

	/**
	 * Blank rows offered after the existing ones, so more can be typed without scripting.
	 */
	private static final int BLANK_ROWS = 2;

	private static final FieldLabels FIELD_LABELS = new FieldLabels();

	private final Catalog catalog;

	private final Clock clock;

	CatalogFormsController(Catalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		// Every field is a string or a checkbox, so only a forged request fails here;
		// still answer in
		// Chinese next to the field rather than with Spring's English default.
		binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
			@Override
			public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
				result.addError(new FieldError(result.getObjectName(), ex.getPropertyName(), ex.getValue(), true, null,
						null, "格式不正确"));
			}
		});
	}

	@GetMapping("/{kind}/new")
	String newForm(@PathVariable String kind, Model model) {
		EntryForm<?> form = blankForm(kind);
		form.padRows(BLANK_ROWS);
		form.setEffectiveFrom(today().toString());
		return render(form, null, model);
	}

	@GetMapping("/{kind}/{key}/edit")
	String editForm(@PathVariable String kind, @PathVariable String key, Model model) {
		EntryForm<?> form = blankForm(kind);
		fillFromLatest(form, key);
		form.padRows(BLANK_ROWS);
		form.setEffectiveFrom(today().toString());
		return render(form, key, model);
	}

	private <T extends CatalogEntry> void fillFromLatest(EntryForm<T> form, String key) {
		Versioned<T> latest = latest(form.kind(), key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		form.fill(latest.content());
	}

	/**
	 * A blank repeated row for htmx's "增加一行"; without scripting the form's addRow button
	 * does the same.
	 */
	@GetMapping("/item/row")
	String itemRow(@RequestParam String section, @RequestParam int index, Model model) {
		if (!ItemForm.LEGAL_BASES.equals(section) && !ItemForm.MATERIALS.equals(section) || index < 0 || index > 200) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		ItemForm form = new ItemForm();
		for (int i = 0; i <= index; i++) {
			form.addRow(section);
		}
		model.addAttribute("form", form);
		model.addAttribute("index", index);
		return "console/catalog/item-row :: "
				+ (ItemForm.LEGAL_BASES.equals(section) ? "legalBasisAdded" : "materialAdded");
	}

	@PostMapping({ "/agency/new", "/agency/{key}/edit" })
	String saveAgency(@PathVariable(required = false) String key, @ModelAttribute("form") AgencyForm form,
			BindingResult result, @RequestParam(required = false) String addRow, Authentication user, Model model,
			RedirectAttributes redirect) {
		return save(form, key, result, addRow, user, model, redirect);
	}

	@PostMapping({ "/unit/new", "/unit/{key}/edit" })
	String saveUnit(@PathVariable(required = false) String key, @ModelAttribute("form") UnitForm form,
			BindingResult result, @RequestParam(required = false) String addRow, Authentication user, Model model,
			RedirectAttributes redirect) {
		return save(form, key, result, addRow, user, model, redirect);
	}

	@PostMapping({ "/officer/new", "/officer/{key}/edit" })
	String saveOfficer(@PathVariable(required = false) String key, @ModelAttribute("form") OfficerForm form,
			BindingResult result, @RequestParam(required = false) String addRow, Authentication user, Model model,
			RedirectAttributes redirect) {
		return save(form, key, result, addRow, user, model, redirect);
	}

	@PostMapping({ "/item/new", "/item/{key}/edit" })
	String saveItem(@PathVariable(required = false) String key, @ModelAttribute("form") ItemForm form,
			BindingResult result, @RequestParam(required = false) String addRow, Authentication user, Model model,
			RedirectAttributes redirect) {
		return save(form, key, result, addRow, user, model, redirect);
	}

	@PostMapping({ "/supervision/new", "/supervision/{key}/edit" })
	String saveSupervisionMethod(@PathVariable(required = false) String key,
			@ModelAttribute("form") SupervisionMethodForm form, BindingResult result,
			@RequestParam(required = false) String addRow, Authentication user, Model model,
			RedirectAttributes redirect) {
		return save(form, key, result, addRow, user, model, redirect);
	}

	@PostMapping({ "/major-condition/new", "/major-condition/{key}/edit" })
	String saveMajorCondition(@PathVariable(required = false) String key,
			@ModelAttribute("form") MajorConditionForm form, BindingResult result,
			@RequestParam(required = false) String addRow, Authentication user, Model model,
			RedirectAttributes redirect) {
		return save(form, key, result, addRow, user, model, redirect);
	}

	@PostMapping({ "/benchmark/new", "/benchmark/{key}/edit" })
	String saveBenchmark(@PathVariable(required = false) String key,
			@ModelAttribute("form") DiscretionBenchmarkForm form, BindingResult result,
			@RequestParam(required = false) String addRow, Authentication user, Model model,
			RedirectAttributes redirect) {
		return save(form, key, result, addRow, user, model, redirect);
	}

	private <T extends CatalogEntry> String save(EntryForm<T> form, String key, BindingResult result, String addRow,
			Authentication user, Model model, RedirectAttributes redirect) {
		EntryKind<T> kind = form.kind();
		Optional<Versioned<T>> latest = Optional.empty();
		if (key != null) {
			latest = latest(kind, key);
			if (latest.isEmpty()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			// The key of an existing entry is fixed by the URL, whatever the form says.
			form.useKey(key);
		}
		if (addRow != null) {
			form.addRow(addRow);
			return render(form, key, model);
		}
		T entry = form.toEntry(agencyCode(latest), this.catalog, result);
		Change change = change(form, result, user);
		if (key == null && form.key() != null && latest(kind, form.key()).isPresent()) {
			result.rejectValue(keyField(kind), "duplicate", kind.label() + "“" + form.key() + "”已存在，请在其修改页面中修改，或换一个编码");
		}
		if (result.hasErrors()) {
			return render(form, key, model);
		}
		Versioned<T> saved;
		try {
			saved = this.catalog.save(kind, entry, change);
		}
		catch (InputRejected ex) {
			for (InputRejected.FieldError error : ex.errors()) {
				rejectOnForm(form, result, error);
			}
			return render(form, key, model);
		}
		redirect.addFlashAttribute("saved", "已保存为第 " + saved.version() + " 版，自 " + saved.effectiveFrom() + " 起生效");
		return "redirect:" + UriComponentsBuilder.fromPath("/console/catalog/{kind}/{key}/history")
			.buildAndExpand(kind.code(), saved.content().key())
			.encode()
			.toUriString();
	}

	/**
	 * 生效日期 (default today) and 变更原因, both required: every version says from when and why.
	 */
	private Change change(EntryForm<?> form, BindingResult result, Authentication user) {
		LocalDate effectiveFrom = Inputs.date(form.getEffectiveFrom(), "effectiveFrom", "生效日期", true, result);
		String reason = Inputs.text(form.getReason());
		if (reason == null) {
			result.rejectValue("reason", "required", "请填写变更原因，例如“《xx条例》修订”");
		}
		String creditCodeOverride = form instanceof AgencyForm agency
				? Inputs.text(agency.getCreditCodeOverrideReason()) : null;
		return new Change(effectiveFrom, reason, user == null ? null : user.getName(), creditCodeOverride);
	}

	/**
	 * Puts a catalog field error next to the matching form field; an error for something
	 * the form does not show (e.g. the agency code) goes to the summary at the top.
	 */
	private static void rejectOnForm(EntryForm<?> form, BindingResult result, InputRejected.FieldError error) {
		String field = error.field() == null ? "" : error.field();
		String kindPrefix = form.kind().code() + ".";
		if (field.startsWith(kindPrefix)) {
			field = field.substring(kindPrefix.length());
		}
		if (field.startsWith("change.")) {
			field = field.substring("change.".length());
		}
		String path = form.formPath(field);
		BeanWrapperImpl wrapper = new BeanWrapperImpl(form);
		// procedureSteps[3] or areas[0] are lines of one textarea: point at the textarea.
		while (!path.isEmpty() && !wrapper.isReadableProperty(path)) {
			int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
			path = cut < 0 ? "" : path.substring(0, cut);
		}
		if (path.isEmpty()) {
			result.reject("rejected", error.message());
		}
		else {
			result.rejectValue(path, "rejected", error.message());
		}
	}

	private String render(EntryForm<?> form, String key, Model model) {
		EntryKind<?> kind = form.kind();
		if (form instanceof ItemForm item) {
			item.describeSamples(this.catalog);
		}
		model.addAttribute("form", form);
		model.addAttribute("fieldLabels", FIELD_LABELS);
		model.addAttribute("kind", kind);
		model.addAttribute("key", key);
		model.addAttribute("editing", key != null);
		model.addAttribute("action",
				UriComponentsBuilder
					.fromPath(key == null ? "/console/catalog/{kind}/new" : "/console/catalog/{kind}/{key}/edit")
					.buildAndExpand(key == null ? new Object[] { kind.code() } : new Object[] { kind.code(), key })
					.encode()
					.toUriString());
		model.addAttribute("units", this.catalog.units());
		model.addAttribute("certificateStatuses", CertificateStatus.values());
		model.addAttribute("categories", PowerCategory.values());
		model.addAttribute("dayUnits", DayUnit.values());
		model.addAttribute("conditionKinds", MajorConditionKind.values());
		model.addAttribute("items", this.catalog.items());
		if (key != null) {
			LocalDate today = today();
			latestAny(kind, key).filter(v -> v.effectiveFrom().isAfter(today))
				.ifPresent(v -> model.addAttribute("pendingVersion", v));
		}
		return "console/catalog/" + kind.code() + "-form";
	}

	private static String keyField(EntryKind<?> kind) {
		if (kind == EntryKind.AGENCY) {
			return "creditCode";
		}
		return kind == EntryKind.OFFICER ? "id" : "code";
	}

	private String agencyCode(Optional<? extends Versioned<?>> latest) {
		Optional<String> existing = latest.map(v -> agencyCodeOf(v.content()));
		return existing.or(() -> this.catalog.agencies().stream().findFirst().map(Agency::creditCode)).orElse(null);
	}

	private static String agencyCodeOf(CatalogEntry entry) {
		if (entry instanceof Agency a) {
			return a.creditCode();
		}
		if (entry instanceof Unit u) {
			return u.agencyCode();
		}
		if (entry instanceof Officer o) {
			return o.agencyCode();
		}
		if (entry instanceof Item i) {
			return i.agencyCode();
		}
		if (entry instanceof MajorCondition c) {
			return c.agencyCode();
		}
		if (entry instanceof DiscretionBenchmark b) {
			return b.agencyCode();
		}
		return ((SupervisionMethod) entry).agencyCode();
	}

	/**
	 * The newest recorded version, which may take effect later: editing starts from it so
	 * that a scheduled change is not silently undone.
	 */
	private <T extends CatalogEntry> Optional<Versioned<T>> latest(EntryKind<T> kind, String key) {
		return this.catalog.history(kind, key).stream().findFirst();
	}

	private Optional<? extends Versioned<?>> latestAny(EntryKind<?> kind, String key) {
		return this.catalog.history(kind, key).stream().findFirst();
	}

	private static EntryForm<?> blankForm(String kind) {
		return switch (kind) {
			case "agency" -> new AgencyForm();
			case "unit" -> new UnitForm();
			case "officer" -> new OfficerForm();
			case "item" -> new ItemForm();
			case "supervision" -> new SupervisionMethodForm();
			case "major-condition" -> new MajorConditionForm();
			case "benchmark" -> new DiscretionBenchmarkForm();
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
