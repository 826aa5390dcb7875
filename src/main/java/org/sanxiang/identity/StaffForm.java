package org.sanxiang.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanxiang.platform.InputRejected;

/** What the user administration forms post; unchecked boxes arrive as null. */
record StaffForm(String username, String displayName, String unitCode, List<String> roles, String password,
		Boolean enabled, String newPassword) {

	static StaffForm of(StaffAccount account) {
		return new StaffForm(account.username(), account.displayName(), account.unitCode(),
				account.roles().stream().map(Role::name).toList(), null, account.enabled(), null);
	}

	static StaffForm blank() {
		return new StaffForm("", "", "", List.of(), null, true, null);
	}

	public List<String> roleNames() {
		return this.roles == null ? List.of() : this.roles;
	}

	public boolean isEnabled() {
		return Boolean.TRUE.equals(this.enabled);
	}

	/**
	 * The chosen roles; a role name that does not exist is bad input, not silently
	 * dropped.
	 */
	Set<Role> chosenRoles() {
		List<InputRejected.FieldError> errors = new ArrayList<>();
		Set<Role> chosen = StaffAdministration.roles(this.roles, errors);
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.INVALID, errors);
		}
		return chosen;
	}

}
