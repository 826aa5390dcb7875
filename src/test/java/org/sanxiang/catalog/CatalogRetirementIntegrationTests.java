package org.sanxiang.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retiring catalog entries (废止/撤销/调离) on PostgreSQL: a retirement is one more version,
 * the entry leaves today's lists from its date while earlier dates keep their versions,
 * nothing is deleted, and every change is announced as a {@link CatalogEntryChanged}
 * event.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CatalogRetirementIntegrationTests {

	static final String ABOLISHED = "《湖南省人民政府关于取消和下放一批行政权力事项的决定》";

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	Change since(LocalDate date, String reason) {
		return new Change(date, reason, "admin");
	}

	@Test
	void aRetiredItemLeavesTheListsButEarlierDatesKeepTheirVersion() {
		Item item = new Item("T-RET-ITEM", CatalogDemoData.AGENCY, "测试抽查事项", PowerCategory.INSPECTION, "",
				CatalogFixtures.item("x", 5).legalBases(), "TZK", "", java.util.List.of(), null, null, null,
				java.util.List.of(), false, false, true, "测试对象", "双随机");
		this.catalog.save(EntryKind.ITEM, item, since(LocalDate.of(2020, 1, 1), "首次公布"));
		assertThat(this.catalog.randomInspectionList()).extracting(Item::code).contains("T-RET-ITEM");

		Versioned<Item> retirement = this.catalog.retire(EntryKind.ITEM, "T-RET-ITEM", since(today(), ABOLISHED));

		assertThat(retirement.retired()).isTrue();
		assertThat(retirement.version()).isEqualTo(2);
		assertThat(retirement.content().name()).isEqualTo("测试抽查事项");
		assertThat(this.catalog.items()).extracting(Item::code).doesNotContain("T-RET-ITEM");
		assertThat(this.catalog.randomInspectionList()).extracting(Item::code).doesNotContain("T-RET-ITEM");
		assertThat(this.catalog.current(EntryKind.ITEM, "T-RET-ITEM")).isEmpty();
		assertThat(this.catalog.asOf(EntryKind.ITEM, "T-RET-ITEM", today())).isEmpty();
		assertThat(this.catalog.asOf(EntryKind.ITEM, "T-RET-ITEM", today().plusYears(1))).isEmpty();
		// a case started before the retirement still applies the version it started with
		assertThat(this.catalog.itemAsOf("T-RET-ITEM", today().minusDays(1))).get()
			.satisfies(v -> assertThat(v.version()).isEqualTo(1));
		assertThat(this.catalog.history(EntryKind.ITEM, "T-RET-ITEM"))
			.extracting(Versioned::version, Versioned::retired)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, true),
					org.assertj.core.groups.Tuple.tuple(1, false));
		assertThat(this.catalog.retired(EntryKind.ITEM)).extracting(v -> v.content().code()).contains("T-RET-ITEM");
		assertThat(this.catalog.changes(10)).filteredOn(c -> c.key().equals("T-RET-ITEM")).first().satisfies(c -> {
			assertThat(c.retired()).isTrue();
			assertThat(c.reason()).isEqualTo(ABOLISHED);
			assertThat(c.name()).isEqualTo("测试抽查事项");
		});
		// nothing is deleted
		assertThat(this.jdbc.sql("select count(*) from catalog_version where kind = 'item' and key = 'T-RET-ITEM'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aFutureRetirementKeepsTheEntryUntilItsDateAndRepublishingIsANormalSave() {
		this.catalog.save(EntryKind.ITEM, CatalogFixtures.item("T-RET-LATER", 5),
				since(LocalDate.of(2020, 1, 1), "首次公布"));
		this.catalog.retire(EntryKind.ITEM, "T-RET-LATER", since(today().plusDays(30), ABOLISHED));
		assertThat(this.catalog.item("T-RET-LATER")).isPresent();
		assertThat(this.catalog.asOf(EntryKind.ITEM, "T-RET-LATER", today().plusDays(29))).isPresent();
		assertThat(this.catalog.asOf(EntryKind.ITEM, "T-RET-LATER", today().plusDays(30))).isEmpty();

		Versioned<Item> again = this.catalog.save(EntryKind.ITEM, CatalogFixtures.item("T-RET-LATER", 4),
				since(today().plusDays(60), "重新承接下放事项"));
		assertThat(again.retired()).isFalse();
		assertThat(again.version()).isEqualTo(3);
		assertThat(this.catalog.asOf(EntryKind.ITEM, "T-RET-LATER", today().plusDays(60))).get()
			.satisfies(v -> assertThat(v.content().promisedLimit().amount()).isEqualTo(4));
	}

	@Test
	void aRetiredOfficerKeepsTheCertificateNumberReserved() {
		this.catalog.save(EntryKind.OFFICER, CatalogFixtures.officer("T-RET-O1", "T-RET-CERT-1"),
				since(LocalDate.of(2024, 1, 1), "首次公布"));
		this.catalog.retire(EntryKind.OFFICER, "T-RET-O1", since(today(), "调离本机关"));

		assertThat(this.catalog.officers()).extracting(Officer::id).doesNotContain("T-RET-O1");
		assertThat(this.catalog.officerByCertificate("T-RET-CERT-1")).isEmpty();
		assertThat(this.catalog.formerOfficerByCertificate("t-ret-cert-1")).get().satisfies(v -> {
			assertThat(v.content().id()).isEqualTo("T-RET-O1");
			assertThat(v.effectiveFrom()).isEqualTo(today());
		});
		assertThatThrownBy(() -> this.catalog.save(EntryKind.OFFICER,
				CatalogFixtures.officer("T-RET-O2", "T-RET-CERT-1"), since(today(), "新进人员")))
			.isInstanceOfSatisfying(InputRejected.class,
					ex -> assertThat(ex.errors()).extracting(InputRejected.FieldError::field)
						.contains("certificate.number"));
	}

	@Test
	void refusalsSaveNothing() {
		long before = versionRows();
		assertThatThrownBy(() -> this.catalog.retire(EntryKind.ITEM, "NO-SUCH-ITEM", since(today(), ABOLISHED)))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.catalog.retire(EntryKind.ITEM, "XK-001", new Change(null, " ", "admin")))
			.isInstanceOfSatisfying(InputRejected.class,
					ex -> assertThat(ex.errors()).extracting(InputRejected.FieldError::field)
						.containsExactlyInAnyOrder("effectiveFrom", "reason"));
		assertThatThrownBy(() -> this.catalog.retire(EntryKind.AGENCY, CatalogDemoData.AGENCY, since(today(), "机构改革")))
			.isInstanceOfSatisfying(InputRejected.class, ex -> {
				assertThat(ex.kind()).isEqualTo(InputRejected.Kind.UNPROCESSABLE);
				assertThat(ex.errors().get(0).field()).isEqualTo("kind");
			});
		assertThatThrownBy(() -> this.catalog.retire(EntryKind.UNIT, "TZK", since(today(), "机构撤并")))
			.isInstanceOfSatisfying(InputRejected.class, ex -> {
				assertThat(ex.kind()).isEqualTo(InputRejected.Kind.UNPROCESSABLE);
				assertThat(ex.errors().get(0).message()).contains("权责事项 XK-001");
			});
		assertThat(versionRows()).isEqualTo(before);
		assertThat(this.events.stream(CatalogEntryChanged.class)).isEmpty();
		assertThat(this.catalog.unit("TZK")).isPresent();
	}

	@Test
	void aUnitNoLongerReferencedCanBeRetiredButNotTwice() {
		this.catalog.save(EntryKind.UNIT, new Unit("T-RET-U", CatalogDemoData.AGENCY, "临时股", "", "", 99),
				since(LocalDate.of(2024, 1, 1), "设立"));
		Officer officer = CatalogFixtures.officer("T-RET-O3", "T-RET-CERT-3");
		this.catalog.save(
				EntryKind.OFFICER, new Officer(officer.id(), officer.agencyCode(), officer.name(), "T-RET-U",
						officer.post(), officer.certificate(), officer.areas(), null, true),
				since(LocalDate.of(2024, 1, 1), "首次公布"));
		assertThatThrownBy(() -> this.catalog.retire(EntryKind.UNIT, "T-RET-U", since(today(), "机构撤并")))
			.isInstanceOfSatisfying(InputRejected.class,
					ex -> assertThat(ex.errors().get(0).message()).contains("执法人员 T-RET-O3"));

		this.catalog.retire(EntryKind.OFFICER, "T-RET-O3", since(today(), "调离"));
		this.catalog.retire(EntryKind.UNIT, "T-RET-U", since(today(), "机构撤并"));
		assertThat(this.catalog.units()).extracting(Unit::code).doesNotContain("T-RET-U");
		assertThatThrownBy(() -> this.catalog.retire(EntryKind.UNIT, "T-RET-U", since(today(), "再次撤并")))
			.isInstanceOfSatisfying(InputRejected.class, ex -> {
				assertThat(ex.kind()).isEqualTo(InputRejected.Kind.CONFLICT);
				assertThat(ex.errors().get(0).field()).isEqualTo("key");
			});
	}

	@Test
	void everySaveAndRetirementPublishesAnEvent() {
		this.catalog.save(EntryKind.SUPERVISION,
				new SupervisionMethod("T-RET-SUP", CatalogDemoData.AGENCY, "测试信箱", "", "test@example.cn", 9),
				since(LocalDate.of(2024, 1, 1), "开通"));
		this.catalog.retire(EntryKind.SUPERVISION, "T-RET-SUP", since(today(), "信箱停用"));

		assertThat(this.events.stream(CatalogEntryChanged.class))
			.extracting(CatalogEntryChanged::kind, CatalogEntryChanged::key, CatalogEntryChanged::version,
					CatalogEntryChanged::reason, CatalogEntryChanged::actor, CatalogEntryChanged::retired)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("supervision", "T-RET-SUP", 1, "开通", "admin", false),
					org.assertj.core.groups.Tuple.tuple("supervision", "T-RET-SUP", 2, "信箱停用", "admin", true));
		CatalogEntryChanged retired = this.events.stream(CatalogEntryChanged.class).toList().get(1);
		assertThat(retired.effectiveFrom()).isEqualTo(today());
		assertThat(retired.recordedAt()).isNotNull();
	}

	// --- REST ---

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void theApiRetiresAnEntryAndAnswersEveryRefusalNamingTheField() throws Exception {
		this.catalog.save(EntryKind.ITEM, CatalogFixtures.item("T-RET-API", 5),
				since(LocalDate.of(2020, 1, 1), "首次公布"));
		long before = versionRows();
		retire("items", "NO-SUCH", Map.of("effectiveFrom", today().toString(), "reason", ABOLISHED))
			.andExpect(status().isNotFound());
		retire("items", "T-RET-API", Map.of("effectiveFrom", today().toString())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		retire("agencies", CatalogDemoData.AGENCY, Map.of("effectiveFrom", today().toString(), "reason", "机构改革"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		retire("units", "TZK", Map.of("effectiveFrom", today().toString(), "reason", "机构撤并"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("key"))
			.andExpect(jsonPath("$.errors[0].message", containsString("XK-001")));
		retire("items", "T-RET-API", Map.of("effectiveFrom", "2019-12-31", "reason", ABOLISHED))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
		assertThat(versionRows()).isEqualTo(before);

		retire("items", "T-RET-API", Map.of("effectiveFrom", today().toString(), "reason", ABOLISHED))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.retired").value(true))
			.andExpect(jsonPath("$.changedBy").value("admin"));
		retire("items", "T-RET-API", Map.of("effectiveFrom", today().toString(), "reason", ABOLISHED))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("key"));
		this.mvc.perform(get("/api/v1/catalog/items/T-RET-API")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/catalog/items/T-RET-API").param("asOf", today().minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(get("/api/v1/catalog/items/T-RET-API/versions"))
			.andExpect(jsonPath("$[0].retired").value(true))
			.andExpect(jsonPath("$[0].reason").value(ABOLISHED));
		this.mvc.perform(get("/api/v1/catalog/changes").param("limit", "1"))
			.andExpect(jsonPath("$[0].key").value("T-RET-API"))
			.andExpect(jsonPath("$[0].retired").value(true));
	}

	@Test
	@WithMockUser(username = "officer1", roles = "OFFICER")
	void onlyAnAdminMayRetire() throws Exception {
		retire("items", "XK-001", Map.of("effectiveFrom", today().toString(), "reason", ABOLISHED))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aRetiredOfficersCertificateCheckSaysTheOfficerHasLeft() throws Exception {
		this.catalog.save(EntryKind.OFFICER, CatalogFixtures.officer("T-RET-O4", "T-RET-CERT-4"),
				since(LocalDate.of(2024, 1, 1), "首次公布"));
		retire("officers", "T-RET-O4", Map.of("effectiveFrom", today().toString(), "reason", "退休"))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/catalog/officers/by-certificate/T-RET-CERT-4"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.validToday").value(false))
			.andExpect(jsonPath("$.status").value("已不在本机关执法岗位（自 " + today() + " 起）"));
		this.mvc.perform(get("/verify/officer/T-RET-CERT-4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该人员已不在本机关执法岗位（自 " + today() + " 起）")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("证件有效"))));
		this.mvc.perform(get("/changes"))
			.andExpect(content().string(containsString("<span class=\"badge err\">废止</span>")));
	}

	private ResultActions retire(String kind, String key, Map<String, String> body) throws Exception {
		return this.mvc.perform(post("/api/v1/catalog/" + kind + "/" + key + "/retirement").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private long versionRows() {
		return this.jdbc.sql("select count(*) from catalog_version").query(Long.class).single();
	}

}
