package org.sanxiang.identity;

import org.junit.jupiter.api.Test;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 修改密码: a staff member replaces an initial or reset password, proving the current one
 * first.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PasswordChangeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAdministration administration;

	@Autowired
	ApplicationEvents events;

	@Test
	void aUserChangesTheirOwnPasswordAndSignsInWithTheNewOne() throws Exception {
		this.administration.create(new StaffAdministration.NewStaff("pwchange", "测试（示例）", "FGG",
				java.util.Set.of(Role.CLERK), "initial-2026"), "admin");
		this.mvc
			.perform(post("/console/password").with(SecurityMockMvcRequestPostProcessors.user("pwchange"))
				.with(csrf())
				.param("currentPassword", "initial-2026")
				.param("newPassword", "xintian-window-7")
				.param("confirmation", "xintian-window-7"))
			.andExpect(redirectedUrl("/console"));
		this.mvc
			.perform(post("/login").param("username", "pwchange").param("password", "xintian-window-7").with(csrf()))
			.andExpect(redirectedUrl("/console"));
		assertThat(this.events.stream(StaffPasswordChanged.class)).anyMatch(e -> e.username().equals("pwchange"));
	}

	@Test
	void aWrongCurrentPasswordOrMismatchedConfirmationChangesNothing() throws Exception {
		this.mvc
			.perform(post("/console/password").with(SecurityMockMvcRequestPostProcessors.user("clerk"))
				.with(csrf())
				.param("currentPassword", "not-the-password")
				.param("newPassword", "brand-new-pass")
				.param("confirmation", "brand-new-pass"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("当前密码不正确")));
		this.mvc
			.perform(post("/console/password").with(SecurityMockMvcRequestPostProcessors.user("clerk"))
				.with(csrf())
				.param("currentPassword", "demo")
				.param("newPassword", "brand-new-pass")
				.param("confirmation", "other-new-pass"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("两次输入的新密码不一致")));
		this.mvc.perform(post("/login").param("username", "clerk").param("password", "demo").with(csrf()))
			.andExpect(redirectedUrl("/console"));
	}

	@Test
	void changingAPasswordNeedsTheCsrfToken() throws Exception {
		this.mvc
			.perform(post("/console/password").with(SecurityMockMvcRequestPostProcessors.user("clerk"))
				.param("currentPassword", "demo")
				.param("newPassword", "brand-new-pass")
				.param("confirmation", "brand-new-pass"))
			.andExpect(status().isForbidden());
	}

}
