package org.sanxiang.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@link StaffDirectory} on the staff accounts. */
@Component
class AccountDirectory implements StaffDirectory {

	private final StaffAccounts accounts;

	AccountDirectory(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffMember> holding(Role role) {
		return this.accounts.all()
			.stream()
			.filter(a -> a.enabled() && a.roles().contains(role))
			.map(AccountDirectory::member)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StaffMember> find(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return this.accounts.find(username.strip()).map(AccountDirectory::member);
	}

	private static StaffMember member(StaffAccount a) {
		return new StaffMember(a.username(), a.displayName(), a.unitCode(), a.roles(), a.enabled());
	}

}
