package org.sanxiang.identity;

import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Five wrong passwords lock an account for fifteen minutes, on the console form and on
 * the API.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class LockoutIntegrationTests {

	private static final String PASSWORD = "richtig-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	StaffAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenForTheRightPassword() throws Exception {
		staff("lockme");
		for (int i = 1; i <= 4; i++) {
			assertThat(messageAfterLogin("lockme", "falsch-" + i)).isEqualTo("用户名或密码错误");
		}
		assertThat(messageAfterLogin("lockme", "falsch-5")).startsWith("账户已锁定至 ");
		assertThat(messageAfterLogin("lockme", PASSWORD)).as("the 6th attempt, with the right password")
			.startsWith("账户已锁定至 ");

		this.clock.advance(Duration.ofMinutes(14));
		assertThat(messageAfterLogin("lockme", PASSWORD)).startsWith("账户已锁定至 ");

		this.clock.advance(Duration.ofMinutes(1));
		this.mvc.perform(post("/login").param("username", "lockme").param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/console"));
		assertThat(reasons("lockme")).containsExactly("密码错误", "密码错误", "密码错误", "密码错误", "密码错误", "账户锁定", "账户锁定", null);
	}

	@Test
	void aSuccessfulLoginResetsTheCount() throws Exception {
		staff("resetme");
		for (int i = 1; i <= 4; i++) {
			messageAfterLogin("resetme", "falsch-" + i);
		}
		this.mvc.perform(post("/login").param("username", "resetme").param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/console"));
		for (int i = 1; i <= 4; i++) {
			assertThat(messageAfterLogin("resetme", "falsch-" + i)).isEqualTo("用户名或密码错误");
		}
	}

	@Test
	void httpBasicOnTheApiCountsTowardsTheSameLockout() throws Exception {
		staff("basicuser");
		for (int i = 1; i <= 4; i++) {
			this.mvc.perform(post("/api/v1/catalog/items").with(httpBasic("basicuser", "falsch-" + i)))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
		this.mvc.perform(post("/api/v1/catalog/items").with(httpBasic("basicuser", "falsch-5")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("账户已锁定至")));
		this.mvc.perform(get("/api/v1/anything").with(httpBasic("basicuser", PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(messageAfterLogin("basicuser", PASSWORD)).startsWith("账户已锁定至 ");
	}

	@Test
	void anUnknownNameLocksLikeAnAccountSoThePageDoesNotTellWhichNamesExist() throws Exception {
		for (int i = 1; i <= 4; i++) {
			assertThat(messageAfterLogin("nobody-here", "falsch-" + i)).isEqualTo("用户名或密码错误");
		}
		assertThat(messageAfterLogin("nobody-here", "falsch-5")).startsWith("账户已锁定至 ");
		assertThat(messageAfterLogin("nobody-here", "falsch-6")).startsWith("账户已锁定至 ");
		assertThat(reasons("nobody-here")).containsOnly("用户名不存在");
	}

	@Test
	void anAdministratorCanLiftALock() throws Exception {
		staff("unlockme");
		for (int i = 1; i <= 5; i++) {
			messageAfterLogin("unlockme", "falsch-" + i);
		}
		this.mvc
			.perform(post("/console/users/unlockme/unlock").with(csrf())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("admin")
					.roles("ADMIN")))
			.andExpect(redirectedUrl("/console/users/unlockme"));
		this.mvc.perform(post("/login").param("username", "unlockme").param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/console"));
		assertThat(this.jdbc
			.sql("select count(*) from identity_access_event where kind = 'StaffUnlocked' and username = 'unlockme'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private void staff(String username) {
		this.administration.create(
				new StaffAdministration.NewStaff(username, "测试用户（示例）", "FGG", EnumSet.of(Role.OFFICER), PASSWORD),
				"test");
	}

	/** Signs in on the form and returns the message the login page then shows. */
	private String messageAfterLogin(String username, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		String page = this.mvc.perform(get("/login").param("error", "").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int start = page.indexOf("id=\"login-error\"");
		String rest = page.substring(page.indexOf('>', start) + 1);
		return rest.substring(0, rest.indexOf('<')).strip();
	}

	private java.util.List<String> reasons(String username) {
		return this.jdbc.sql("""
				select reason from identity_access_event
				where username = :u and kind in ('LoginFailed', 'StaffLoggedIn') order by id
				""").param("u", username).query((rs, n) -> rs.getString(1)).list();
	}

}
