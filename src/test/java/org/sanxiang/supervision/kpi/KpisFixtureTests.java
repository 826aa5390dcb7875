package org.sanxiang.supervision.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseStatistics;
import org.sanxiang.casework.CaseStatistics.DecidedCase;
import org.sanxiang.casework.CaseStatistics.RecordedAct;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Certificate;
import org.sanxiang.catalog.CertificateStatus;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.Officer;
import org.sanxiang.complaints.ComplaintTimes;
import org.sanxiang.complaints.ComplaintTimes.ComplaintTime;
import org.sanxiang.disclosure.PublicationTimeliness;
import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceVault;
import org.sanxiang.evidence.EvidenceVault.ActivityRecording;
import org.sanxiang.inspection.InspectionStatistics;
import org.sanxiang.inspection.InspectionStatistics.InspectionFacts;
import org.sanxiang.inspection.InspectionStatistics.PlanFacts;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.review.MajorDecisions;
import org.sanxiang.review.MajorDecisions.MajorDecision;

/**
 * Every indicator, whole and per unit, officer and month, against numbers worked out by
 * hand from a small fixture: March 2026 (no holidays in the shipped calendar), today 10
 * April. The other modules' read APIs answer with the fixture; how they read their own
 * records is proved by {@code KpisIntegrationTests} and
 * {@code KpiBulkReadIntegrationTests}.
 *
 * <pre>
 * case unit officers accepted decided  statutory promised major acts
 * C1   U1   O1 O2    03-02    03-06    03-30     03-10    no    现场检查 03-04 (recorded)
 * C2   U1   O1 O3    03-02    03-20    03-30     03-16    yes   送达 03-21 (exemption approved)
 * C3   U2   O3       03-09    03-31    03-27     —        yes   听证 03-20 (nothing)
 * C4   U2   O2       03-23    03-25    —         —        no
 * C0   U1   O1       (decided 02-10, before the period; its 撤销 on 03-12 is a major decision)
 * </pre>
 *
 * 双随机抽查: the 随机抽查事项清单 holds XK-002 (U1), XK-005 (U2) and XK-007 (U2), all of agency A.
 *
 * <pre>
 * plan          items           status     period        inspections (inspectors: record)
 * CC-2026-0001  XK-002          DRAWN      02-15..03-20  I1 (O1 O2: 03-18) I2 (O1 O3: 03-25, late) I3 (O2 O3: none)
 * CC-2026-0002  XK-005 XK-002   DRAWN      03-10..04-30  I6 (O1 O3: none)  I7 (O2 O3: 03-28)
 * CC-2026-0003  XK-007          CANCELLED  03-01..03-31  (its inspections are not read)
 * CC-2026-0004  XK-005          DRAWN      03-01..03-31  I4 (O2 O3: 03-31) I5 (O1 O2: none)
 * CC-2026-0005  XK-007          ANNOUNCED  03-25..04-15  (not drawn)
 * </pre>
 */
class KpisFixtureTests {

	static final LocalDate TODAY = LocalDate.of(2026, 4, 10);

	static final UUID C0 = UUID.fromString("00000000-0000-0000-0000-0000000000c0");

	static final UUID C1 = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

	static final UUID C2 = UUID.fromString("00000000-0000-0000-0000-0000000000c2");

	static final UUID C3 = UUID.fromString("00000000-0000-0000-0000-0000000000c3");

	static final UUID C4 = UUID.fromString("00000000-0000-0000-0000-0000000000c4");

	static final UUID P1 = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

	static final UUID P2 = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

	static final UUID P3 = UUID.fromString("00000000-0000-0000-0000-0000000000a3");

	static final UUID P4 = UUID.fromString("00000000-0000-0000-0000-0000000000a4");

	static final UUID P5 = UUID.fromString("00000000-0000-0000-0000-0000000000a5");

	Kpis kpis;

	Kpis.Period march;

	Kpis.Period april;

