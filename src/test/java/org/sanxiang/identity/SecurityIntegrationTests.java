package org.sanxiang.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may reach what, CSRF, security headers, demo users and the record of sign-ins. */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment env;

	@Autowired
	ApplicationEvents events;

	@Test
	void anonymousVisitorsAreSentToTheLoginPageFromTheConsole() throws Exception {
		this.mvc.perform(get("/console")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/console/users").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousApiWritesGetAProblemBodyNotARedirect() throws Exception {
		this.mvc.perform(post("/api/v1/catalog/items").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("未登录"));
	}

	@Test
	void apiWritesNeedTheAdministratorRole() throws Exception {
		this.mvc.perform(post("/api/v1/catalog/items").with(httpBasic("clerk", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("管理员")));
	}

	@Test
	void httpBasicApiCallsNeedNoCsrfTokenAndCreateNoSession() throws Exception {
		MvcResult result = this.mvc.perform(post("/api/v1/identity-test-nothing-here").with(httpBasic("admin", "demo")))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isNotIn(401, 403);
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void sessionApiWritesNeedTheCsrfHeader() throws Exception {
		MockHttpSession session = login("admin", "demo");
		this.mvc.perform(post("/api/v1/identity-test-nothing-here").session(session))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("CSRF")));
		MvcResult withToken = this.mvc
			.perform(post("/api/v1/identity-test-nothing-here").session(session).with(csrf().asHeader()))
			.andReturn();
		assertThat(withToken.getResponse().getStatus()).isNotIn(401, 403);
	}

	@Test
	void formPostsWithoutCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "admin").param("password", "demo"))
			.andExpect(status().isForbidden());
		MockHttpSession session = login("admin", "demo");
		this.mvc.perform(post("/console/users").session(session).param("username", "nocsrf"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void everyDemoUserSignsInWithPasswordDemo() throws Exception {
		for (String username : List.of("admin", "clerk", "officer1", "officer2", "reviewer", "director",
				"supervisor")) {
			login(username, "demo");
		}
		assertThat(this.jdbc.sql("select count(*) from identity_user where password_hash like '{bcrypt}%'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(7);
	}

	@Test
	void theConsoleShowsWhoIsSignedInWithRolesAndUnit() throws Exception {
		MockHttpSession session = login("reviewer", "demo");
		this.mvc.perform(get("/console").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("陈敏（示例）")))
			.andExpect(content().string(containsString("法制审核人员")))
			.andExpect(content().string(containsString("法规股")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("hx-headers=\"{&quot;X-CSRF-TOKEN&quot;")));
	}

	@Test
	void staffWithoutTheAdministratorRoleCannotManageUsers() throws Exception {
		MockHttpSession session = login("officer1", "demo");
		this.mvc.perform(get("/console/users").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(post("/console/users").session(session).with(csrf()).param("username", "sneaky"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/console/users").session(login("admin", "demo"))).andExpect(status().isOk());
	}

	@Test
	void loginsLogoutsAndFailuresAreRecordedAndPublished() throws Exception {
		MockHttpSession session = login("director", "demo");
		this.mvc.perform(post("/logout").session(session).with(csrf()).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(post("/login").param("username", "director").param("password", "wrong-one").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));

		List<String> rows = this.jdbc.sql("""
				select kind || '/' || outcome || '/' || coalesce(reason, '') || '/' || coalesce(remote_address, '')
				from identity_access_event where username = 'director' order by id desc limit 3
				""").query(String.class).list();
		assertThat(rows).containsExactly("LoginFailed/失败/密码错误/127.0.0.1", "StaffLoggedOut/成功//127.0.0.1",
				"StaffLoggedIn/成功//127.0.0.1");
		assertThat(this.events.stream(StaffLoggedIn.class)).anyMatch(e -> e.username().equals("director"));
		assertThat(this.events.stream(StaffLoggedOut.class)).anyMatch(e -> e.username().equals("director"));
		assertThat(this.events.stream(LoginFailed.class))
			.anyMatch(e -> e.username().equals("director") && e.reason() == LoginFailed.Reason.BAD_PASSWORD);
		// Leave no failure counted against a demo account that other tests sign in with.
		login("director", "demo");
	}

	@Test
	void signingInGivesTheSessionANewId() throws Exception {
		MockHttpSession before = new MockHttpSession();
		this.mvc.perform(get("/login").session(before));
		String oldId = before.getId();
		MvcResult result = this.mvc
			.perform(post("/login").session(before).param("username", "clerk").param("password", "demo").with(csrf()))
			.andExpect(redirectedUrl("/console"))
			.andReturn();
		assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(oldId);
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

	/**
	 * 执法文书 and 电子案卷 (issue 7): nobody signed in gets a 401 problem, a role that has no
	 * business there a 403, the roles that use them get through to the module (here a
	 * 404: no such case or document). The case-file rule stands beside the controller's
	 * own check; the templates' console rule comes before the register's, which would
	 * otherwise let 负责人 and 督查 edit templates.
	 */
	@Test
	void documentsAndCaseFilesAreForTheRolesThatUseThem() throws Exception {
		String c = "/api/v1/cases/" + UUID.randomUUID();
		String d = "/api/v1/documents/" + UUID.randomUUID();
		String t = "/api/v1/document-templates/acceptance-notice";
		for (MockHttpServletRequestBuilder request : List.of(get(c + "/documents"), post(c + "/documents"),
				post(c + "/documents/preview"), get(d), get(d + "/pdf"), post(d + "/void"), get(c + "/case-file.pdf"),
				get(c + "/case-file.zip"), get("/api/v1/document-templates"), post(t + "/versions"))) {
			this.mvc.perform(json(request))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
		Map<String, List<MockHttpServletRequestBuilder>> refused = new LinkedHashMap<>();
		refused.put("ADMIN", List.of(get(c + "/documents"), post(c + "/documents"), get(d), get(d + "/pdf"),
				get(c + "/case-file.pdf"), get(c + "/case-file.zip")));
		refused.put("SUPERVISOR", List.of(post(c + "/documents"), post(d + "/void"), post(t + "/versions"),
				get("/console/admin/documents/templates")));
		refused.put("CLERK", List.of(post(d + "/void"), post(t + "/versions"), post(t + "/preview"),
				get("/console/admin/documents/numbers")));
		refused.put("DIRECTOR", List.of(post(c + "/documents"), get("/console/admin/documents/templates"),
				post("/console/admin/documents/templates/acceptance-notice")));
		refused.forEach((role, requests) -> requests.forEach(request -> perform(role, request, 403)));

		perform("CLERK", post(c + "/documents"), 404);
		perform("OFFICER", post(c + "/documents/preview"), 404);
		perform("REVIEWER", get(c + "/case-file.zip"), 404);
		perform("SUPERVISOR", get(d + "/pdf"), 404);
		perform("OFFICER", get(c + "/case-file.pdf"), 404);
		perform("DIRECTOR", post(d + "/void"), 404);
		perform("CLERK", get("/api/v1/document-templates"), 200);
		perform("ADMIN", get("/console/admin/documents/templates"), 200);
		perform("SUPERVISOR", get("/console/admin/documents/numbers"), 200);
		// what a printed copy shows is public
		this.mvc.perform(get("/api/v1/public/documents/新发改许受〔2026〕99999号")).andExpect(status().isNotFound());
	}

	private void perform(String role, MockHttpServletRequestBuilder request, int expected) {
		try {
			this.mvc.perform(json(request).with(user(role.toLowerCase()).roles(role)))
				.andExpect(result -> assertThat(result.getResponse().getStatus())
					.as("%s %s as %s", result.getRequest().getMethod(), result.getRequest().getRequestURI(), role)
					.isEqualTo(expected));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request) {
		return request.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"template\":\"acceptance-notice\",\"reason\":\"作废理由\"}");
	}

	@Test
	void healthIsPublic() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void sessionsEndAfterThirtyIdleMinutes() {
		assertThat(this.env.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
	}

	private MockHttpSession login(String username, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/console"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
