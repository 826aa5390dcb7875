package org.sanxiang.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Staff accounts from PostgreSQL as Spring Security {@link UserDetails}. Sign-in itself
 * goes through {@link StaffAuthentication}, which adds lockout and the access record.
 */
@Service
class StaffDetailsService implements UserDetailsService {

	private final StaffAccounts accounts;

	StaffDetailsService(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.find(username)
			.map(StaffAccount::principal)
			.orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
	}

}
