package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.Versioned;

import org.springframework.stereotype.Component;

/**
 * What the public sees of 双随机 inspections (一公开), for the portal, the open data and the
 * public API alike: every plan (cancelled ones with the reason and the plan that replaces
 * them), each draw with every public input so that anyone can repeat it
 * ({@link RandomDraw}), the drawn targets with their inspectors, the 回避 by kind only, and
 * the published results. Findings that are not published never leave here.
 */
@Component
class PublicInspections {

	private final InspectionStore store;

	private final ResultPublications publications;

	private final Catalog catalog;

	PublicInspections(InspectionStore store, ResultPublications publications, Catalog catalog) {
		this.store = store;
		this.publications = publications;
		this.catalog = catalog;
	}

	/** An item of the 随机抽查事项清单 with its current name. */
	record PublicItem(String code, String name) {
	}

	/**
	 * A plan as published.
	 *
	 * @param sample the sample as the public reads it (10 户, 5%（向上取整）)
	 * @param status ANNOUNCED, DRAWN or CANCELLED
	 * @param statusLabel 待抽取, 已抽取 or 已作废
	 * @param replaces the number of the cancelled plan this one replaces
	 * @param replacedBy the number of the plan that replaces this cancelled one
	 */
	record PublicPlan(UUID id, String number, String title, String agencyCode, List<PublicItem> items,
			List<String> areas, List<String> industries, List<String> licensedItems, LocalDate periodStart,
			LocalDate periodEnd, String sample, int inspectorsPerTarget, Instant drawAt, String status,
			String statusLabel, Instant cancelledAt, String cancelReason, String replaces, String replacedBy) {
	}

	/** An officer with what GS-1 publishes: name and certificate number. */
	record PublicOfficer(String id, String name, String certificateNumber) {
	}

	/**
	 * A drawn target, in draw order, with its inspectors and, once published, its
	 * result's id.
	 */
	record DrawnTarget(int position, String creditCode, String targetName, List<PublicOfficer> inspectors,
			UUID resultId, String resultStatus) {
	}

	/**
	 * An inspector set aside for a drawn target: the officer and the kind of 回避 only.
	 */
	record PublicExclusion(String creditCode, String targetName, String officerId, String officerName, String kind) {
	}

	/**
	 * A draw with every public input.
	 *
	 * @param seedInput the text whose SM3 is the seed
	 * @param seedMatches whether this site recomputes the same seed from the inputs
	 */
	record PublicDraw(String algorithm, Instant drawAt, long treeSize, String treeRoot, Instant treeHeadAt,
			String treeKeyId, String treeSignature, String seedInput, String seed, boolean seedMatches,
			List<String> population, List<PublicOfficer> pool, int sampleSize, int inspectorsPerTarget, Instant drawnAt,
			List<DrawnTarget> targets, List<PublicExclusion> exclusions) {
	}

	/**
	 * A published result. A withdrawn one keeps who and when, and the reason, but no
	 * longer shows the result or the findings.
	 *
	 * @param status 已公示 or 已撤回
	 */
	record PublicResult(UUID id, UUID planId, String planNumber, String planTitle, String targetName,
			String targetCategory, String creditCode, String legalRepresentative, List<PublicItem> items,
			List<PublicOfficer> inspectors, LocalDate inspectedOn, String result, String findings, String followUp,
			LocalDate rectifyBy, LocalDate dueOn, Instant publishedAt, String status, Instant correctedAt,
			Instant withdrawnAt, String withdrawalReason, List<PublicHistory> history) {
	}

	/** A line of a result's public history. */
	record PublicHistory(Instant at, String change, String note) {
	}

	/** A page of published results. */
	record ResultPage(List<PublicResult> items, long total, int offset, int limit) {
	}

	/** Every plan, newest first, cancelled ones included. */
	List<PublicPlan> plans() {
		List<Plan> plans = this.store.plans();
		Map<UUID, Plan> byId = plans.stream().collect(Collectors.toMap(Plan::id, Function.identity()));
		Map<String, String> items = itemNames();
		return plans.stream().map(p -> plan(p, byId, items)).toList();
	}

	/** A plan by its number (CC-2026-0001) or id. */
	Optional<Plan> find(String numberOrId) {
		String key = numberOrId == null ? "" : numberOrId.strip();
		try {
			return this.store.plan(UUID.fromString(key), false);
		}
		catch (IllegalArgumentException ex) {
			return this.store.planByNumber(key);
		}
	}

	PublicPlan plan(Plan p) {
		Map<UUID, Plan> byId = this.store.plans().stream().collect(Collectors.toMap(Plan::id, Function.identity()));
		return plan(p, byId, itemNames());
	}

	private PublicPlan plan(Plan p, Map<UUID, Plan> byId, Map<String, String> items) {
		String replaces = p.replaces() == null ? null
				: Optional.ofNullable(byId.get(p.replaces())).map(Plan::number).orElse(null);
		String replacedBy = byId.values()
			.stream()
			.filter(o -> p.id().equals(o.replaces()))
			.map(Plan::number)
			.findFirst()
			.orElse(null);
		TargetFilter f = p.filter() == null ? TargetFilter.all() : p.filter();
		return new PublicPlan(p.id(), p.number(), p.title(), p.agencyCode(),
				p.itemCodes().stream().map(c -> new PublicItem(c, items.getOrDefault(c, c))).toList(), f.areas(),
				f.industries(), f.licensedItems().stream().map(c -> items.getOrDefault(c, c)).toList(), p.periodStart(),
				p.periodEnd(), p.sampleText(), p.inspectorsPerTarget(), p.drawAt(), p.status().name(),
				p.status().label(), p.cancelledAt(), p.cancelReason(), replaces, replacedBy);
	}

