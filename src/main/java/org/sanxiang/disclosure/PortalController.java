package org.sanxiang.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.CatalogChange;
import org.sanxiang.catalog.CatalogEntry;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.MajorCondition;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.SupervisionMethod;
import org.sanxiang.catalog.Unit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 事前公示 pages (GS-1, 国办发〔2018〕118号): the enforcement bodies, their units, certified
 * officers, the random-inspection list, the 重大执法决定法制审核目录 (SH-2), supervision channels and
 * the change history. Read-only, no login.
 */
@Controller
class PortalController {

	/** How many lines of the change history the portal shows. */
	static final int CHANGE_HISTORY_LIMIT = 200;

	private final Catalog catalog;

	private final Clock clock;

	PortalController(Catalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	/** One agency with how much it publishes. */
	record AgencyOverview(Agency agency, long units, long officers, long items, long randomInspection) {
	}

	/**
	 * An officer as published (GS-1: name, certificate number, enforcement area) with the
	 * computed status.
	 */
	record OfficerRow(Officer officer, String unitName, CertificateVerdict verdict) {
	}

	/** One item of a published list (random inspection, legal review) with its unit. */
	record InspectionRow(Item item, String unitName) {
	}

	/** One line of the change history with its recording time in local (Beijing) time. */
	record ChangeRow(CatalogChange change, ZonedDateTime recordedAt) {
	}

	@GetMapping("/")
	String home(Model model) {
		List<Agency> agencies = this.catalog.agencies();
		List<Unit> units = this.catalog.units();
		List<Officer> officers = this.catalog.officers();
		List<Item> items = this.catalog.items();
		// With a single agency every entry is its own, whatever agencyCode says.
		boolean single = agencies.size() == 1;
		model.addAttribute("agencies",
				agencies.stream()
					.map(a -> new AgencyOverview(a, count(units, Unit::agencyCode, a, single),
							count(officers, Officer::agencyCode, a, single), count(items, Item::agencyCode, a, single),
							count(items.stream().filter(Item::randomInspection).toList(), Item::agencyCode, a, single)))
					.toList());
		return "portal/home";
	}

	@GetMapping("/units")
	String units(Model model) {
		model.addAttribute("units", sortedUnits());
		model.addAttribute("agencyNames", agencyNames());
		model.addAttribute("manyAgencies", this.catalog.agencies().size() > 1);
		return "portal/units";
	}

	@GetMapping("/officers")
	String officers(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		List<Unit> units = this.catalog.units();
		Map<String, String> unitNames = units.stream().collect(Collectors.toMap(Unit::code, Unit::name, (a, b) -> a));
		Map<String, Integer> unitOrder = units.stream()
			.collect(Collectors.toMap(Unit::code, Unit::sortOrder, (a, b) -> a));
		model.addAttribute("officers",
				this.catalog.officers()
					.stream()
					.sorted(Comparator.comparing((Officer o) -> unitOrder.getOrDefault(o.unitCode(), Integer.MAX_VALUE))
						.thenComparing(Officer::name))
					.map(o -> new OfficerRow(o, unitNames.getOrDefault(o.unitCode(), ""),
							CertificateVerdict.of(o.certificate(), today)))
					.toList());
		model.addAttribute("today", today);
		return "portal/officers";
	}

	@GetMapping("/random-inspection")
	String randomInspection(Model model) {
		Map<String, String> unitNames = unitNames();
		model.addAttribute("rows",
				this.catalog.randomInspectionList()
					.stream()
					.map(i -> new InspectionRow(i, unitNames.getOrDefault(i.unitCode(), "")))
					.toList());
		return "portal/random-inspection";
	}

	/**
	 * 重大执法决定法制审核目录 (SH-2; 国办发〔2018〕118号): the items whose every decision is reviewed, and
	 * the enabled conditions that make any licensing decision major, each with its basis
	 * and whether collective discussion follows.
	 */
	@GetMapping("/review-catalogue")
	String reviewCatalogue(Model model) {
		Map<String, String> unitNames = unitNames();
		model.addAttribute("items",
				this.catalog.majorItems()
					.stream()
					.map(i -> new InspectionRow(i, unitNames.getOrDefault(i.unitCode(), "")))
					.toList());
		model.addAttribute("conditions",
				this.catalog.majorConditions().stream().filter(MajorCondition::enabled).toList());
		model.addAttribute("agencyNames", agencyNames());
		model.addAttribute("manyAgencies", this.catalog.agencies().size() > 1);
		return "portal/review-catalogue";
	}

	@GetMapping("/supervision")
	String supervision(Model model) {
		model.addAttribute("methods", this.catalog.supervisionMethods()
			.stream()
			.sorted(Comparator.comparingInt(SupervisionMethod::sortOrder).thenComparing(SupervisionMethod::name))
			.toList());
		model.addAttribute("agencies", this.catalog.agencies());
		return "portal/supervision";
	}

	@GetMapping("/changes")
	String changes(Model model) {
		model.addAttribute("changes", this.catalog.changes(CHANGE_HISTORY_LIMIT)
			.stream()
			.map(c -> new ChangeRow(c, c.recordedAt() == null ? null : c.recordedAt().atZone(this.clock.getZone())))
			.toList());
		model.addAttribute("limit", CHANGE_HISTORY_LIMIT);
		return "portal/changes";
	}

	private List<Unit> sortedUnits() {
		return this.catalog.units()
			.stream()
			.sorted(Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::name))
			.toList();
	}

	private Map<String, String> unitNames() {
		return this.catalog.units().stream().collect(Collectors.toMap(Unit::code, Unit::name, (a, b) -> a));
	}

	private Map<String, String> agencyNames() {
		return this.catalog.agencies()
			.stream()
			.collect(Collectors.toMap(Agency::creditCode, Agency::name, (a, b) -> a));
	}

	private static <T extends CatalogEntry> long count(List<T> entries, Function<T, String> agencyCode, Agency agency,
			boolean single) {
		return single ? entries.size()
				: entries.stream().filter(e -> agency.creditCode().equals(agencyCode.apply(e))).count();
	}

}
