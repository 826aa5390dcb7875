package org.sanxiang.supervision.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseStatistics;
import org.sanxiang.casework.CaseStatistics.DecidedCase;
import org.sanxiang.casework.CaseStatistics.RecordedAct;
import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Certificate;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.Unit;
import org.sanxiang.complaints.ComplaintTimes;
import org.sanxiang.complaints.ComplaintTimes.ComplaintTime;
import org.sanxiang.disclosure.PublicationTimeliness;
import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceVault;
import org.sanxiang.evidence.EvidenceVault.ActivityRecording;
import org.sanxiang.inspection.InspectionStatistics;
import org.sanxiang.review.MajorDecisions;
import org.sanxiang.review.MajorDecisions.MajorDecision;
import org.springframework.stereotype.Component;

/**
 * The indicators (考核指标) computed from the other modules' records on each request — never
 * typed in — with the records behind every number.
 */
@Component
class Kpis {

	static final String PUBLICATION = "publication";

	static final String REVIEW = "review";

	static final String RECORDING = "recording";

	static final String ON_TIME = "on-time";

	static final String DURATION = "duration";

	static final String CERTIFICATE = "certificate";

	static final String COMPLAINT_ON_TIME = "complaint-on-time";

	static final String COMPLAINT_DAYS = "complaint-days";

	static final String INSPECTION_COVERAGE = "inspection-coverage";

	static final String INSPECTION_DONE = "inspection-done";

	static final String INSPECTION_OVERDUE = "inspection-overdue";

	static final List<String> INDICATORS = List.of(PUBLICATION, REVIEW, RECORDING, ON_TIME, DURATION, CERTIFICATE,
			COMPLAINT_ON_TIME, COMPLAINT_DAYS, INSPECTION_COVERAGE, INSPECTION_DONE, INSPECTION_OVERDUE);

	/** The 双随机抽查 indicators, counted over plans and drawn inspections, not cases. */
	static final List<String> INSPECTION_INDICATORS = List.of(INSPECTION_COVERAGE, INSPECTION_DONE, INSPECTION_OVERDUE);

	static final String INSPECTION_RULE = "双随机、一公开";

	private final CaseStatistics cases;

	private final MajorDecisions majorDecisions;

	private final PublicationTimeliness publications;

	private final ComplaintTimes complaints;

	private final EvidenceVault evidence;

	private final InspectionStatistics inspections;

	private final Catalog catalog;

	private final WorkingDays workingDays;

	private final Clock clock;

