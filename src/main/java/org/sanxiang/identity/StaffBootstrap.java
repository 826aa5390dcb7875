package org.sanxiang.identity;

import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.platform.Installation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The accounts an installation starts with. A demo installation gets the seven demo users
 * (password {@code demo}), each created once if absent. A production installation has no
 * default password: its first administrator is created from
 * {@code SANXIANG_ADMIN_PASSWORD} when no account exists yet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 250)
class StaffBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

	static final String ADMIN_PASSWORD_VARIABLE = "SANXIANG_ADMIN_PASSWORD";

	static final int MIN_ADMIN_PASSWORD = 12;

	static final String DEMO_PASSWORD = "demo";

	/** Fictional people, marked 示例, in the Xintian bureau's units. */
	static final List<StaffAdministration.NewStaff> DEMO_USERS = List.of(demo("admin", "王建国（示例）", "BGS", Role.ADMIN),
			demo("clerk", "李静（示例）", "BGS", Role.CLERK), demo("officer1", "张伟（示例）", "LSTK", Role.OFFICER),
			demo("officer2", "刘洋（示例）", "TZK", Role.OFFICER), demo("reviewer", "陈敏（示例）", "FGG", Role.REVIEWER),
			demo("director", "赵志刚（示例）", "JLD", Role.DIRECTOR), demo("supervisor", "周丽华（示例）", "FGG", Role.SUPERVISOR));

	private final Installation installation;

	private final StaffAccounts accounts;

	private final StaffAdministration administration;

	private final Environment env;

	StaffBootstrap(Installation installation, StaffAccounts accounts, StaffAdministration administration,
			Environment env) {
		this.installation = installation;
		this.accounts = accounts;
		this.administration = administration;
		this.env = env;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.installation.demo()) {
			long created = DEMO_USERS.stream().filter(this.administration::createIfAbsent).count();
			if (created > 0) {
				log.info("已创建 {} 个演示账号（密码均为 demo）", created);
			}
			return;
		}
		if (this.accounts.count() > 0) {
			return;
		}
		String password = this.env.getProperty(ADMIN_PASSWORD_VARIABLE);
		if (!StringUtils.hasText(password)) {
			log.warn("尚无任何用户，也未设置环境变量 {}：请设置该变量（至少 {} 位）后重新启动，系统将据此创建管理员账号 admin。"
					+ " No user exists and {} is not set: set it (at least {} characters) and restart to create the administrator 'admin'.",
					ADMIN_PASSWORD_VARIABLE, MIN_ADMIN_PASSWORD, ADMIN_PASSWORD_VARIABLE, MIN_ADMIN_PASSWORD);
			return;
		}
		if (password.length() < MIN_ADMIN_PASSWORD || password
			.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > StaffAdministration.MAX_PASSWORD_BYTES) {
			throw new IllegalStateException("环境变量 " + ADMIN_PASSWORD_VARIABLE + " 的初始管理员密码须为 " + MIN_ADMIN_PASSWORD
					+ "–72 位，拒绝启动。 " + ADMIN_PASSWORD_VARIABLE + " must be " + MIN_ADMIN_PASSWORD
					+ " to 72 characters long for the initial administrator; refusing to start.");
		}
		this.administration.createIfAbsent(
				new StaffAdministration.NewStaff("admin", "系统管理员", "BGS", EnumSet.of(Role.ADMIN), password));
		log.info("已根据环境变量 {} 创建管理员账号 admin；请登录后及时修改。", ADMIN_PASSWORD_VARIABLE);
	}

	private static StaffAdministration.NewStaff demo(String username, String displayName, String unit, Role role) {
		return new StaffAdministration.NewStaff(username, displayName, unit, EnumSet.of(role), DEMO_PASSWORD);
	}

}
