package org.sanxiang.identity;

import org.junit.jupiter.api.Test;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 用户管理: creating and changing accounts, with Chinese messages by the field and a record
 * of it.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class UserAdministrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	private static RequestPostProcessor admin() {
		return SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN");
	}

	@Test
	void anAdministratorCreatesAnAccountThatCanSignIn() throws Exception {
		this.mvc
			.perform(post("/console/users").with(admin())
				.with(csrf())
				.param("username", "Officer3")
				.param("displayName", "孙丽（示例）")
				.param("unitCode", "LSTK")
				.param("roles", "OFFICER", "CLERK")
				.param("password", "anfang-2026"))
			.andExpect(redirectedUrl("/console/users"));
		this.mvc.perform(get("/console/users").with(admin()))
			.andExpect(content().string(containsString("孙丽（示例）")))
			.andExpect(content().string(containsString("窗口人员、执法人员")));
		this.mvc.perform(post("/login").param("username", "officer3").param("password", "anfang-2026").with(csrf()))
			.andExpect(redirectedUrl("/console"));
		assertThat(this.events.stream(StaffCreated.class))
			.anyMatch(e -> e.username().equals("Officer3") && e.by().equals("admin"));
	}

	@Test
	void badInputIsNamedByFieldInChineseAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(post("/console/users").with(admin())
				.with(csrf())
				.param("username", "1bad name")
				.param("displayName", "")
				.param("unitCode", "NOWHERE")
				.param("password", "short"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("用户名须以英文字母开头")))
			.andExpect(content().string(containsString("请填写姓名")))
			.andExpect(content().string(containsString("没有这个单位：NOWHERE")))
			.andExpect(content().string(containsString("请至少选择一个角色")))
			.andExpect(content().string(containsString("密码至少 8 位")));
		assertThat(this.jdbc.sql("select count(*) from identity_user where username = '1bad name'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void usernamesAreUniqueWithoutRegardToCase() throws Exception {
		this.mvc
			.perform(post("/console/users").with(admin())
				.with(csrf())
				.param("username", "ADMIN")
				.param("displayName", "冒名")
				.param("unitCode", "BGS")
				.param("roles", "ADMIN")
				.param("password", "anfang-2026"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("用户名已存在")));
	}

	@Test
	void unknownRolesAreRejectedNotDropped() throws Exception {
		this.mvc
			.perform(post("/console/users").with(admin())
				.with(csrf())
				.param("username", "rolehacker")
				.param("displayName", "某人")
				.param("unitCode", "BGS")
				.param("roles", "ROOT")
				.param("password", "anfang-2026"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("未知角色：ROOT")));
	}

	@Test
	void markupInADisplayNameIsStoredAsTextAndShownEscaped() throws Exception {
		this.mvc
			.perform(post("/console/users").with(admin())
				.with(csrf())
				.param("username", "markup")
				.param("displayName", "<script>alert(1)</script>")
				.param("unitCode", "BGS")
				.param("roles", "CLERK")
				.param("password", "anfang-2026"))
			.andExpect(redirectedUrl("/console/users"));
		this.mvc.perform(get("/console/users").with(admin()))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void roleUnitAndStatusChangesAreRecorded() throws Exception {
		create("changeme", "OFFICER");
		this.mvc
			.perform(post("/console/users/changeme").with(admin())
				.with(csrf())
				.param("displayName", "改名后（示例）")
				.param("unitCode", "FGG")
				.param("roles", "REVIEWER"))
			.andExpect(redirectedUrl("/console/users/changeme"));
		assertThat(this.events.stream(StaffRolesChanged.class)).anyMatch(e -> e.username().equals("changeme")
				&& e.before().contains(Role.OFFICER) && e.after().contains(Role.REVIEWER));
		assertThat(this.events.stream(StaffUnitChanged.class)).anyMatch(e -> e.after().equals("FGG"));
		assertThat(this.events.stream(StaffDisabled.class)).anyMatch(e -> e.username().equals("changeme"));
		assertThat(this.jdbc.sql("""
				select string_agg(detail, ' | ' order by id) from identity_access_event
				where username = 'changeme' and actor = 'admin'
				""").query(String.class).single()).contains("角色由 执法人员 改为 法制审核人员", "停用账户");

		this.mvc.perform(post("/login").param("username", "changeme").param("password", "anfang-2026").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(this.jdbc
			.sql("select reason from identity_access_event where username = 'changeme' order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("账户停用");
	}

	@Test
	void aPasswordResetIsRecordedAndTheNewPasswordWorks() throws Exception {
		create("forgetful", "CLERK");
		this.mvc
			.perform(post("/console/users/forgetful/password").with(admin()).with(csrf()).param("newPassword", "1234"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("密码至少 8 位")));
		this.mvc
			.perform(post("/console/users/forgetful/password").with(admin())
				.with(csrf())
				.param("newPassword", "neues-passwort"))
			.andExpect(redirectedUrl("/console/users/forgetful"));
		this.mvc.perform(post("/login").param("username", "forgetful").param("password", "neues-passwort").with(csrf()))
			.andExpect(redirectedUrl("/console"));
		assertThat(this.events.stream(StaffPasswordReset.class)).anyMatch(e -> e.username().equals("forgetful"));
	}

	@Test
	void theLastEnabledAdministratorCannotBeDemotedOrDisabled() throws Exception {
		this.mvc
			.perform(post("/console/users/admin").with(admin())
				.with(csrf())
				.param("displayName", "王建国（示例）")
				.param("unitCode", "BGS")
				.param("roles", "CLERK")
				.param("enabled", "true"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("最后一个启用的管理员")));
		assertThat(this.jdbc.sql("""
				select count(*) from identity_user u join identity_user_role r on r.user_id = u.id
				where u.username = 'admin' and r.role = 'ADMIN'
				""").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anUnknownAccountIsNotFound() throws Exception {
		this.mvc.perform(get("/console/users/no-such-user").with(admin())).andExpect(status().isNotFound());
	}

	private void create(String username, String role) throws Exception {
		this.mvc
			.perform(post("/console/users").with(admin())
				.with(csrf())
				.param("username", username)
				.param("displayName", "测试（示例）")
				.param("unitCode", "BGS")
				.param("roles", role)
				.param("password", "anfang-2026"))
			.andExpect(redirectedUrl("/console/users"));
	}

}
