package org.sanxiang.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Who may reach what. The portal, certificate and document verification, read APIs and
 * health are public; the console needs a login, user administration needs 管理员; the legal
 * review's API needs the role of each step (执法人员, 法制审核人员, 负责人, 督查); other API writes need
 * 管理员, either statelessly with HTTP Basic (scripts; no CSRF token, same lockout) or with
 * the console session and the CSRF token in a header. An API caller who is not signed in
 * gets a 401 problem body, never a redirect.
 * <p>
 * Sessions end after 30 idle minutes ({@code server.servlet.session.timeout}) and get a
 * new id at sign-in (session fixation). Pages may load scripts and styles from this
 * server only (CSP), may not be framed, and do not leak their address to other sites.
 * GB/T 22239-2019 8.1.4.1 asks for login failure handling, session end and idle timeout;
 * 8.1.4.1 d) for protection of credentials in transit (HSTS once served over https).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Scripts and styles from this server only: no inline script anywhere in the
	 * templates.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// {bcrypt} by default; the prefix lets a later move to another algorithm upgrade
		// hashes one by one.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(StaffAuthentication staffAuthentication) {
		ProviderManager manager = new ProviderManager(staffAuthentication);
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			SignInRecorder signIns, SecurityProblems problems) throws Exception {
		RequestMatcher apiPaths = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		// the actuator's endpoints answer machines: a 401 problem body, never the login
		// page
		RequestMatcher actuator = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
		RequestMatcher api = request -> apiPaths.matches(request) || actuator.matches(request);
		RequestMatcher basicApiCall = request -> api.matches(request)
				&& StringUtils.startsWithIgnoreCase(request.getHeader("Authorization"), "Basic ");
		// Applicants apply online without an account (行政许可法 第二十九条、第三十三条); the
		// application carries no session state worth forging, so it needs no CSRF token.
		RequestMatcher onlineApplication = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.POST, "/api/v1/licensing/applications");
		AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		AccessDeniedHandler forbiddenPage = new AccessDeniedHandlerImpl();

		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(auth -> auth
				// health (and its groups) is public, its details for 管理员 only
				// (management.endpoint.health.show-details); metrics are for 管理员: the
				// request counts and the journal's state are no one else's business
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(Role.ADMIN.name())
				// evidence (音像记录) is for the staff who record, keep and decide on it;
				// the check of the stored files for 管理员 and 督查
				.requestMatchers("/api/v1/evidence/verify")
				.hasAnyRole(Role.ADMIN.name(), Role.SUPERVISOR.name())
				// 法制审核人员 check the evidence (证据是否确凿, SH-4) and 督查 inspect cases:
				// they read and play it, every view journaled, but never add or remove
				// any
				.requestMatchers(HttpMethod.GET, "/api/v1/evidence/**", "/console/evidence/**")
				.hasAnyRole(Role.OFFICER.name(), Role.CLERK.name(), Role.DIRECTOR.name(), Role.REVIEWER.name(),
						Role.SUPERVISOR.name())
				.requestMatchers("/api/v1/evidence/**", "/console/evidence/**")
				.hasAnyRole(Role.OFFICER.name(), Role.CLERK.name(), Role.DIRECTOR.name())
				// 执法文书模板: 管理员 edit and preview them (before the rule of the
				// pages around them: the first rule that matches decides)
				.requestMatchers("/console/admin/documents/templates/**")
				.hasRole(Role.ADMIN.name())
				// 文号登记簿: 管理员 keep it, 负责人 and 督查 check it
				.requestMatchers("/console/admin/documents/**")
				.hasAnyRole(Role.ADMIN.name(), Role.DIRECTOR.name(), Role.SUPERVISOR.name())
				// 投诉举报: 负责人 and 督查 handle them; the complaints module checks again who
				// may see which (never the officer a complaint names)
				.requestMatchers("/console/complaints/**", "/api/v1/complaints/**")
				.hasAnyRole(Role.DIRECTOR.name(), Role.SUPERVISOR.name())
				// 督查 (领导小组, 落实台账, indicators): 督查, 负责人 and 管理员; the controllers
				// check who changes what again (台账: 督查 and 负责人; 领导小组: 管理员 and 督查).
				// A ledger task's page, files and notes are open to the staff of the unit
				// that owns it too: the ledger checks the account's unit against the task
				.requestMatchers("/console/supervision/ledger/*", "/console/supervision/ledger/*/notes",
						"/console/supervision/ledger/*/evidence", "/console/supervision/ledger/*/evidence/*",
						"/api/v1/supervision/ledger/*", "/api/v1/supervision/ledger/*/notes")
				.authenticated()
				// 提醒: every staff account reads its own alerts; the digest's mail
				// settings
				// are for 管理员 (before the supervision rule: the first match decides)
				.requestMatchers("/console/notifications/**", "/api/v1/notifications/**")
				.authenticated()
				.requestMatchers("/console/supervision/alerts/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/console/supervision/**", "/api/v1/supervision/**")
				.hasAnyRole(Role.SUPERVISOR.name(), Role.DIRECTOR.name(), Role.ADMIN.name())
				// 推送队列 to the provincial platform: 管理员 see and replay its dead letters
				.requestMatchers("/console/admin/outbox/**")
				.hasRole(Role.ADMIN.name())
				// 行政许可决定公示: 负责人 approve, withdraw, correct and hold back (the
				// controller checks the role again); window and case staff and 督查 read
				.requestMatchers(HttpMethod.GET, "/console/publications/**")
				.hasAnyRole(Role.CLERK.name(), Role.OFFICER.name(), Role.DIRECTOR.name(), Role.SUPERVISOR.name())
				.requestMatchers("/console/publications/**")
				.hasRole(Role.DIRECTOR.name())
				// the decision search index: 管理员 rebuild it
				.requestMatchers("/console/admin/search/**")
				.hasRole(Role.ADMIN.name())
				// backups: 管理员 list, start and verify them and download their manifests
				.requestMatchers("/console/admin/backups/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/console/users/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/console/catalog/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/console/**")
				.authenticated()
				.requestMatchers(onlineApplication)
				.permitAll()
				// 法制审核: officers submit and amend, reviewers conclude and confirm, 负责人
				// reassign, extend and record collective discussions, supervision reads
				// the
				// statistics; the review module checks each role again, and who the
				// reviewer is
				.requestMatchers(HttpMethod.POST, "/api/v1/reviews", "/api/v1/reviews/*/rounds",
						"/api/v1/reviews/*/amendment")
				.hasRole(Role.OFFICER.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/reviews/*/conclusion", "/api/v1/reviews/*/confirmation")
				.hasRole(Role.REVIEWER.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/reviews/*/reassignment", "/api/v1/reviews/*/extension",
						"/api/v1/reviews/*/collective-discussion")
				.hasRole(Role.DIRECTOR.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/reviews/*/collective-discussion/required")
				.hasAnyRole(Role.REVIEWER.name(), Role.OFFICER.name())
				.requestMatchers(HttpMethod.GET, "/api/v1/reviews/statistics")
				.hasAnyRole(Role.SUPERVISOR.name(), Role.DIRECTOR.name(), Role.REVIEWER.name())
				.requestMatchers("/api/v1/reviews/**")
				.hasAnyRole(Role.REVIEWER.name(), Role.OFFICER.name(), Role.DIRECTOR.name(), Role.SUPERVISOR.name())
				// 执法文书: 窗口人员 and the case's 执法人员 issue (the documents module checks
				// who may issue which), 负责人 void, reviewers and supervisors read; the
				// public verification shows only what a printed copy shows
				.requestMatchers(HttpMethod.GET, "/api/v1/public/documents/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/cases/*/documents", "/api/v1/cases/*/documents/preview")
				.hasAnyRole(Role.CLERK.name(), Role.OFFICER.name(), Role.REVIEWER.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/documents/*/void")
				.hasRole(Role.DIRECTOR.name())
				.requestMatchers(HttpMethod.GET, "/api/v1/cases/*/documents", "/api/v1/documents/**")
				.hasAnyRole(Role.CLERK.name(), Role.OFFICER.name(), Role.DIRECTOR.name(), Role.REVIEWER.name(),
						Role.SUPERVISOR.name())
				// 电子案卷 (PDF and package): the staff who handle, review and inspect cases;
				// the controller checks the same roles again
				.requestMatchers(HttpMethod.GET, "/api/v1/cases/*/case-file.*")
				.hasAnyRole(Role.CLERK.name(), Role.OFFICER.name(), Role.DIRECTOR.name(), Role.REVIEWER.name(),
						Role.SUPERVISOR.name())
				// document templates: staff read them, 管理员 save versions and preview
				// drafts
				.requestMatchers(HttpMethod.GET, "/api/v1/document-templates/**")
				.authenticated()
				.requestMatchers("/api/v1/document-templates/**")
				.hasRole(Role.ADMIN.name())
				// 双随机: plans, their draws with the public inputs and published results
				// are public; the register, the inspections and every change are for
				// staff (the inspection module checks each role again)
				.requestMatchers(HttpMethod.GET, "/api/v1/inspection/plans", "/api/v1/inspection/plans/**",
						"/api/v1/inspection/results", "/api/v1/inspection/results/**")
				.permitAll()
				.requestMatchers("/api/v1/inspection/**")
				.authenticated()
				// cases hold applicants' personal data: staff only; casework checks each
				// action's role
				.requestMatchers("/api/v1/licensing/**")
				.authenticated()
				// the journal's entries carry personal data; its heads, keys and proofs
				// only hashes
				.requestMatchers("/api/v1/journal/entries/**", "/api/v1/journal/cases/**", "/api/v1/journal/verify")
				.hasAnyRole(Role.ADMIN.name(), Role.SUPERVISOR.name())
				.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/**")
				.permitAll()
				.requestMatchers("/api/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.permitAll())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(signIns)
				.failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error"))
				.permitAll())
			.logout(logout -> logout.addLogoutHandler(signIns)
				.logoutSuccessUrl("/login?logout")
				.deleteCookies("JSESSIONID"))
			.httpBasic(basic -> basic.realmName("sanxiang").authenticationEntryPoint(problems))
			// Scripts using HTTP Basic send no cookie, so cross-site request forgery
			// cannot ride on them.
			.csrf(csrf -> csrf.ignoringRequestMatchers(basicApiCall, onlineApplication))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> (api.matches(request) ? problems : login)
					.commence(request, response, ex))
				.accessDeniedHandler((request, response, ex) -> (api.matches(request) ? problems : forbiddenPage)
					.handle(request, response, ex)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
		return http.build();
	}

}
