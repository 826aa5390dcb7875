package org.sanxiang.catalog.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.CatalogChange;
import org.sanxiang.catalog.CatalogEntry;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Change;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.SampleFile;
import org.sanxiang.catalog.Unit;
import org.sanxiang.catalog.Versioned;
import org.sanxiang.platform.InputRejected;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 主体信息维护: what is in force today, with version numbers, and each entry's full history.
 * 管理员 only (the security configuration guards {@code /console/catalog/**}).
 */
@Controller
@RequestMapping("/console/catalog")
class CatalogConsoleController {

	private final Catalog catalog;

	private final Clock clock;

	CatalogConsoleController(Catalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	/** A retired entry on the overview, with its retirement version. */
	record RetiredRow(EntryKind<?> kind, Versioned<?> retirement) {
	}

	/** One line of the overview: the entry as in force today and its version. */
	record Row(String key, String name, String detail, Integer version, LocalDate effectiveFrom) {
	}

	@GetMapping
	String overview(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, String> unitNames = unitNames();
		model.addAttribute("agencies", rows(EntryKind.AGENCY, this.catalog.agencies(), a -> a.creditCode()));
		model.addAttribute("units", rows(EntryKind.UNIT, this.catalog.units(), u -> u.duties()));
		model.addAttribute("officers", rows(EntryKind.OFFICER, this.catalog.officers(),
				o -> unitNames.getOrDefault(o.unitCode(), o.unitCode())
						+ (o.certificate() == null ? "" : " · 执法证 " + o.certificate().number() + "（"
								+ (o.certificate().status() == null ? "" : o.certificate().status().label()) + "）")));
		model.addAttribute("items", rows(EntryKind.ITEM, this.catalog.items(),
				i -> (i.category() == null ? "" : i.category().label()) + " · " + i.code()));
		model.addAttribute("supervisionMethods",
				rows(EntryKind.SUPERVISION, this.catalog.supervisionMethods(), m -> m.channel()));
		// 重大执法决定法制审核目录 (SH-2) and 行政裁量基准: data the agency keeps like any other entry
		model.addAttribute("majorConditions",
				rows(EntryKind.MAJOR_CONDITION, this.catalog.majorConditions(),
						c -> (c.kind() == null ? "" : c.kind().label()) + (c.collectiveDiscussion() ? " · 须集体讨论" : "")
								+ (c.enabled() ? " · 启用" : " · 未启用")));
		Map<String, String> itemNames = this.catalog.items()
			.stream()
			.collect(Collectors.toMap(Item::code, Item::name, (a, b) -> a));
		model.addAttribute("benchmarks", rows(EntryKind.BENCHMARK, this.catalog.benchmarks(),
				b -> itemNames.getOrDefault(b.itemCode(), b.itemCode()) + "（" + b.itemCode() + "） · " + b.standard()));
		// Versions recorded with a later effective date are not in force yet, so the
		// lists above
		// cannot show them; list them so an admin sees what is scheduled.
		List<CatalogChange> pending = this.catalog.changes(500)
			.stream()
			.filter(c -> c.effectiveFrom() != null && c.effectiveFrom().isAfter(today))
			.toList();
		model.addAttribute("pending", pending);
		// Retired entries leave the lists above; an admin still finds them (and can
		// publish them again).
		model.addAttribute("retired",
				EntryKind.all()
					.stream()
					.flatMap(kind -> this.catalog.retired(kind).stream().map(v -> new RetiredRow(kind, v)))
					.toList());
		model.addAttribute("today", today);
		return "console/catalog/overview";
	}

	@GetMapping("/{kind}/{key}/history")
	String history(@PathVariable String kind, @PathVariable String key, Model model) {
		RetirementForm retirement = new RetirementForm();
		retirement.setEffectiveFrom(LocalDate.now(this.clock).toString());
		model.addAttribute("retirement", retirement);
		model.addAttribute("retireOpen", false);
		return history(kindOf(kind), key, model);
	}

	/**
	 * 废止 (an item abolished or handed to another level, an officer leaving, a unit
	 * merged): one retirement version through {@link Catalog#retire}; a refusal is shown
	 * on the history page with the typed values kept and nothing saved.
	 */
	@PostMapping("/{kind}/{key}/retire")
	String retire(@PathVariable String kind, @PathVariable String key,
			@ModelAttribute("retirement") RetirementForm form, BindingResult result, Authentication user, Model model,
			RedirectAttributes redirect) {
		EntryKind<?> entryKind = kindOf(kind);
		if (this.catalog.history(entryKind, key).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		LocalDate effectiveFrom = Inputs.date(form.getEffectiveFrom(), "effectiveFrom", "废止日期", true, result);
		String reason = Inputs.text(form.getReason());
		if (reason == null) {
			result.rejectValue("reason", "required", "请填写废止原因，例如“《湖南省人民政府关于取消和下放一批行政权力事项的决定》”");
		}
		if (!result.hasErrors()) {
			try {
				Versioned<?> retired = this.catalog.retire(entryKind, key,
						new Change(effectiveFrom, reason, user == null ? null : user.getName()));
				redirect.addFlashAttribute("saved",
						"已废止（第 " + retired.version() + " 版），自 " + retired.effectiveFrom() + " 起不再公示");
				return "redirect:" + UriComponentsBuilder.fromPath("/console/catalog/{kind}/{key}/history")
					.buildAndExpand(entryKind.code(), key)
					.encode()
					.toUriString();
			}
			catch (InputRejected ex) {
				for (InputRejected.FieldError error : ex.errors()) {
					if ("effectiveFrom".equals(error.field()) || "reason".equals(error.field())) {
						result.rejectValue(error.field(), "rejected", error.message());
					}
					else {
						result.reject("rejected", error.message());
					}
				}
			}
		}
		model.addAttribute("retireOpen", true);
		return history(entryKind, key, model);
	}

	private String history(EntryKind<?> entryKind, String key, Model model) {
		List<? extends Versioned<?>> versions = this.catalog.history(entryKind, key);
		if (versions.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		LocalDate today = LocalDate.now(this.clock);
		Versioned<?> latest = versions.stream()
			.max(java.util.Comparator.comparingInt(Versioned::version))
			.orElseThrow();
		model.addAttribute("retiredVersion", latest.retired() ? latest : null);
		// the agency itself is never retired (CatalogRules.checkRetirement), so it gets
		// no form
		model.addAttribute("retirable", entryKind != EntryKind.AGENCY && !latest.retired());
		Map<String, String> unitNames = unitNames();
		Integer inForce = versions.stream()
			.filter(v -> !v.effectiveFrom().isAfter(today))
			.map(Versioned::version)
			.findFirst()
			.orElse(null);
		model.addAttribute("kind", entryKind);
		model.addAttribute("key", key);
		model.addAttribute("name", versions.get(0).content().displayName());
		model.addAttribute("versions",
				versions.stream()
					.map(v -> new VersionView(v, EntryFacts.of(v.content(), unitNames::get), status(v, inForce, today)))
					.toList());
		model.addAttribute("zone", this.clock.getZone());
		return "console/catalog/history";
	}

	/**
	 * Lets an admin check an uploaded sample text. Always an attachment: the content type
	 * was chosen by whoever uploaded it, so it must never render as a page of this site.
	 */
	@GetMapping("/samples/{id}")
	ResponseEntity<byte[]> sample(@PathVariable String id) {
		SampleFile file = this.catalog.sample(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	/** One version on the history page. */
	record VersionView(Versioned<?> version, List<EntryFacts.Fact> facts, String status, String badge) {

		VersionView(Versioned<?> version, List<EntryFacts.Fact> facts, String status) {
			this(version, facts, status, switch (status) {
				case "现行" -> "ok";
				case "待生效", "待废止" -> "warn";
				case "废止" -> "err";
				default -> "";
			});
		}

	}

	private static String status(Versioned<?> v, Integer inForce, LocalDate today) {
		if (v.retired()) {
			return v.effectiveFrom().isAfter(today) ? "待废止" : "废止";
		}
		if (v.effectiveFrom().isAfter(today)) {
			return "待生效";
		}
		return inForce != null && inForce == v.version() ? "现行" : "已被替代";
	}

	static EntryKind<?> kindOf(String code) {
		return EntryKind.all()
			.stream()
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Map<String, String> unitNames() {
		return this.catalog.units().stream().collect(Collectors.toMap(Unit::code, Unit::name, (a, b) -> a));
	}

	private <T extends CatalogEntry> List<Row> rows(EntryKind<T> kind, List<T> entries, Function<T, String> detail) {
		return entries.stream().map(e -> {
			Versioned<T> current = this.catalog.current(kind, e.key()).orElse(null);
			return new Row(e.key(), e.displayName(), detail.apply(e), current == null ? null : current.version(),
					current == null ? null : current.effectiveFrom());
		}).toList();
	}

}