	Kpis(CaseStatistics cases, MajorDecisions majorDecisions, PublicationTimeliness publications,
			ComplaintTimes complaints, EvidenceVault evidence, InspectionStatistics inspections, Catalog catalog,
			WorkingDays workingDays, Clock clock) {
		this.cases = cases;
		this.majorDecisions = majorDecisions;
		this.publications = publications;
		this.complaints = complaints;
		this.evidence = evidence;
		this.inspections = inspections;
		this.catalog = catalog;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The period asked for: from the first of this year to today by default. */
	Period period(LocalDate from, LocalDate to) {
		LocalDate today = today();
		LocalDate start = from != null ? from : today.withDayOfYear(1);
		LocalDate end = to != null ? to : today;
		if (end.isBefore(start)) {
			throw org.sanxiang.platform.InputRejected.invalid("to", "截止日期不能早于起始日期");
		}
		return new Period(start, end);
	}

	/** Everything the dashboard shows for a period. */
	Dashboard dashboard(Period period) {
		Facts facts = facts(period);
		List<Indicator> indicators = indicators(period, facts);
		Map<String, String> agencies = new LinkedHashMap<>();
		for (Agency a : this.catalog.agencies()) {
			agencies.put(a.creditCode(), a.name());
		}
		Map<String, String> units = new LinkedHashMap<>();
		for (Unit u : this.catalog.units()) {
			units.put(u.code(), u.name());
		}
		Map<String, String> officers = new LinkedHashMap<>();
		for (Officer o : this.catalog.officers()) {
			officers.put(o.id(), o.name());
		}
		List<PublicationTimeliness.Figure> published = publicationFigures(period);
		return new Dashboard(period, indicators,
				breakdown("agency", facts, period, agencies, c -> List.of(nullToDash(c.agencyCode())), published),
				breakdown("unit", facts, period, units, c -> List.of(nullToDash(c.itemUnitCode())), published),
				breakdown("officer", facts, period, officers, DecidedCase::officerIds, published), breakdown("month",
						facts, period, Map.of(), c -> List.of(YearMonth.from(c.decidedOn()).toString()), published));
	}

	/** The indicators of a period, from facts already read. */
	List<Indicator> indicators(Period period, Facts facts) {
		List<Indicator> indicators = new ArrayList<>();
		indicators.add(publicationIndicator(period));
		indicators.add(rate(REVIEW, "法制审核覆盖率", "作出的重大执法决定中经法制审核通过的比例：经审核通过的重大执法决定数 ÷ 作出的重大执法决定数（准予、不予许可及撤回、撤销等）",
				"SH-1", 1.0, drill(REVIEW, period, Filter.NONE, facts)));
		indicators.add(rate(RECORDING, "音像记录覆盖率", "应当音像记录的执法活动中有音像记录或经批准免于记录的比例：现场核查（事项要求或全过程记录的案件）、听证、留置送达和公告送达",
				"JL-3, JL-4", 1.0, drill(RECORDING, period, Filter.NONE, facts)));
		indicators.add(rate(ON_TIME, "按期办结率", "在法定期限（扣除中止、计入延长）内作出决定、且有承诺时限的事项也在承诺时限内作出的决定数 ÷ 作出的决定数", "XK-42", 1.0,
				drill(ON_TIME, period, Filter.NONE, facts)));
		indicators.add(average(DURATION, "平均办理时长（工作日）", "自受理之日至作出决定之日的工作日数的平均值（按工作日历计算）", "XK-42",
				drill(DURATION, period, Filter.NONE, facts)));
		indicators.add(rate(CERTIFICATE, "执法证有效率", "在职执法人员中执法证今日有效（未暂扣、未吊销、在有效期内）的比例", "亮证执法", 1.0,
				drill(CERTIFICATE, period, Filter.NONE, facts)));
		indicators.add(rate(COMPLAINT_ON_TIME, "投诉举报按期答复率", "期间受理且已到答复期限或已答复的投诉举报中，在期限内答复的比例", "信访工作条例第三十二条", 1.0,
				drill(COMPLAINT_ON_TIME, period, Filter.NONE, facts)));
		indicators.add(average(COMPLAINT_DAYS, "投诉举报平均答复天数", "已答复的投诉举报自受理至答复的自然日数的平均值", "信访工作条例第三十二条",
				drill(COMPLAINT_DAYS, period, Filter.NONE, facts)));
		indicators.add(rate(INSPECTION_COVERAGE, "随机抽查事项覆盖率",
				"随机抽查事项清单（今日的清单）中的事项，至少被一个检查期间与统计期间有交集、已抽取且未作废的抽查计划检查的比例：已覆盖事项数 ÷ 清单事项数", INSPECTION_RULE, 1.0,
				drill(INSPECTION_COVERAGE, period, Filter.NONE, facts)));
		indicators.add(rate(INSPECTION_DONE, "抽查任务完成率",
				"检查期限（抽查计划的最后一日）在统计期间内的已抽取检查任务（计划未作废）中，在期限内实施检查并已记录的比例：按期完成数 ÷ 应完成数。期限已过或已记录的才计入应完成数（期限未到且尚未记录的暂不计入）；期限后才检查的计为未按期完成",
				INSPECTION_RULE, 1.0, drill(INSPECTION_DONE, period, Filter.NONE, facts)));
		indicators.add(count(INSPECTION_OVERDUE, "逾期未检查数", "检查期限（抽查计划的最后一日）在统计期间内、截至今日期限已过仍无检查记录的已抽取检查任务数（计划未作废），目标为 0",
				INSPECTION_RULE, drill(INSPECTION_OVERDUE, period, Filter.NONE, facts)));
		return indicators;
	}

	/** One indicator of a period, from facts already read. */
	Indicator indicator(String code, Period period, Facts facts) {
		return indicators(period, facts).stream()
			.filter(i -> i.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new org.sanxiang.platform.NotFound("没有这个指标"));
	}

	private static String nullToDash(String s) {
		return s == null ? "—" : s;
	}

	/**
	 * One row per key of the dimension, from the period's rows computed once: each
	 * indicator's rows are grouped by the keys of the case behind them (a row without a
	 * case counts only for the whole).
	 */
	private List<Breakdown> breakdown(String dimension, Facts facts, Period period, Map<String, String> names,
			Function<DecidedCase, List<String>> keys, List<PublicationTimeliness.Figure> published) {
		Map<String, Boolean> seen = new LinkedHashMap<>();
		for (DecidedCase c : facts.decided()) {
			for (String key : keys.apply(c)) {
				seen.put(key, true);
			}
		}
		// publications are counted per item and month: by the item's unit and
		// agency, never by officer (no officer is answerable for one)
		Map<String, long[]> publications = new HashMap<>();
		if (!dimension.equals("officer")) {
			Map<String, Item> items = itemsByCode();
			for (PublicationTimeliness.Figure f : published) {
				String key = publicationKey(dimension, f, items);
				long[] sum = publications.computeIfAbsent(key, k -> new long[2]);
				sum[0] += f.onTime();
				sum[1] += f.due();
				seen.put(key, true);
			}
		}
		List<String> grouped = List.of(ON_TIME, DURATION, REVIEW, RECORDING);
		Map<String, Map<String, List<Row>>> byKey = new HashMap<>();
		// 双随机抽查: each row by the keys it counts for (none: not broken down that way)
		for (String indicator : INSPECTION_INDICATORS) {
			Map<String, List<Row>> rows = new HashMap<>();
			for (InspectionKpis.Keyed k : inspectionRows(indicator, period, facts)) {
				List<String> keysOfRow = k.keys(dimension);
				for (String key : keysOfRow == null ? List.<String>of() : keysOfRow) {
					rows.computeIfAbsent(key, x -> new ArrayList<>()).add(k.row());
					seen.put(key, true);
				}
			}
			byKey.put(indicator, rows);
		}
		boolean coverageCounted = !dimension.equals("officer") && !dimension.equals("month");
		for (String indicator : grouped) {
			Map<String, List<Row>> rows = new HashMap<>();
			for (Entry entry : entries(indicator, period, facts)) {
				if (entry.decided() == null) {
					continue;
				}
				for (String key : keys.apply(entry.decided())) {
					rows.computeIfAbsent(key, k -> new ArrayList<>()).add(entry.row());
				}
			}
			byKey.put(indicator, rows);
		}
		List<Breakdown> rows = new ArrayList<>();
		for (String key : seen.keySet()) {
			rows.add(new Breakdown(dimension, key, names.getOrDefault(key, key),
					summary(new Drill(ON_TIME, byKey.get(ON_TIME).getOrDefault(key, List.of()))),
					summary(new Drill(DURATION, byKey.get(DURATION).getOrDefault(key, List.of()))),
					summary(new Drill(REVIEW, byKey.get(REVIEW).getOrDefault(key, List.of()))),
					summary(new Drill(RECORDING, byKey.get(RECORDING).getOrDefault(key, List.of()))),
					dimension.equals("officer") ? null : publicationFigure(publications.get(key)),
					coverageCounted ? summary(
							new Drill(INSPECTION_COVERAGE, byKey.get(INSPECTION_COVERAGE).getOrDefault(key, List.of())))
							: null,
					summary(new Drill(INSPECTION_DONE, byKey.get(INSPECTION_DONE).getOrDefault(key, List.of()))),
					summary(new Drill(INSPECTION_OVERDUE,
							byKey.get(INSPECTION_OVERDUE).getOrDefault(key, List.of())))));
		}
		rows.sort(java.util.Comparator.comparing(Breakdown::key));
		return rows;
	}

	private static Figure summary(Drill drill) {
		return new Figure(drill.met(), drill.counted(), drill.average(), drill.value());
	}

	private static Figure publicationFigure(long[] sum) {
		if (sum == null || sum[1] == 0) {
			return new Figure(0, 0, null, null);
		}
		return new Figure(sum[0], sum[1], null, (double) sum[0] / sum[1]);
	}

	private List<PublicationTimeliness.Figure> publicationFigures(Period period) {
		return this.publications.publications(YearMonth.from(period.from()), YearMonth.from(period.to()));
	}

	private Map<String, Item> itemsByCode() {
		Map<String, Item> items = new HashMap<>();
		for (Item item : this.catalog.items()) {
			items.put(item.code(), item);
		}
		return items;
	}

	/** The agency, unit or month a month's publications of one item count for. */
	private static String publicationKey(String dimension, PublicationTimeliness.Figure f, Map<String, Item> items) {
		Item item = items.get(f.itemCode());
		return switch (dimension) {
			case "agency" -> nullToDash(item == null ? null : item.agencyCode());
			case "unit" -> nullToDash(item == null ? null : item.unitCode());
			case "month" -> f.month().toString();
			default -> "";
		};
	}

	private Indicator publicationIndicator(Period period) {
		long due = 0;
		long onTime = 0;
		for (PublicationTimeliness.Figure f : publicationFigures(period)) {
			due += f.due();
			onTime += f.onTime();
		}
		return new Indicator(PUBLICATION, "公示及时率", "到期应公示的许可决定中在作出决定之日起 7 个工作日内公示的比例（不予公开的不计），按到期月份统计：按时公示数 ÷ 到期应公示数",
				"GS-3", onTime, due, due == 0 ? null : (double) onTime / due, 1.0, false, false);
	}

	private static Indicator rate(String code, String name, String definition, String rule, double target,
			Drill drill) {
		return new Indicator(code, name, definition, rule, drill.met(), drill.counted(), drill.value(), target, false,
				false);
	}

	private static Indicator average(String code, String name, String definition, String rule, Drill drill) {
		return new Indicator(code, name, definition, rule, drill.met(), drill.counted(), drill.average(), null, true,
				false);
	}

	/** A number of records that should be none (target 0). */
	private static Indicator count(String code, String name, String definition, String rule, Drill drill) {
		return new Indicator(code, name, definition, rule, drill.met(), drill.counted(), (double) drill.counted(), 0.0,
				false, true);
	}

	/**
	 * The records of the period every indicator reads, in a constant number of queries
	 * however many cases it holds: the decided cases, the major decisions (and the cases
	 * behind those decided before the period), and the recordings and exemptions of every
	 * act to record.
	 */
	Facts facts(Period period) {
		List<DecidedCase> decided = this.cases.decided(period.from(), period.to());
		Map<UUID, DecidedCase> all = new LinkedHashMap<>();
		for (DecidedCase c : decided) {
			all.put(c.id().value(), c);
		}
		List<MajorDecision> majors = this.majorDecisions.made(period.from(), period.to());
		Set<CaseId> missing = new LinkedHashSet<>();
		for (MajorDecision d : majors) {
			if (!all.containsKey(d.caseId())) {
				missing.add(new CaseId(d.caseId()));
			}
		}
		for (DecidedCase c : this.cases.decidedAmong(missing)) {
			all.put(c.id().value(), c);
		}
		Set<UUID> withActs = new LinkedHashSet<>();
		for (DecidedCase c : decided) {
			if (!c.recordedActs().isEmpty()) {
				withActs.add(c.id().value());
			}
		}
		Map<String, ActivityRecording> recordings = new HashMap<>();
		for (ActivityRecording r : this.evidence.recordingsOfCases(withActs)) {
			recordings.put(r.caseId() + "/" + r.activity().name(), r);
		}
		return new Facts(decided, all, majors, recordings, new HashMap<>(),
				this.inspections.plans(period.from(), period.to()),
				this.inspections.inspections(period.from(), period.to()), new HashMap<>());
	}

	/** The rows behind one indicator for a period and an optional filter. */
	Drill drill(String indicator, Period period, Filter filter, Facts facts) {
		if (List.of(ON_TIME, DURATION, REVIEW, RECORDING).contains(indicator)) {
			Predicate<DecidedCase> keep = filter.matches();
			List<Row> rows = new ArrayList<>();
			for (Entry entry : entries(indicator, period, facts)) {
				if (filter == Filter.NONE || entry.decided() != null && keep.test(entry.decided())) {
					rows.add(entry.row());
				}
			}
			return new Drill(indicator, rows);
		}
		if (INSPECTION_INDICATORS.contains(indicator)) {
			return inspectionDrill(indicator, period, filter, facts);
		}
		return otherDrill(indicator, period, filter);
	}

	/**
	 * The rows of a 双随机抽查 indicator, filtered by the keys each counts for; coverage is
	 * counted per item, so not by officer or month.
	 */
	private Drill inspectionDrill(String indicator, Period period, Filter filter, Facts facts) {
		if (indicator.equals(INSPECTION_COVERAGE) && List.of("officer", "month").contains(filter.dimension())) {
			throw org.sanxiang.platform.InputRejected.invalid("by", "随机抽查事项覆盖率按事项统计，只按执法主体和股室分组");
		}
		List<Row> rows = new ArrayList<>();
		for (InspectionKpis.Keyed k : inspectionRows(indicator, period, facts)) {
			List<String> keys = k.keys(filter.dimension());
			if (filter == Filter.NONE || keys != null && keys.contains(filter.key())) {
				rows.add(k.row());
			}
		}
		return new Drill(indicator, rows);
	}

	/**
	 * The keyed rows of a 双随机抽查 indicator; the three are computed together once per
	 * {@link Facts}.
	 */
	private List<InspectionKpis.Keyed> inspectionRows(String indicator, Period period, Facts facts) {
		Map<String, List<InspectionKpis.Keyed>> rows = facts.inspectionRows();
		if (rows.isEmpty()) {
			InspectionKpis.Source source = inspectionSource(facts);
			rows.put(INSPECTION_COVERAGE, InspectionKpis.coverage(source));
			rows.put(INSPECTION_DONE, InspectionKpis.completion(period, source));
			rows.put(INSPECTION_OVERDUE, InspectionKpis.overdue(period, source));
		}
		return rows.get(indicator);
	}

	private InspectionKpis.Source inspectionSource(Facts facts) {
		Map<String, String> names = new HashMap<>();
		for (Officer o : this.catalog.officers()) {
			names.put(o.id(), o.name());
		}
		return new InspectionKpis.Source(facts.plans(), facts.inspections(), this.catalog.randomInspectionList(),
				itemsByCode(), names, today());
	}

	/**
	 * The rows of an indicator counted over cases, for the whole period, each with its
	 * case; computed once per {@link Facts} and filtered or grouped from there.
	 */
	private List<Entry> entries(String indicator, Period period, Facts facts) {
		return facts.entries().computeIfAbsent(indicator, i -> caseEntries(i, facts));
	}

	private List<Entry> caseEntries(String indicator, Facts facts) {
		List<Entry> rows = new ArrayList<>();
		switch (indicator) {
			case ON_TIME -> {
				for (DecidedCase c : facts.decided()) {
					if (c.decisionDue() == null) {
						continue;
					}
					boolean statutory = !c.decidedOn().isAfter(c.decisionDue());
					boolean promised = c.promisedDue() == null || !c.decidedOn().isAfter(c.promisedDue());
					String why = "决定日 " + c.decidedOn() + "，法定期限 " + c.decisionDue()
							+ (c.promisedDue() == null ? "" : "，承诺期限 " + c.promisedDue())
							+ (statutory ? (promised ? "：按期" : "：超过承诺期限") : "：超过法定期限");
					rows.add(new Entry(c, caseRow(c, statutory && promised, why, null)));
				}
			}
			case DURATION -> {
				for (DecidedCase c : facts.decided()) {
					if (c.acceptedOn() == null) {
						continue;
					}
					int days = this.workingDays.workingDaysBetween(c.acceptedOn(), c.decidedOn());
					rows.add(new Entry(c, caseRow(c, true,
							"受理 " + c.acceptedOn() + " 至决定 " + c.decidedOn() + "：" + days + " 个工作日", (double) days)));
				}
			}
			case REVIEW -> {
				Map<UUID, DecidedCase> byId = facts.all();
				for (MajorDecision d : facts.majors()) {
					DecidedCase c = byId.get(d.caseId());
					String why = d.decision() + "（" + d.decidedOn() + "）"
							+ (d.reviewed() ? "：经法制审核通过，意见书 " + d.opinionNumber() : "：未经法制审核通过");
					rows.add(new Entry(c, new Row(d.caseId(), c == null ? d.caseId().toString() : c.number(),
							c == null ? "" : c.itemName(), d.reviewed(), why, null)));
				}
			}
			default -> {
				for (DecidedCase c : facts.decided()) {
					for (RecordedAct act : c.recordedActs()) {
						ActivityRecording held = facts.recordings()
							.get(c.id().value() + "/" + Activity.valueOf(act.activity()).name());
						boolean recorded = held != null && held.recorded();
						Optional<String> exemption = recorded || held == null ? Optional.empty()
								: Optional.ofNullable(held.approvedExemption());
						String why = act.label() + "（" + act.on() + "）："
								+ (recorded ? "有音像记录" : exemption.map(r -> "经批准免于记录：" + r).orElse("无音像记录"));
						rows.add(new Entry(c, caseRow(c, recorded || exemption.isPresent(), why, null)));
					}
				}
			}
		}
		return rows;
	}

	private Drill otherDrill(String indicator, Period period, Filter filter) {
		List<Row> rows = new ArrayList<>();
		switch (indicator) {
			case CERTIFICATE -> {
				LocalDate today = today();
				for (Officer o : this.catalog.officers()) {
					if (filter.dimension().equals("unit") && !filter.key().equals(o.unitCode())
							|| filter.dimension().equals("officer") && !filter.key().equals(o.id())
							|| filter.dimension().equals("agency") && !filter.key().equals(o.agencyCode())) {
						continue;
					}
					Certificate cert = o.certificate();
					Certificate.Standing standing = cert == null ? null : cert.standingOn(today);
					boolean valid = standing == Certificate.Standing.VALID;
					String why = cert == null ? "无执法证"
							: "执法证 " + cert.number() + "，有效期至 " + cert.validTo() + "：" + standingLabel(standing);
					rows.add(new Row(null, o.name(), o.unitCode(), valid, why, null));
				}
			}
			case COMPLAINT_ON_TIME, COMPLAINT_DAYS -> {
				LocalDate today = today();
				for (ComplaintTime t : this.complaints.received(period.from(), period.to())) {
					if (filter.dimension().equals("unit") && !filter.key().equals(t.unitCode())
							|| filter.dimension().equals("officer") && !filter.key().equals(t.officerId())
							|| filter.dimension().equals("month")
									&& !filter.key().equals(YearMonth.from(t.receivedOn()).toString())) {
						continue;
					}
					if (indicator.equals(COMPLAINT_DAYS)) {
						if (t.repliedOn() != null) {
							long days = t.repliedOn().toEpochDay() - t.receivedOn().toEpochDay();
							rows.add(new Row(null, t.number(), t.kind(), true,
									"受理 " + t.receivedOn() + " 至答复 " + t.repliedOn() + "：" + days + " 天",
									(double) days));
						}
					}
					else if (t.repliedOn() != null || today.isAfter(t.deadline())) {
						rows.add(new Row(null, t.number(), t.kind(), t.repliedOnTime(),
								"受理 " + t.receivedOn() + "，答复期限 " + t.deadline() + "，"
										+ (t.repliedOn() == null ? "逾期未答复" : "答复 " + t.repliedOn())
										+ (t.repliedOnTime() ? "：按期" : "：逾期"),
								null));
					}
				}
			}
			case PUBLICATION -> {
				if (filter.dimension().equals("officer")) {
					throw org.sanxiang.platform.InputRejected.invalid("by", "公示及时率按事项和月份统计，不按执法人员分组");
				}
				Map<String, Item> items = itemsByCode();
				for (PublicationTimeliness.Figure f : publicationFigures(period)) {
					if (f.due() == 0 || filter != Filter.NONE
							&& !filter.key().equals(publicationKey(filter.dimension(), f, items))) {
						continue;
					}
					rows.add(new Row(
							null, f.month() + " " + f.itemName(), f.itemCode(), f.onTime() == f.due(), "到期 " + f.due()
									+ " 件，按时 " + f.onTime() + " 件，逾期公示 " + f.late() + " 件，逾期未公示 " + f.open() + " 件",
							null));
				}
			}
			default -> throw new org.sanxiang.platform.NotFound("没有这个指标");
		}
		return new Drill(indicator, rows);
	}

	private static String standingLabel(Certificate.Standing standing) {
		return switch (standing) {
			case VALID -> "有效";
			case SUSPENDED -> "暂扣";
			case REVOKED -> "吊销";
			case EXPIRED -> "已过期";
			case NOT_YET_VALID -> "尚未生效";
		};
	}

	private static Row caseRow(DecidedCase c, boolean met, String why, Double value) {
		return new Row(c.id().value(), c.number(), c.itemName(), met, why, value);
	}

	/** A period, both days included. */
	record Period(LocalDate from, LocalDate to) {
	}

	/** Which slice of the records a number counts; {@link #NONE} for all. */
	record Filter(String dimension, String key) {

		static final Filter NONE = new Filter("", "");

		static Filter of(String dimension, String key) {
			if (dimension == null || dimension.isBlank() || key == null || key.isBlank()) {
				return NONE;
			}
			if (!List.of("agency", "unit", "officer", "month").contains(dimension)) {
				throw org.sanxiang.platform.InputRejected.invalid("by", "分组只能是执法主体、股室、执法人员或月份");
			}
			return new Filter(dimension, key);
		}

		Predicate<DecidedCase> matches() {
			return switch (this.dimension) {
				case "agency" -> c -> this.key.equals(nullToDash(c.agencyCode()));
				case "unit" -> c -> this.key.equals(nullToDash(c.itemUnitCode()));
				case "officer" -> c -> c.officerIds().contains(this.key);
				case "month" -> c -> this.key.equals(YearMonth.from(c.decidedOn()).toString());
				default -> c -> true;
			};
		}

		public String label() {
			return switch (this.dimension) {
				case "agency" -> "执法主体 " + this.key;
				case "unit" -> "股室 " + this.key;
				case "officer" -> "执法人员 " + this.key;
				case "month" -> "月份 " + this.key;
				default -> "全部";
			};
		}

	}

	/**
	 * The period's records, read once; {@code entries} keeps each case indicator's rows
	 * once computed.
	 */
	record Facts(List<DecidedCase> decided, Map<UUID, DecidedCase> all, List<MajorDecision> majors,
			Map<String, ActivityRecording> recordings, Map<String, List<Entry>> entries,
			List<InspectionStatistics.PlanFacts> plans, List<InspectionStatistics.InspectionFacts> inspections,
			Map<String, List<InspectionKpis.Keyed>> inspectionRows) {
	}

	/** A row with the case behind it ({@code null} for a decision on an unknown case). */
	record Entry(DecidedCase decided, Row row) {
	}

	/**
	 * One record behind a number: a case (with its id, for the link), an officer, a
	 * complaint, a month of publications, an item of the 随机抽查事项清单 or a drawn inspection
	 * (with its assignment id in {@code caseId}, for the link to its field sheet);
	 * whether it counts as met and why.
	 */
	record Row(UUID caseId, String label, String detail, boolean met, String why, Double value) {
	}

	/** The rows behind one indicator. */
	record Drill(String indicator, List<Row> rows) {

		public long counted() {
			return this.rows.size();
		}

		public long met() {
			return this.rows.stream().filter(Row::met).count();
		}

		Double value() {
			return this.rows.isEmpty() ? null : (double) met() / counted();
		}

		Double average() {
			return this.rows.isEmpty() ? null
					: this.rows.stream().filter(r -> r.value() != null).mapToDouble(Row::value).average().orElse(0);
		}

	}

	/**
	 * One indicator.
	 *
	 * @param numerator records that met it (for an average: the records counted)
	 * @param denominator records counted
	 * @param value the rate (0–1) or the average, {@code null} when nothing was counted
	 * @param target the target rate, {@code null} for an average, the most allowed for a
	 * count
	 * @param countOnly a count of records that should be none (value = denominator)
	 */
	record Indicator(String code, String name, String definition, String rule, long numerator, long denominator,
			Double value, Double target, boolean averageOnly, boolean countOnly) {

		public String display() {
			if (this.value == null) {
				return "—";
			}
			if (this.countOnly) {
				return this.denominator + " 件";
			}
			return this.averageOnly ? String.format(Locale.ROOT, "%.1f", this.value)
					: String.format(Locale.ROOT, "%.1f%%", this.value * 100);
		}

		/** The target as the page shows it. */
		public String targetText() {
			if (this.target == null) {
				return "—";
			}
			return this.countOnly ? String.format(Locale.ROOT, "%.0f 件", this.target)
					: String.format(Locale.ROOT, "%.0f%%", this.target * 100);
		}

		/** 达标, 未达标 or 无数据 (an average has no target: 参考). */
		public String status() {
			if (this.value == null) {
				return "无数据";
			}
			if (this.target == null) {
				return "参考";
			}
			if (this.countOnly) {
				return this.value <= this.target ? "达标" : "未达标";
			}
			return this.value >= this.target ? "达标" : "未达标";
		}

	}

	/** A number of one breakdown row. */
	record Figure(long met, long counted, Double average, Double value) {

		public String rate() {
			return this.value == null ? "—" : String.format(Locale.ROOT, "%.1f%%", this.value * 100);
		}

		public String days() {
			return this.average == null ? "—" : String.format(Locale.ROOT, "%.1f", this.average);
		}

	}

	/**
	 * One agency, unit, officer or month; {@code publication} is null for an officer,
	 * {@code inspectionCoverage} for an officer and a month (coverage is counted per
	 * item). {@code inspectionOverdue} counts its records in {@code counted}.
	 */
	record Breakdown(String dimension, String key, String name, Figure onTime, Figure duration, Figure review,
			Figure recording, Figure publication, Figure inspectionCoverage, Figure inspectionDone,
			Figure inspectionOverdue) {
	}

	record Dashboard(Period period, List<Indicator> indicators, List<Breakdown> agencies, List<Breakdown> units,
			List<Breakdown> officers, List<Breakdown> months) {
	}

}
