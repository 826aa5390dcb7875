package org.sanxiang.supervision.ledger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Unit;
import org.sanxiang.identity.StaffDirectory;
import org.sanxiang.identity.StaffMember;

import org.springframework.stereotype.Component;

/**
 * Names for the pages, the API and the workbook: units by code, owners by account (a name
 * that is no account is shown as typed).
 */
@Component
class LedgerViews {

	/** A task as a row of the list, the API and the workbook. */
	record TaskRow(String id, String title, String category, String categoryLabel, String unitCode, String unitName,
			String owner, String ownerName, LocalDate deadline, String status, String statusLabel, boolean overdue,
			String lastNote, LocalDate completedOn, String completionSummary, int notes, int evidence) {
	}

	private final Catalog catalog;

	private final StaffDirectory staff;

	LedgerViews(Catalog catalog, StaffDirectory staff) {
		this.catalog = catalog;
		this.staff = staff;
	}

	/** The agency's units, code to name, in the catalog's order. */
	Map<String, String> units() {
		Map<String, String> units = new LinkedHashMap<>();
		this.catalog.units()
			.stream()
			.sorted((a, b) -> Integer.compare(a.sortOrder(), b.sortOrder()))
			.forEach(u -> units.put(u.code(), u.name()));
		return units;
	}

	String unitName(String code) {
		return this.catalog.unit(code).map(Unit::name).orElse(code);
	}

	String personName(String owner) {
		if (owner == null) {
			return "—";
		}
		return this.staff.find(owner).map(StaffMember::displayName).orElse(owner);
	}

	TaskRow row(LedgerTask t, LocalDate today) {
		LedgerStatus status = t.statusOn(today);
		return new TaskRow(t.id().toString(), t.title(), t.category().name(), t.category().label(), t.unitCode(),
				unitName(t.unitCode()), t.owner(), personName(t.owner()), t.deadline(), status.name(), status.label(),
				status == LedgerStatus.OVERDUE, t.lastNote(), t.completedOn(), t.completionSummary(), t.notes(),
				t.evidence());
	}

}
