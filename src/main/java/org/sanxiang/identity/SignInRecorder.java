package org.sanxiang.identity;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records console sign-ins and sign-outs. Refused attempts are recorded where they are
 * refused ({@link StaffAuthentication}); HTTP Basic calls on the API are not sign-ins of
 * their own (each write they make is recorded by the module that performs it).
 */
@Component
class SignInRecorder implements AuthenticationSuccessHandler, LogoutHandler {

	private final AccessLog accessLog;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final SavedRequestAwareAuthenticationSuccessHandler then = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInRecorder(AccessLog accessLog, Clock clock, TransactionTemplate transaction) {
		this.accessLog = accessLog;
		this.clock = clock;
		this.transaction = transaction;
		this.then.setDefaultTargetUrl("/console");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		StaffLoggedIn event = new StaffLoggedIn(authentication.getName(), request.getRemoteAddr(),
				this.clock.instant());
		this.transaction.executeWithoutResult(status -> this.accessLog.record(event));
		this.then.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication == null) {
			return;
		}
		StaffLoggedOut event = new StaffLoggedOut(authentication.getName(), request.getRemoteAddr(),
				this.clock.instant());
		this.transaction.executeWithoutResult(status -> this.accessLog.record(event));
	}

}
