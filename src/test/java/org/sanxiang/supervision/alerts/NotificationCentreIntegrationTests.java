package org.sanxiang.supervision.alerts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.sanxiang.supervision.inspection.InspectionFindings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notification centre on the demo data (no SMTP server, no inspections installed):
 * the demo's overdue case and unpublished decisions give the 负责人 alerts, read and unread
 * per account, in the console, the header and the API; the digest settings are for 管理员,
 * and without an SMTP server nothing is sent and the test mail is refused with a Chinese
 * message.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class NotificationCentreIntegrationTests {

	private static final RequestPostProcessor DIRECTOR = user("director").roles("DIRECTOR");

	private static final RequestPostProcessor SUPERVISOR = user("supervisor").roles("SUPERVISOR");

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	Alerts alerts;

	@Autowired
	InspectionFindings findings;

	@Autowired
	org.sanxiang.catalog.Catalog catalog;

	@Autowired
	DailyDigest digest;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachAccountSeesItsAlertsMarksThemReadAndTheHeaderCountsTheUnread() throws Exception {
		List<Notification> before = this.notifications.of("director");
		assertThat(before).isNotEmpty();
		assertThat(before).extracting(n -> n.alert().kind()).contains(AlertKind.DECISION, AlertKind.PUBLICATION);
		// every alert of the day goes to someone who must act on it, and only to them
		assertThat(this.alerts.on(this.alerts.today())).allSatisfy(a -> assertThat(a.recipients()).isNotEmpty());
		this.notifications.markAllRead("director");
		assertThat(this.notifications.unread("director")).isZero();
		this.jdbc.sql("delete from supervision_alert_read where username = 'director'").update();

		Alert first = before.get(0).alert();
		String page = page(get("/console/notifications").with(DIRECTOR));
		assertThat(page).contains("通知中心", first.message(), "标为已读", "id=\"unread-count\"");
		assertThat(page).contains(">" + before.size() + "</span></a>");

		this.mvc.perform(post("/console/notifications/read").param("key", first.key()).with(DIRECTOR).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.notifications.of("director")).filteredOn(n -> n.alert().key().equals(first.key()))
			.singleElement()
			.satisfies(n -> assertThat(n.read()).isTrue());
		assertThat(this.notifications.unread("director")).isEqualTo(before.size() - 1);
		// another account's alerts are its own: officer2 has not read it
		if (first.isFor("officer2")) {
			assertThat(this.notifications.of("officer2")).filteredOn(n -> n.alert().key().equals(first.key()))
				.singleElement()
				.satisfies(n -> assertThat(n.read()).isFalse());
		}
		String unreadOnly = page(get("/console/notifications").param("show", "unread").with(DIRECTOR));
		assertThat(unreadOnly).doesNotContain("data-key=\"" + first.key() + "\"");
		// the header of any console page shows the count
		assertThat(page(get("/console").with(DIRECTOR))).contains("id=\"unread-count\"",
				">" + (before.size() - 1) + "</span></a>");

		this.mvc.perform(get("/api/v1/notifications").with(DIRECTOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == '" + first.key() + "')].read").value(true))
			.andExpect(jsonPath("$[0].kindLabel").exists());
		this.mvc.perform(get("/api/v1/notifications/unread-count").with(DIRECTOR))
			.andExpect(jsonPath("$.unread").value(before.size() - 1));
		this.mvc.perform(post("/api/v1/notifications/read-all").with(DIRECTOR).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.marked").value(before.size() - 1));
		assertThat(this.notifications.unread("director")).isZero();
		assertThat(page(get("/console").with(DIRECTOR))).doesNotContain("id=\"unread-count\"");
		this.jdbc.sql("delete from supervision_alert_read where username = 'director'").update();
	}

	@Test
	void anAlertThatIsNotTheAccountsIsNotFound() throws Exception {
		String key = this.notifications.of("director").get(0).alert().key();
		this.mvc
			.perform(post("/api/v1/notifications/" + "DECISION:OVERDUE:nothing:2026-01-01" + "/read").with(DIRECTOR)
				.with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("未找到该提醒")));
		// the clerk has nothing to do with the director's alert
		this.mvc.perform(
				post("/console/notifications/read").param("key", key).with(user("clerk").roles("CLERK")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/console/notifications")).andExpect(status().is3xxRedirection());
	}

	/**
	 * With the real 督查 findings: a year on, every open rectification past its deadline is
	 * one overdue alert, and there is no other.
	 */
	@Test
	void everyOpenRectificationPastItsDeadlineIsOneAlert() {
		java.time.LocalDate later = this.alerts.today().plusYears(1);
		java.util.Set<String> expected = new java.util.HashSet<>();
		for (org.sanxiang.catalog.Agency agency : this.catalog.agencies()) {
			for (InspectionFindings.Finding f : this.findings.openRectifications(agency.creditCode())) {
				if (f.overdueOn(later)) {
					expected.add(f.id().toString());
				}
			}
		}
		assertThat(this.alerts.on(later)
			.stream()
			.filter(a -> a.kind() == AlertKind.RECTIFICATION)
			.map(a -> a.key().split(":")[2])
			.toList()).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void anAccountSubscribesWithAValidAddressOnlyAndTheChoiceIsJournaled() throws Exception {
		String bad = this.mvc
			.perform(post("/console/notifications/subscription").param("email", "not-an-address")
				.param("optedIn", "true")
				.with(SUPERVISOR)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(bad).contains("电子邮箱格式不正确", "not-an-address");
		this.mvc
			.perform(put("/api/v1/notifications/subscription").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"\",\"optedIn\":true}")
				.with(user("officer2").roles("OFFICER"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("须填写电子邮箱")));
		assertThat(this.notifications.subscription("officer2").optedIn()).isFalse();

		this.mvc
			.perform(put("/api/v1/notifications/subscription").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"officer2@example.org\",\"optedIn\":true}")
				.with(user("officer2").roles("OFFICER"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.optedIn").value(true));
		assertThat(this.notifications.subscription("officer2").email()).isEqualTo("officer2@example.org");
		assertThat(this.jdbc
			.sql("select count(*) from journal_entry where type = 'DigestSubscriptionChanged' and entry like ?")
			.param("%officer2%")
			.query(Integer.class)
			.single()).isEqualTo(1);
		this.mvc
			.perform(post("/console/notifications/subscription").param("email", "officer2@example.org")
				.with(user("officer2").roles("OFFICER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.notifications.subscription("officer2").optedIn()).isFalse();
	}

	@Test
	void theDigestSettingsAreForAdministratorsAndNothingIsSentWithoutAnSmtpServer() throws Exception {
		assertThat(page(get("/console/supervision/alerts").with(ADMIN))).contains("提醒邮件设置", "未配置邮件服务器",
				"director@example.org");
		this.mvc.perform(get("/console/supervision/alerts").with(SUPERVISOR)).andExpect(status().isForbidden());
		this.mvc.perform(
				post("/console/supervision/alerts/digest-time").param("digestTime", "8点").with(SUPERVISOR).with(csrf()))
			.andExpect(status().isForbidden());

		String bad = this.mvc.perform(
				post("/console/supervision/alerts/digest-time").param("digestTime", "25:99").with(ADMIN).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(bad).contains("发送时间格式应为");
		this.mvc.perform(
				post("/console/supervision/alerts/digest-time").param("digestTime", "07:30").with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.notifications.digestTime()).hasToString("07:30");
		assertThat(this.jdbc.sql("select count(*) from journal_entry where type = 'DigestTimeChanged'")
			.query(Integer.class)
			.single()).isPositive();
		this.notifications.changeDigestTime("08:00", "admin");

		String refused = this.mvc.perform(
				post("/console/supervision/alerts/test-mail").param("to", "admin@example.org").with(ADMIN).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("未配置邮件服务器");
		assertThat(this.digest.configured()).isFalse();
		assertThat(this.digest.send(this.alerts.today())).isEqualTo(new DailyDigest.Run(0, 0, 0));
		assertThat(this.jdbc.sql("select count(*) from supervision_alert_digest").query(Integer.class).single())
			.isZero();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