	@BeforeEach
	void fixture() {
		CaseStatistics cases = mock(CaseStatistics.class);
		DecidedCase c1 = decided(C1, "U1", List.of("O1", "O2"), "03-02", "03-06", "03-30", "03-10", false,
				List.of(new RecordedAct("SITE_INSPECTION", "现场检查", date("03-04"))));
		DecidedCase c2 = decided(C2, "U1", List.of("O1", "O3"), "03-02", "03-20", "03-30", "03-16", true,
				List.of(new RecordedAct("SERVICE", "留置送达", date("03-21"))));
		DecidedCase c3 = decided(C3, "U2", List.of("O3"), "03-09", "03-31", "03-27", null, true,
				List.of(new RecordedAct("HEARING", "听证", date("03-20"))));
		DecidedCase c4 = decided(C4, "U2", List.of("O2"), "03-23", "03-25", null, null, false, List.of());
		DecidedCase c0 = new DecidedCase(new CaseId(C0), "C0", "XK-002", "事项", "U1", "A", List.of("O1"),
				LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 2), null, true, true,
				List.of());
		when(cases.decided(date("03-01"), date("03-31"))).thenReturn(List.of(c1, c2, c3, c4));
		when(cases.decidedAmong(any())).thenReturn(List.of(c0));

		MajorDecisions majors = mock(MajorDecisions.class);
		when(majors.made(date("03-01"), date("03-31"))).thenReturn(List.of(
				new MajorDecision(C2, "CaseDecided", "准予许可", date("03-20"), UUID.randomUUID(), "新发改法审〔2026〕1号"),
				new MajorDecision(C3, "CaseDecided", "不予许可", date("03-31"), null, null),
				new MajorDecision(C0, "LicenceRevoked", "撤销", date("03-12"), UUID.randomUUID(), "新发改法审〔2026〕2号")));

		EvidenceVault evidence = mock(EvidenceVault.class);
		when(evidence.recordingsOfCases(any()))
			.thenReturn(List.of(new ActivityRecording(C1, Activity.SITE_INSPECTION, true, null),
					new ActivityRecording(C2, Activity.SERVICE, false, "当事人拒收，见证人在场，经负责人批准")));

		PublicationTimeliness publications = mock(PublicationTimeliness.class);
		when(publications.publications(YearMonth.of(2026, 3), YearMonth.of(2026, 3)))
			.thenReturn(List.of(new PublicationTimeliness.Figure(YearMonth.of(2026, 3), "XK-002", "节能审查", 4, 3, 1, 0),
					new PublicationTimeliness.Figure(YearMonth.of(2026, 3), "XK-005", "粮食收购资格", 2, 2, 0, 0)));

		ComplaintTimes complaints = mock(ComplaintTimes.class);
		when(complaints.received(date("03-01"), date("03-31"))).thenReturn(List.of(
				// replied in time after 8 days
				new ComplaintTime("K1", "投诉", "U1", "O1", date("03-02"), date("05-01"), date("03-10")),
				// not replied and past its deadline: counted as late
				new ComplaintTime("K2", "举报", "U2", null, date("03-05"), date("03-20"), null),
				// not replied, deadline still ahead: not counted yet
				new ComplaintTime("K3", "投诉", "U1", null, date("03-15"), date("05-14"), null),
				// replied late after 27 days
				new ComplaintTime("K4", "投诉", "U2", "O3", date("03-03"), date("03-25"), date("03-30"))));

		InspectionStatistics inspections = mock(InspectionStatistics.class);
		PlanFacts p1 = plan(P1, 1, List.of("XK-002"), "DRAWN", "02-15", "03-20");
		PlanFacts p2 = plan(P2, 2, List.of("XK-005", "XK-002"), "DRAWN", "03-10", "04-30");
		PlanFacts p3 = plan(P3, 3, List.of("XK-007"), "CANCELLED", "03-01", "03-31");
		PlanFacts p4 = plan(P4, 4, List.of("XK-005"), "DRAWN", "03-01", "03-31");
		PlanFacts p5 = plan(P5, 5, List.of("XK-007"), "ANNOUNCED", "03-25", "04-15");
		InspectionFacts i1 = inspection(1, p1, List.of("O1", "O2"), "03-18");
		InspectionFacts i2 = inspection(2, p1, List.of("O1", "O3"), "03-25");
		InspectionFacts i3 = inspection(3, p1, List.of("O2", "O3"), null);
		InspectionFacts i4 = inspection(4, p4, List.of("O2", "O3"), "03-31");
		InspectionFacts i5 = inspection(5, p4, List.of("O1", "O2"), null);
		InspectionFacts i6 = inspection(6, p2, List.of("O1", "O3"), null);
		InspectionFacts i7 = inspection(7, p2, List.of("O2", "O3"), "03-28");
		when(inspections.plans(date("03-01"), date("03-31"))).thenReturn(List.of(p1, p3, p4, p5, p2));
		when(inspections.inspections(date("03-01"), date("03-31"))).thenReturn(List.of(i1, i2, i3, i4, i5, i6, i7));
		when(inspections.plans(date("04-01"), date("04-30"))).thenReturn(List.of(p5, p2));
		when(inspections.inspections(date("04-01"), date("04-30"))).thenReturn(List.of(i6, i7));

