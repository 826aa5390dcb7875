package org.sanxiang.disclosure;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.PowerCategory;
import org.sanxiang.catalog.SampleFile;
import org.sanxiang.catalog.Unit;
import org.sanxiang.catalog.Versioned;
import org.sanxiang.platform.NotFound;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 权责事项 on the portal: the list with filters, each item's service guide (行政许可法 第三十条,
 * XK-30: basis, conditions, procedure, time limits, the full list of materials and sample
 * texts) in the version in force today or on a given date, its version history, and the
 * sample downloads.
 */
@Controller
class ItemController {

	/**
	 * Longest text filter honoured; longer input is cut, not refused, on a public search
	 * form.
	 */
	static final int MAX_QUERY = 100;

	/** Sample ids are SHA-256 hex digests (see {@link SampleFile}). */
	private static final Pattern SAMPLE_ID = Pattern.compile("[0-9a-fA-F]{64}");

	/**
	 * Types a browser would render or run; a download of these is served as plain bytes
	 * instead.
	 */
	private static final Set<String> ACTIVE_TYPES = Set.of("text/html", "application/xhtml+xml", "image/svg+xml",
			"text/xml", "application/xml", "text/javascript", "application/javascript");

	private final Catalog catalog;

	private final Clock clock;

	ItemController(Catalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	/** A category with the items shown under it. */
	record CategoryGroup(PowerCategory category, List<Item> items) {
	}

	/** One version in an item's history and what changed from the version before it. */
	record HistoryRow(Versioned<Item> version, ZonedDateTime recordedAt, String state, List<String> changed) {
	}

	@GetMapping("/items")
	String items(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			Model model) {
		String needle = q == null ? "" : q.strip();
		if (needle.length() > MAX_QUERY) {
			needle = needle.substring(0, MAX_QUERY);
		}
		Optional<PowerCategory> wanted = parseCategory(category);
		if (StringUtils.hasText(category) && wanted.isEmpty()) {
			model.addAttribute("categoryUnknown", true);
		}
		String lower = needle.toLowerCase(Locale.ROOT);
		Map<PowerCategory, List<Item>> groups = new LinkedHashMap<>();
		Arrays.stream(PowerCategory.values()).forEach(c -> groups.put(c, new ArrayList<>()));
		int shown = 0;
		for (Item item : this.catalog.items()) {
			if (wanted.isPresent() && item.category() != wanted.get()) {
				continue;
			}
			if (!lower.isEmpty() && !contains(item.name(), lower) && !contains(item.code(), lower)) {
				continue;
			}
			groups.get(item.category() == null ? PowerCategory.OTHER : item.category()).add(item);
			shown++;
		}
		model.addAttribute("groups",
				groups.entrySet()
					.stream()
					.filter(e -> !e.getValue().isEmpty())
					.map(e -> new CategoryGroup(e.getKey(), e.getValue()))
					.toList());
		model.addAttribute("shown", shown);
		model.addAttribute("q", needle);
		model.addAttribute("category", wanted.map(Enum::name).orElse(""));
		model.addAttribute("categories", PowerCategory.values());
		model.addAttribute("unitNames", unitNames());
		return "portal/items";
	}

	@GetMapping("/items/{code}")
	String item(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		LocalDate today = LocalDate.now(this.clock);
		Optional<Versioned<Item>> current = this.catalog.current(EntryKind.ITEM, code);
		Versioned<Item> shown;
		if (asOf == null) {
			shown = current.orElseThrow(() -> new NotFound(this.catalog.retired(EntryKind.ITEM)
				.stream()
				.filter(v -> v.content().code().equals(code))
				.findFirst()
				.map(v -> "权责事项“" + v.content().name() + "”已自 " + v.effectiveFrom() + " 起废止（" + v.reason()
						+ "），可查看其版本历史")
				.orElse("未找到编码为“" + code + "”的权责事项")));
		}
		else {
			shown = this.catalog.itemAsOf(code, asOf)
				.orElseThrow(() -> new NotFound("权责事项“" + code + "”在 " + asOf + " 尚无施行中的版本"));
		}
		Item item = shown.content();
		model.addAttribute("version", shown);
		model.addAttribute("item", item);
		model.addAttribute("asOf", asOf);
		model.addAttribute("today", today);
		boolean isCurrent = current.map(c -> c.version() == shown.version()).orElse(false);
		model.addAttribute("isCurrent", isCurrent);
		model.addAttribute("currentVersion", current.orElse(null));
		model.addAttribute("unitName", this.catalog.unit(item.unitCode()).map(Unit::name).orElse(item.unitCode()));
		// A version already recorded but taking effect later (e.g. a revised regulation)
		// is announced.
		model.addAttribute("upcoming", this.catalog.upcoming(EntryKind.ITEM, code));
		// 行政裁量基准 are published as in force today, beside today's version only
		model.addAttribute("benchmarks", isCurrent ? this.catalog.benchmarks(code) : List.of());
		return "portal/item";
	}

	@GetMapping("/items/{code}/history")
	String history(@PathVariable String code, Model model) {
		List<Versioned<Item>> versions = this.catalog.history(EntryKind.ITEM, code);
		if (versions.isEmpty()) {
			throw new NotFound("未找到编码为“" + code + "”的权责事项");
		}
		LocalDate today = LocalDate.now(this.clock);
		int currentVersion = this.catalog.current(EntryKind.ITEM, code).map(Versioned::version).orElse(-1);
		List<HistoryRow> rows = new ArrayList<>();
		for (int i = 0; i < versions.size(); i++) {
			Versioned<Item> v = versions.get(i);
			// history() is newest first: the version before this one is the next in the
			// list.
			List<String> changed = i + 1 < versions.size() && !v.retired()
					? ItemDifferences.between(versions.get(i + 1).content(), v.content()) : List.of();
			boolean later = v.effectiveFrom() != null && v.effectiveFrom().isAfter(today);
			// a retirement (废止) is a version too: the public sees from when and why the
			// item ended
			String state = v.retired() ? (later ? "待废止" : "废止")
					: v.version() == currentVersion ? "现行" : later ? "待施行" : "已被替代";
			rows.add(new HistoryRow(v, v.recordedAt() == null ? null : v.recordedAt().atZone(this.clock.getZone()),
					state, changed));
		}
		model.addAttribute("item", versions.get(0).content());
		model.addAttribute("code", code);
		model.addAttribute("rows", rows);
		return "portal/item-history";
	}

	/**
	 * Sample texts (示范文本, XK-30) as attachments: never rendered inline, the file name
	 * sent RFC 6266/5987-encoded, and active content types downgraded to octet-stream.
	 */
	@GetMapping("/samples/{id}")
	ResponseEntity<byte[]> sample(@PathVariable String id) {
		if (!SAMPLE_ID.matcher(id).matches()) {
			throw new NotFound("未找到该示范文本");
		}
		SampleFile file = this.catalog.sample(id.toLowerCase(Locale.ROOT))
			.or(() -> this.catalog.sample(id))
			.orElseThrow(() -> new NotFound("未找到该示范文本"));
		return ResponseEntity.ok()
			.contentType(safeType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(safeFileName(file.fileName()), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	static MediaType safeType(String declared) {
		try {
			MediaType type = MediaType.parseMediaType(declared);
			if (type.isWildcardType() || type.isWildcardSubtype()
					|| ACTIVE_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
				return MediaType.APPLICATION_OCTET_STREAM;
			}
			if (type.getCharset() == null && "text".equals(type.getType())) {
				// Sample texts are stored as UTF-8; say so, or a browser may guess GBK.
				return new MediaType(type, StandardCharsets.UTF_8);
			}
			return type;
		}
		catch (RuntimeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	/** Keeps only the last path element and drops control characters and quotes. */
	static String safeFileName(String name) {
		if (!StringUtils.hasText(name)) {
			return "示范文本";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = base.replaceAll("[\\p{Cntrl}\"]", "").strip();
		return base.isEmpty() ? "示范文本" : base;
	}

	private static boolean contains(String text, String lowerNeedle) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(lowerNeedle);
	}

	private static Optional<PowerCategory> parseCategory(String category) {
		if (!StringUtils.hasText(category)) {
			return Optional.empty();
		}
		String wanted = category.strip();
		return Arrays.stream(PowerCategory.values())
			.filter(c -> c.name().equalsIgnoreCase(wanted) || c.label().equals(wanted))
			.findFirst();
	}

	private Map<String, String> unitNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.catalog.units().forEach(u -> names.putIfAbsent(u.code(), u.name()));
		return names;
	}

}
