package org.sanxiang.supervision.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Unit;
import org.sanxiang.identity.StaffDirectory;
import org.sanxiang.identity.StaffMember;
import org.sanxiang.supervision.ledger.RectificationTasks;

import org.springframework.stereotype.Component;

/** Checks, sampled cases and findings as the console and the API show them. */
@Component
class CheckViews {

	private final Catalog catalog;

	private final StaffDirectory staff;

	CheckViews(Catalog catalog, StaffDirectory staff) {
		this.catalog = catalog;
		this.staff = staff;
	}

	/** A check in the list. */
	record CheckRow(UUID id, String title, String kind, String kindLabel, String unitCode, String unitName,
			LocalDate periodFrom, LocalDate periodTo, LocalDate scheduledOn, int sampleSize, String status,
			String statusLabel, Long seed, Integer population, LocalDate completedOn, String conclusion,
			String createdBy) {
	}

	/** A sampled case with its checklist. */
	record CaseRow(UUID caseId, int position, String caseNumber, String itemName, LocalDate decidedOn,
			boolean confirmed, String confirmedBy, long pass, long fail, long notApplicable, List<PointRow> points) {
	}

	/** One point of a checklist. */
	record PointRow(String item, String label, String rule, String prefilled, String prefilledLabel, String basis,
			String verdict, String verdictLabel, String note, boolean overridden) {
	}

	/** A finding with the state of its rectification task. */
	record FindingRow(UUID id, UUID caseId, String item, String description, LocalDate foundOn,
			LocalDate rectificationDue, String owner, UUID ledgerTaskId, boolean rectified, LocalDate rectifiedOn,
			int evidence, boolean overdue, String stateLabel) {
	}

	/** A check with all it holds. */
	record CheckView(CheckRow check, String populationDigest, List<CaseRow> cases, List<FindingRow> findings,
			long unconfirmed) {
	}

	CheckRow row(SupervisionCheck c) {
		return new CheckRow(c.id(), c.title(), c.kind().name(), c.kind().label(), c.unitCode(), unitName(c.unitCode()),
				c.periodFrom(), c.periodTo(), c.scheduledOn(), c.sampleSize(), c.status().name(), c.status().label(),
				c.seed(), c.population(), c.completedOn(), c.conclusion(), personName(c.createdBy()));
	}

	CheckView view(Inspections.Details d, LocalDate today) {
		List<CaseRow> cases = d.cases().stream().map(c -> caseRow(c, d.pointsOf(c.caseId()))).toList();
		List<FindingRow> findings = d.findings().stream().map(f -> finding(f, d.closures(), today)).toList();
		return new CheckView(row(d.check()), d.check().populationDigest(), cases, findings,
				cases.stream().filter(c -> !c.confirmed()).count());
	}

	CaseRow caseRow(SupervisionCheck.SampledCase c, List<SupervisionCheck.Point> points) {
		List<PointRow> rows = points.stream()
			.map(p -> new PointRow(p.item().name(), p.item().label(), p.item().rule(), p.prefilled().name(),
					p.prefilled().label(), p.basis(), p.effective().name(), p.effective().label(), p.note(),
					p.verdict() != null && p.verdict() != p.prefilled()))
			.toList();
		return new CaseRow(c.caseId(), c.position(), c.caseNumber(), c.itemName(), c.decidedOn(), c.confirmed(),
				c.confirmedBy() == null ? null : personName(c.confirmedBy()), count(rows, Verdict.PASS),
				count(rows, Verdict.FAIL), count(rows, Verdict.NOT_APPLICABLE), rows);
	}

	private static long count(List<PointRow> rows, Verdict v) {
		return rows.stream().filter(r -> r.verdict().equals(v.name())).count();
	}

	FindingRow finding(SupervisionCheck.FindingRow f, Map<UUID, RectificationTasks.Closure> closures, LocalDate today) {
		RectificationTasks.Closure c = closures.get(f.ledgerTaskId());
		boolean rectified = c != null && c.closed();
		boolean overdue = !rectified && today.isAfter(f.rectificationDue());
		return new FindingRow(f.id(), f.caseId(), f.item() == null ? null : f.item().label(), f.description(),
				f.foundOn(), f.rectificationDue(), f.owner(), f.ledgerTaskId(), rectified,
				rectified ? c.completedOn() : null, c == null ? 0 : c.evidence(), overdue,
				rectified ? "已整改" : overdue ? "逾期未整改" : "整改中");
	}

	List<Unit> units() {
		return this.catalog.units();
	}

	String unitName(String code) {
		return this.catalog.unit(code).map(Unit::name).orElse(code);
	}

	String personName(String username) {
		if (username == null) {
			return null;
		}
		return this.staff.find(username).map(StaffMember::displayName).orElse(username);
	}

}