		Catalog catalog = mock(Catalog.class);
		when(catalog.officers()).thenReturn(List.of(
				officer("O1", "U1",
						new Certificate("C-1", "县政府", date("01-01").minusYears(1), date("12-31"),
								CertificateStatus.VALID)),
				officer("O2", "U2",
						new Certificate("C-2", "县政府", date("01-01").minusYears(3), date("04-09"),
								CertificateStatus.VALID)),
				officer("O3", "U1", new Certificate("C-3", "县政府", date("01-01").minusYears(1), date("12-31"),
						CertificateStatus.SUSPENDED))));

		Item energy = mock(Item.class);
		when(energy.code()).thenReturn("XK-002");
		when(energy.unitCode()).thenReturn("U1");
		when(energy.agencyCode()).thenReturn("A");
		Item grain = mock(Item.class);
		when(grain.code()).thenReturn("XK-005");
		when(grain.unitCode()).thenReturn("U2");
		when(grain.agencyCode()).thenReturn("A");
		Item pipeline = mock(Item.class);
		when(pipeline.code()).thenReturn("XK-007");
		when(pipeline.unitCode()).thenReturn("U2");
		when(pipeline.agencyCode()).thenReturn("A");
		when(energy.name()).thenReturn("节能审查");
		when(grain.name()).thenReturn("粮食收购资格");
		when(pipeline.name()).thenReturn("石油天然气管道保护");
		when(catalog.items()).thenReturn(List.of(energy, grain, pipeline));
		when(catalog.randomInspectionList()).thenReturn(List.of(energy, grain, pipeline));

		this.kpis = new Kpis(cases, majors, publications, complaints, evidence, inspections, catalog,
				WorkingDays.shipped(),
				Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai")));
		this.march = this.kpis.period(date("03-01"), date("03-31"));
		this.april = this.kpis.period(date("04-01"), date("04-30"));
	}

	@Test
	void everyIndicatorOfTheWholeAgencyMatchesTheHandCount() {
		Map<String, Kpis.Indicator> indicators = this.kpis.dashboard(this.march)
			.indicators()
			.stream()
			.collect(Collectors.toMap(Kpis.Indicator::code, Function.identity()));
		// 公示及时率: (3 + 2) of (4 + 2)
		assertFigure(indicators.get(Kpis.PUBLICATION), 5, 6);
		// 法制审核覆盖率: C2's and C0's 撤销 reviewed, C3's not
		assertFigure(indicators.get(Kpis.REVIEW), 2, 3);
		assertThat(indicators.get(Kpis.REVIEW).status()).isEqualTo("未达标");
		// 音像记录覆盖率: C1 recorded, C2 exempted, C3's hearing neither
		assertFigure(indicators.get(Kpis.RECORDING), 2, 3);
		// 按期办结率: C1 on time; C2 past its promise (03-16); C3 past the statutory 03-27; C4
		// has no deadline and is not counted
		assertFigure(indicators.get(Kpis.ON_TIME), 1, 3);
		// 平均办理时长: working days after acceptance up to the decision: 4, 14, 16, 2
		assertThat(indicators.get(Kpis.DURATION).denominator()).isEqualTo(4);
		assertThat(indicators.get(Kpis.DURATION).value()).isEqualTo(9.0);
		// 执法证有效率 today: O1 valid; O2 ran out yesterday; O3 suspended
		assertFigure(indicators.get(Kpis.CERTIFICATE), 1, 3);
		// 投诉举报按期答复率: K1 in time; K2 overdue unanswered; K4 late; K3 not due yet
		assertFigure(indicators.get(Kpis.COMPLAINT_ON_TIME), 1, 3);
		// 投诉举报平均答复天数: (8 + 27) / 2
		assertThat(indicators.get(Kpis.COMPLAINT_DAYS).value()).isEqualTo(17.5);
	}