	/** The draw of a plan with every public input, if drawn. */
	Optional<PublicDraw> draw(Plan plan) {
		return this.store.draw(plan.id()).map(d -> draw(plan, d));
	}

	private PublicDraw draw(Plan plan, DrawResult d) {
		LocalDate on = d.drawnAt().atZone(ZoneId.of("UTC")).toLocalDate();
		Map<String, PublicOfficer> officers = new java.util.HashMap<>();
		Function<String, PublicOfficer> officer = id -> officers.computeIfAbsent(id, k -> officer(k, on));
		Map<UUID, ResultPublication> results = this.publications.publishedOfPlan(plan.id())
			.stream()
			.collect(Collectors.toMap(ResultPublication::assignmentId, Function.identity()));
		Map<String, String> names = d.assignments()
			.stream()
			.collect(Collectors.toMap(DrawResult.Assignment::creditCode, DrawResult.Assignment::targetName,
					(a, b) -> a));
		String root = normalisedRoot(d.treeRoot());
		String input = RandomDraw.VERSION + "|" + plan.id() + "|" + d.drawAt() + "|" + d.treeSize() + "|" + root;
		boolean matches;
		try {
			matches = HexFormat.of()
				.formatHex(RandomDraw.seed(plan.id(), d.drawAt(), d.treeSize(), d.treeRoot()))
				.equalsIgnoreCase(d.seed());
		}
		catch (IllegalArgumentException ex) {
			matches = false;
		}
		return new PublicDraw(d.algorithm(), d.drawAt(), d.treeSize(), d.treeRoot(), d.treeHeadAt(), d.treeKeyId(),
				d.treeSignature(), input, d.seed(), matches, d.population(), d.pool().stream().map(officer).toList(),
				d.sampleSize(), plan.inspectorsPerTarget(), d.drawnAt(), d.assignments().stream().map(a -> {
					ResultPublication r = results.get(a.id());
					return new DrawnTarget(a.position(), a.creditCode(), a.targetName(),
							a.inspectorIds().stream().map(officer).toList(), r == null ? null : r.assignmentId(),
							r == null ? null : r.statusLabel());
				}).toList(),
				d.exclusions()
					.stream()
					.map(e -> new PublicExclusion(e.creditCode(), names.getOrDefault(e.creditCode(), e.creditCode()),
							e.officerId(), officer.apply(e.officerId()).name(),
							ExclusionKind.of(e.reason()).publicText()))
					.toList());
	}

	private static String normalisedRoot(String root) {
		try {
			return HexFormat.of().formatHex(HexFormat.of().parseHex(root.strip()));
		}
		catch (IllegalArgumentException ex) {
			return root;
		}
	}

	/** The published results of a plan, in draw order. */
	List<PublicResult> resultsOf(Plan plan) {
		return this.publications.publishedOfPlan(plan.id()).stream().map(r -> result(r, plan.title(), false)).toList();
	}

	/** Published results (withdrawn ones included), newest first. */
	ResultPage results(Integer year, String result, int offset, int limit) {
		Map<UUID, String> titles = this.store.plans()
			.stream()
			.collect(Collectors.toMap(Plan::id, Plan::title, (a, b) -> a));
		List<PublicResult> rows = this.publications.published(year, result, offset, limit)
			.stream()
			.map(r -> result(r, titles.get(r.planId()), false))
			.toList();
		return new ResultPage(rows, this.publications.countPublished(year, result), offset, limit);
	}

	/** One published result with its public history; empty when not public. */
	Optional<PublicResult> result(UUID id) {
		return this.publications.find(id, false)
			.filter(ResultPublication::published)
			.map(r -> result(r, this.store.plan(r.planId(), false).map(Plan::title).orElse(null), true));
	}

	/** The years in which published results were inspected, newest first. */
	List<Integer> years() {
		return this.publications.years();
	}

	private PublicResult result(ResultPublication r, String planTitle, boolean withHistory) {
		boolean out = r.withdrawn();
		List<PublicHistory> history = withHistory ? this.publications.history(r.assignmentId())
			.stream()
			.map(h -> new PublicHistory(h.at(), h.change(), h.note()))
			.toList() : List.of();
		return new PublicResult(r.assignmentId(), r.planId(), r.planNumber(), planTitle, r.targetName(),
				r.targetCategory(), r.creditCode(), r.legalRepresentative(),
				r.items().stream().map(i -> new PublicItem(i.code(), i.name())).toList(),
				r.inspectors().stream().map(o -> new PublicOfficer(o.id(), o.name(), o.certificateNumber())).toList(),
				r.inspectedOn(), out ? null : r.result(), out ? null : r.findings(), out ? null : r.followUp(),
				out ? null : r.rectifyBy(), r.dueOn(), r.publishedAt(), r.statusLabel(), r.correctedAt(),
				r.withdrawnAt(), r.withdrawalReason(), history);
	}

	private PublicOfficer officer(String id, LocalDate on) {
		Officer o = this.catalog.officer(id)
			.or(() -> this.catalog.asOf(EntryKind.OFFICER, id, on).map(Versioned::content))
			.orElse(null);
		if (o == null) {
			return new PublicOfficer(id, id, null);
		}
		return new PublicOfficer(id, o.name(), o.certificate() == null ? null : o.certificate().number());
	}

	private Map<String, String> itemNames() {
		return this.catalog.items().stream().collect(Collectors.toMap(Item::code, Item::name, (a, b) -> a));
	}

}
