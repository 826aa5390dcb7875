package org.sanxiang.supervision.inspection;

import java.util.Optional;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Unit;
import org.sanxiang.identity.StaffDirectory;
import org.sanxiang.identity.StaffMember;

import org.springframework.stereotype.Component;

/**
 * Which units an inspector may check: those of the agency (执法主体) their own account's unit
 * belongs to — a 督查 or 负责人 of one agency never checks another agency's units. An account
 * without a unit, or whose unit is not in the catalog, checks none.
 */
@Component
class CheckScope {

	private final StaffDirectory staff;

	private final Catalog catalog;

	CheckScope(StaffDirectory staff, Catalog catalog) {
		this.staff = staff;
		this.catalog = catalog;
	}

	/** The agency whose units the account may check, if any. */
	Optional<String> agencyOf(String username) {
		return this.staff.find(username)
			.filter(StaffMember::enabled)
			.map(StaffMember::unitCode)
			.flatMap(this.catalog::unit)
			.map(Unit::agencyCode);
	}

	/** Refuses unless the unit belongs to the account's agency. */
	void checkUnit(String username, Unit unit) {
		String mine = agencyOf(username).orElseThrow(() -> new OutOfScope("您的账号未归属本局的股室，不能开展督查"));
		if (!mine.equals(unit.agencyCode())) {
			throw new OutOfScope("「" + unit.name() + "」不属于您所在的执法主体，不在您的督查范围内");
		}
	}

	/** Refuses unless the check is of the account's agency. */
	void checkAgency(String username, String agencyCode) {
		String mine = agencyOf(username).orElseThrow(() -> new OutOfScope("您的账号未归属本局的股室，不能开展督查"));
		if (!mine.equals(agencyCode)) {
			throw new OutOfScope("该督查不属于您所在的执法主体，不在您的督查范围内");
		}
	}

}