	@Test
	void eachUnitOfficerAndMonthCountsTheCasesItHandled() {
		Kpis.Dashboard dashboard = this.kpis.dashboard(this.march);
		Map<String, Kpis.Breakdown> units = byKey(dashboard.units());
		assertThat(units).containsOnlyKeys("U1", "U2");
		assertRate(units.get("U1").onTime(), 1, 2);
		assertThat(units.get("U1").duration().average()).isEqualTo(9.0); // (4 + 14) / 2
		assertRate(units.get("U1").review(), 2, 2); // C2 and C0's 撤销
		assertRate(units.get("U1").recording(), 2, 2);
		assertRate(units.get("U2").onTime(), 0, 1);
		assertThat(units.get("U2").duration().average()).isEqualTo(9.0); // (16 + 2) / 2
		assertRate(units.get("U2").review(), 0, 1);
		assertRate(units.get("U2").recording(), 0, 1);
		// publications count for their item's unit: XK-002 is U1's, XK-005 U2's
		assertRate(units.get("U1").publication(), 3, 4);
		assertRate(units.get("U2").publication(), 2, 2);

		Map<String, Kpis.Breakdown> officers = byKey(dashboard.officers());
		assertThat(officers).containsOnlyKeys("O1", "O2", "O3");
		assertRate(officers.get("O1").onTime(), 1, 2); // C1, C2
		assertRate(officers.get("O2").onTime(), 1, 1); // C1 (C4 has no deadline)
		assertThat(officers.get("O2").duration().average()).isEqualTo(3.0); // (4 + 2) / 2
		assertRate(officers.get("O3").onTime(), 0, 2); // C2, C3
		assertThat(officers.get("O3").publication()).isNull();

		Map<String, Kpis.Breakdown> months = byKey(dashboard.months());
		assertRate(months.get("2026-03").onTime(), 1, 3);
		assertThat(months.get("2026-03").duration().average()).isEqualTo(9.0);
		assertRate(months.get("2026-03").publication(), 5, 6);
		assertRate(byKey(dashboard.agencies()).get("A").publication(), 5, 6);
	}

	@Test
	void aDrillDownListsExactlyTheRecordsBehindTheNumberWithTheReason() {
		Kpis.Facts facts = this.kpis.facts(this.march);
		Kpis.Drill onTime = this.kpis.drill(Kpis.ON_TIME, this.march, Kpis.Filter.of("unit", "U1"), facts);
		assertThat(onTime.rows()).extracting(Kpis.Row::caseId).containsExactly(C1, C2);
		assertThat(onTime.rows().get(1).why()).endsWith("：超过承诺期限");
		Kpis.Drill late = this.kpis.drill(Kpis.ON_TIME, this.march, Kpis.Filter.of("officer", "O3"), facts);
		assertThat(late.rows()).extracting(Kpis.Row::why)
			.anySatisfy(why -> assertThat(why).contains("法定期限 2026-03-27").endsWith("：超过法定期限"));
		Kpis.Drill recording = this.kpis.drill(Kpis.RECORDING, this.march, Kpis.Filter.NONE, facts);
		assertThat(recording.rows()).extracting(Kpis.Row::why)
			.containsExactly("现场检查（2026-03-04）：有音像记录", "留置送达（2026-03-21）：经批准免于记录：当事人拒收，见证人在场，经负责人批准",
					"听证（2026-03-20）：无音像记录");
		Kpis.Drill publication = this.kpis.drill(Kpis.PUBLICATION, this.march, Kpis.Filter.NONE, facts);
		assertThat(publication.rows()).extracting(Kpis.Row::met).containsExactly(false, true);
		assertThat(this.kpis.drill(Kpis.PUBLICATION, this.march, Kpis.Filter.of("unit", "U2"), facts).rows())
			.extracting(Kpis.Row::detail)
			.containsExactly("XK-005");
		assertThatThrownBy(() -> this.kpis.drill(Kpis.PUBLICATION, this.march, Kpis.Filter.of("officer", "O1"), facts))
			.isInstanceOf(InputRejected.class);
	}

