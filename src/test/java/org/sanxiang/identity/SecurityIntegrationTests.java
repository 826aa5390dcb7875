package org.sanxiang.identity;

import java.util.List;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
