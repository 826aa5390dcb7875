package org.sanxiang.identity;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.Installation;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class StaffBootstrapTests {

	private final StaffAccounts accounts = mock(StaffAccounts.class);

	private final StaffAdministration administration = mock(StaffAdministration.class);

	private final Installation production = new Installation(false, false);

	@Test
	void productionRefusesToStartWithAShortInitialAdministratorPassword() {
		when(this.accounts.count()).thenReturn(0L);
		MockEnvironment env = new MockEnvironment().withProperty("SANXIANG_ADMIN_PASSWORD", "tooshort");
		StaffBootstrap bootstrap = new StaffBootstrap(this.production, this.accounts, this.administration, env);
		assertThatIllegalStateException().isThrownBy(() -> bootstrap.run(null))
			.withMessageContaining("拒绝启动")
			.withMessageContaining("refusing to start");
		verify(this.administration, never()).createIfAbsent(any());
	}

	@Test
	void productionCreatesTheFirstAdministratorFromTheEnvironment() {
		when(this.accounts.count()).thenReturn(0L);
		MockEnvironment env = new MockEnvironment().withProperty("SANXIANG_ADMIN_PASSWORD", "a-long-enough-secret");
		new StaffBootstrap(this.production, this.accounts, this.administration, env).run(null);
		verify(this.administration)
			.createIfAbsent(org.mockito.ArgumentMatchers.argThat(s -> s.username().equals("admin")
					&& s.roles().contains(Role.ADMIN) && s.password().equals("a-long-enough-secret")));
	}

	@Test
	void productionWithoutThePasswordCreatesNoDefaultAccount() {
		when(this.accounts.count()).thenReturn(0L);
		new StaffBootstrap(this.production, this.accounts, this.administration, new MockEnvironment()).run(null);
		verify(this.administration, never()).createIfAbsent(any());
	}

	@Test
	void productionLeavesExistingAccountsAlone() {
		when(this.accounts.count()).thenReturn(3L);
		MockEnvironment env = new MockEnvironment().withProperty("SANXIANG_ADMIN_PASSWORD", "a-long-enough-secret");
		new StaffBootstrap(this.production, this.accounts, this.administration, env).run(null);
		verify(this.administration, never()).createIfAbsent(any());
	}

	@Test
	void theStartupLineNamesTheUrlAndInADemoTheLogins() {
		assertThat(StartupAnnouncement.line(8080, true)).isEqualTo(
				"三项制度执法平台已启动 http://localhost:8080  公示网站 /  工作台 /console  演示账号 admin, clerk, officer1, officer2, reviewer, director, supervisor（密码均为 demo）");
		assertThat(StartupAnnouncement.line(9090, false)).doesNotContain("演示账号").contains("http://localhost:9090");
	}

}