	@Test
	void theRandomInspectionIndicatorsMatchTheHandCount() {
		Map<String, Kpis.Indicator> indicators = indicatorsOf(this.march);
		// 覆盖率: XK-002 (CC-0001, CC-0002) and XK-005 (CC-0002, CC-0004) checked by drawn
		// plans; XK-007 only by the cancelled CC-0003 and the announced CC-0005
		assertFigure(indicators.get(Kpis.INSPECTION_COVERAGE), 2, 3);
		assertThat(indicators.get(Kpis.INSPECTION_COVERAGE).status()).isEqualTo("未达标");
		// 完成率: plans ending in March are CC-0001 (I1 on time, I2 late, I3 none) and
		// CC-0004 (I4 on its last day, I5 none); CC-0002 ends in April
		assertFigure(indicators.get(Kpis.INSPECTION_DONE), 2, 5);
		// 逾期未检查: I3 and I5, as of 04-10
		Kpis.Indicator overdue = indicators.get(Kpis.INSPECTION_OVERDUE);
		assertThat(overdue.denominator()).isEqualTo(2);
		assertThat(overdue.value()).isEqualTo(2.0);
		assertThat(overdue.display()).isEqualTo("2 件");
		assertThat(overdue.targetText()).isEqualTo("0 件");
		assertThat(overdue.status()).isEqualTo("未达标");

		// April (to 04-30, after today): CC-0002's I6 is open before its last day and not
		// counted yet; I7, recorded on 03-28, is done on time; nothing overdue
		Map<String, Kpis.Indicator> april = indicatorsOf(this.april);
		assertFigure(april.get(Kpis.INSPECTION_DONE), 1, 1);
		assertThat(april.get(Kpis.INSPECTION_OVERDUE).denominator()).isZero();
		assertThat(april.get(Kpis.INSPECTION_OVERDUE).status()).isEqualTo("达标");
		// CC-0002 overlaps April and checks XK-002 and XK-005; XK-007 is not covered
		assertFigure(april.get(Kpis.INSPECTION_COVERAGE), 2, 3);
	}

	@Test
	void eachAgencyUnitOfficerAndMonthCountsTheInspectionsItAnswersFor() {
		Kpis.Dashboard dashboard = this.kpis.dashboard(this.march);
		// units: the unit of the plan's items — CC-0001 (XK-002) is U1's, CC-0004
		// (XK-005)
		// U2's; coverage by the item's unit: U1 has XK-002, U2 XK-005 and XK-007
		Map<String, Kpis.Breakdown> units = byKey(dashboard.units());
		assertRate(units.get("U1").inspectionCoverage(), 1, 1);
		assertRate(units.get("U2").inspectionCoverage(), 1, 2);
		assertRate(units.get("U1").inspectionDone(), 1, 3); // I1 of I1, I2, I3
		assertRate(units.get("U2").inspectionDone(), 1, 2); // I4 of I4, I5
		assertThat(units.get("U1").inspectionOverdue().counted()).isEqualTo(1); // I3
		assertThat(units.get("U2").inspectionOverdue().counted()).isEqualTo(1); // I5

		// officers: the inspections they were drawn for
		Map<String, Kpis.Breakdown> officers = byKey(dashboard.officers());
		assertRate(officers.get("O1").inspectionDone(), 1, 3); // I1, I2, I5
		assertRate(officers.get("O2").inspectionDone(), 2, 4); // I1, I3, I4, I5
		assertRate(officers.get("O3").inspectionDone(), 1, 3); // I2, I3, I4
		assertThat(officers.get("O1").inspectionOverdue().counted()).isEqualTo(1); // I5
		assertThat(officers.get("O2").inspectionOverdue().counted()).isEqualTo(2); // I3,
																					// I5
		assertThat(officers.get("O3").inspectionOverdue().counted()).isEqualTo(1); // I3
		assertThat(officers.get("O1").inspectionCoverage()).isNull();

		// months: by the plan's last day
		Kpis.Breakdown month = byKey(dashboard.months()).get("2026-03");
		assertRate(month.inspectionDone(), 2, 5);
		assertThat(month.inspectionOverdue().counted()).isEqualTo(2);
		assertThat(month.inspectionCoverage()).isNull();

		Kpis.Breakdown agency = byKey(dashboard.agencies()).get("A");
		assertRate(agency.inspectionCoverage(), 2, 3);
		assertRate(agency.inspectionDone(), 2, 5);
		assertThat(agency.inspectionOverdue().counted()).isEqualTo(2);
	}

