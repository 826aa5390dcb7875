package org.sanxiang.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.catalog.CreditCode;
import org.sanxiang.journal.Journal;
import org.sanxiang.journal.JournalEntry;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Prometheus endpoint for 管理员 only, the platform's own metrics in it, and the health
 * groups: status for anyone, details for 管理员.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "sanxiang.metrics.refresh=0s")
class OperationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeterRegistry registry;

	@Autowired
	JsonMapper json;

	@Autowired
	Journal journal;

	@Test
	void refusesMetricsToAnonymousCallersAndToStaffWhoAreNotAdministrators() throws Exception {
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("clerk", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
	}

	@Test
	void showsTheJournalCaseAndEvidenceMetricsToAnAdministrator() throws Exception {
		this.mvc.perform(post("/api/v1/journal/verify").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
		String scrape = this.mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(scrape).contains("sanxiang_journal_entries", "sanxiang_journal_tree_head_size",
				"sanxiang_journal_tree_head_age_seconds", "sanxiang_cases_open", "sanxiang_cases_overdue",
				"sanxiang_evidence_stored_bytes_total", "http_server_requests_seconds_count");
		assertThat(scrape).containsPattern("(?m)^sanxiang_journal_verification_ok\\{[^}]*\\} 1\\.0$");
		assertThat(scrape).doesNotContainPattern("(?m)^sanxiang_journal_entries\\{[^}]*\\} 0\\.0$");
	}

	@Test
	void countsACaseTransitionOnceItIsCommitted() throws Exception {
		double before = received();
		String code = "91431128MA4R" + String.format("%04d", (int) (Math.random() * 9000) + 1000) + "7";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("applicantKind", "ORGANISATION");
		body.put("applicantName", "新田县运维测试有限公司");
		body.put("creditCode", code + CreditCode.checkCharacter(code));
		body.put("contactName", "李四");
		body.put("contactPhone", "13800000000");
		body.put("itemCode", "XK-001");
		this.mvc
			.perform(post("/api/v1/licensing/applications").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated());
		assertThat(received()).isEqualTo(before + 1);
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
			.andExpect(content().string(containsString("sanxiang_case_transitions_total{")))
			.andExpect(content().string(containsString("type=\"ApplicationReceived\"")));
	}

	@Test
	void answersTheHealthGroupsWithTheStatusOnlyUnlessSignedInAsAdministrator() throws Exception {
		for (String group : new String[] { "database", "blobstore", "keystore", "liveness", "readiness" }) {
			this.mvc.perform(get("/actuator/health/" + group))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components").doesNotExist())
				.andExpect(jsonPath("$.details").doesNotExist());
		}
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		this.mvc.perform(get("/actuator/health/blobstore").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.components.blobStore.status").value("UP"))
			.andExpect(jsonPath("$.components.blobStore.details.directory").exists());
		this.mvc.perform(get("/actuator/health/keystore").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.components.signingKey.details.keyId").exists());
		this.mvc.perform(get("/actuator/health/database").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	@Test
	void journalsWhatAnAdministratorChangesOnTheWindowBoardsAndTheProvincialPush() throws Exception {
		long before = this.journal.size();
		this.mvc
			.perform(post("/console/admin/windows").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("code", "YW-01")
				.param("name", "运维测试窗口")
				.param("location", "二楼 14号窗口")
				.param("unitCode", "ZWFW")
				.param("itemCodes", "XK-001"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/console/admin/windows/YW-01/staff").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("officerId", "O-003")
				.param("post", "窗口受理员")
				.param("onDuty", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/console/admin/windows/YW-01/staff/O-003/remove").with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/console/admin/outbox/resync").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		List<JournalEntry> entries = this.journal.latest((int) (this.journal.size() - before));
		assertThat(entries).extracting(JournalEntry::type)
			.contains("WindowSaved", "WindowStaffAssigned", "WindowStaffRemoved", "OutboxResynced");
		assertThat(entries).filteredOn((e) -> e.type().startsWith("Window"))
			.allSatisfy((e) -> assertThat(e.actor()).isEqualTo("admin"));
	}

	private double received() {
		Counter counter = this.registry.find("sanxiang.case.transitions").tag("type", "ApplicationReceived").counter();
		return (counter != null) ? counter.count() : 0;
	}

}
