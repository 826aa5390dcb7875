package org.sanxiang.inspection;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Unit;
import org.sanxiang.identity.StaffDirectory;
import org.sanxiang.identity.StaffMember;

import org.springframework.stereotype.Component;

/**
 * Whose registers and plans an account works on: those of the agency (执法主体) its unit
 * belongs to. An account without a unit in the catalog works on none.
 */
@Component
class InspectionScope {

	private final StaffDirectory staff;

	private final Catalog catalog;

	InspectionScope(StaffDirectory staff, Catalog catalog) {
		this.staff = staff;
		this.catalog = catalog;
	}

	/** The account's agency, or {@link OutsideAgency}. */
	String agencyOf(String username) {
		return this.staff.find(username)
			.filter(StaffMember::enabled)
			.map(StaffMember::unitCode)
			.flatMap(this.catalog::unit)
			.map(Unit::agencyCode)
			.orElseThrow(() -> new OutsideAgency("您的账号未归属本局的内设机构，不能办理双随机抽查"));
	}

	/** A request outside the account's agency or role: 403 with the reason in Chinese. */
	static final class OutsideAgency extends RuntimeException {

		OutsideAgency(String message) {
			super(message);
		}

	}

}