	@Test
	void aRandomInspectionDrillDownListsThePlansItemsAndInspectionsBehindTheNumber() {
		Kpis.Facts facts = this.kpis.facts(this.march);
		Kpis.Drill coverage = this.kpis.drill(Kpis.INSPECTION_COVERAGE, this.march, Kpis.Filter.NONE, facts);
		assertThat(coverage.rows()).extracting(Kpis.Row::detail).containsExactly("XK-002", "XK-005", "XK-007");
		assertThat(coverage.rows()).extracting(Kpis.Row::why)
			.containsExactly("由抽查计划 CC-2026-0001、CC-2026-0002 检查（共 2 个计划）",
					"由抽查计划 CC-2026-0004、CC-2026-0002 检查（共 2 个计划）", "统计期间内没有已抽取的抽查计划检查此事项");
		assertThat(this.kpis.drill(Kpis.INSPECTION_COVERAGE, this.march, Kpis.Filter.of("unit", "U2"), facts).rows())
			.extracting(Kpis.Row::label)
			.containsExactly("粮食收购资格", "石油天然气管道保护");

		Kpis.Drill overdue = this.kpis.drill(Kpis.INSPECTION_OVERDUE, this.march, Kpis.Filter.of("officer", "O2"),
				facts);
		assertThat(overdue.rows()).extracting(Kpis.Row::label).containsExactly("CC-2026-0001", "CC-2026-0004");
		assertThat(overdue.rows().get(0).why()).isEqualTo("检查期限 2026-03-20，已逾期 21 天未检查；检查人员 执法人员O2、执法人员O3");
		assertThat(overdue.rows()).noneMatch(Kpis.Row::met);

		Kpis.Drill done = this.kpis.drill(Kpis.INSPECTION_DONE, this.march, Kpis.Filter.of("unit", "U1"), facts);
		assertThat(done.rows()).extracting(Kpis.Row::met).containsExactly(true, false, false);
		assertThat(done.rows().get(1).why()).startsWith("检查期限 2026-03-20，于 2026-03-25 检查（未发现问题）：逾期完成");
		assertThat(done.rows().get(2).why()).startsWith("检查期限 2026-03-20，逾期未检查");

		// coverage is counted per item: not per officer or month
		assertThatThrownBy(
				() -> this.kpis.drill(Kpis.INSPECTION_COVERAGE, this.march, Kpis.Filter.of("officer", "O1"), facts))
			.isInstanceOf(InputRejected.class);
		assertThatThrownBy(
				() -> this.kpis.drill(Kpis.INSPECTION_COVERAGE, this.march, Kpis.Filter.of("month", "2026-03"), facts))
			.isInstanceOf(InputRejected.class);
	}

	private Map<String, Kpis.Indicator> indicatorsOf(Kpis.Period period) {
		return this.kpis.dashboard(period)
			.indicators()
			.stream()
			.collect(Collectors.toMap(Kpis.Indicator::code, Function.identity()));
	}

	private static PlanFacts plan(UUID id, int n, List<String> items, String status, String start, String end) {
		return new PlanFacts(id, "CC-2026-000" + n, "A", items, status, date(start), date(end));
	}

	private static InspectionFacts inspection(int n, PlanFacts plan, List<String> inspectors, String inspectedOn) {
		return new InspectionFacts(UUID.fromString("00000000-0000-0000-0000-0000000000b" + n), plan.id(),
				"9143112800000000" + n + "X", inspectors, plan.periodEnd(),
				inspectedOn == null ? null : date(inspectedOn), inspectedOn == null ? null : "未发现问题");
	}

	private static void assertFigure(Kpis.Indicator indicator, long met, long counted) {
		assertThat(indicator.numerator()).as(indicator.name()).isEqualTo(met);
		assertThat(indicator.denominator()).as(indicator.name()).isEqualTo(counted);
		assertThat(indicator.value()).as(indicator.name()).isCloseTo((double) met / counted, Offset.offset(1e-9));
	}

	private static void assertRate(Kpis.Figure figure, long met, long counted) {
		assertThat(figure.met()).isEqualTo(met);
		assertThat(figure.counted()).isEqualTo(counted);
	}

	private static Map<String, Kpis.Breakdown> byKey(List<Kpis.Breakdown> rows) {
		return rows.stream().collect(Collectors.toMap(Kpis.Breakdown::key, Function.identity()));
	}

	private static DecidedCase decided(UUID id, String unit, List<String> officers, String accepted, String decided,
			String statutory, String promised, boolean major, List<RecordedAct> acts) {
		return new DecidedCase(new CaseId(id), "C" + id.toString().substring(35), "XK-002", "事项", unit, "A", officers,
				date(accepted), date(decided), statutory == null ? null : date(statutory),
				promised == null ? null : date(promised), true, major, acts);
	}

	private static Officer officer(String id, String unit, Certificate certificate) {
		return new Officer(id, "A", "执法人员" + id, unit, "科员", certificate, List.of(), null, false);
	}

	private static LocalDate date(String monthDay) {
		return LocalDate.parse("2026-" + monthDay);
	}

}
