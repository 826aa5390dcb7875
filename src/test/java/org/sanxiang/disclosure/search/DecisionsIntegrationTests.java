package org.sanxiang.disclosure.search;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.sanxiang.disclosure.PublicationEvent;
import org.sanxiang.disclosure.PublicationFixtures;
import org.sanxiang.disclosure.PublicationFixtures.Row;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.disclosure.PublishedDecisions;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public decisions list, search, detail, figures and JSON API over fixture rows
 * written straight into the table (then the index is rebuilt, as at start). Every name
 * here carries 检索甲/检索乙, used by no other test; decisions are dated March 2019 so the date
 * filter isolates them from other tests' rows.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class DecisionsIntegrationTests {

	static final LocalDate DAY = LocalDate.of(2019, 3, 5);

	static final String PARTY_A = "新田县检索甲华兴建材有限公司";

	static final String PARTY_B = "宁远县检索甲农业合作社";

	static final String PARTY_C = "嘉禾县检索甲光伏有限公司";

	static final String PARTY_D = "新田县检索甲期满有限公司";

	static final String PARTY_E = "新田县检索甲不予公开有限公司";

	static final String MARCH = "from=2019-03-01&to=2019-03-31";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DecisionIndexer index;

	@Autowired
	PublishedDecisions decisions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	static Row a;

	static Row b;

	static Row c;

	static Row d;

	static Row e;

	@BeforeEach
	void rows() {
		if (a == null) {
			a = PublicationFixtures.published(PARTY_A, "新发改许〔2019〕9101号", DAY)
				.withContent("同意新建年产十万吨新型干法水泥生产线项目节能审查")
				.insert(this.jdbc);
			this.jdbc.sql("update disclosure_publication set journal_seq = 1 where id = ?").param(a.id()).update();
			b = PublicationFixtures.published(PARTY_B, "新发改许〔2019〕9102号", DAY.plusDays(1))
				.withAction("注销", "无效")
				.insert(this.jdbc);
			c = PublicationFixtures.published(PARTY_C, "新发改许〔2019〕9103号", DAY.plusDays(2))
				.withStatus(PublicationStatus.WITHDRAWN)
				.insert(this.jdbc);
			d = PublicationFixtures.published(PARTY_D, "新发改许〔2019〕9104号", DAY.plusDays(3))
				.withDisclosureUntil(LocalDate.of(2020, 1, 1))
				.insert(this.jdbc);
			e = PublicationFixtures.published(PARTY_E, "新发改许〔2019〕9105号", DAY.plusDays(4))
				.withStatus(PublicationStatus.HELD_BACK)
				.insert(this.jdbc);
			this.index.rebuildAndWait();
		}
	}

	@Test
	void searchFindsEveryPublicDecisionContainingTheTextAndShowsAWithdrawalWithItsReason() throws Exception {
		this.mvc.perform(get("/search").param("q", "检索甲"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(PARTY_A), containsString(PARTY_B), containsString(PARTY_C),
					containsString("已撤回"), containsString("撤回原因：决定已撤销"), not(containsString(PARTY_D)),
					not(containsString(PARTY_E)))))
			.andExpect(content().string(containsString("共 <strong>3</strong> 条")));
		// smartcn reads 华兴建材 as words; the fragment 甲华 crosses them and is still found
		this.mvc.perform(get("/search").param("q", "检索甲华"))
			.andExpect(content().string(allOf(containsString(PARTY_A), not(containsString(PARTY_B)))));
		for (String number : new String[] { "〔2019〕9101", "2019 9101", "新发改许(2019)9101号", "９１０１" }) {
			this.mvc.perform(get("/search").param("q", number))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(PARTY_A)));
		}
	}

	@Test
	void theListFiltersByItemDecisionDateAndCurrentStatusAndLeavesOutWhatIsNotPublic() throws Exception {
		this.mvc.perform(get("/decisions?" + MARCH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(PARTY_A), containsString(PARTY_B), containsString(PARTY_C),
					not(containsString(PARTY_D)), not(containsString(PARTY_E)))));
		this.mvc.perform(get("/decisions?" + MARCH + "&action=注销"))
			.andExpect(content().string(allOf(containsString(PARTY_B), not(containsString(PARTY_A)))));
		this.mvc.perform(get("/decisions?" + MARCH + "&currentStatus=有效&item=XK-002"))
			.andExpect(content()
				.string(allOf(containsString(PARTY_A), containsString(PARTY_C), not(containsString(PARTY_B)))));
		this.mvc.perform(get("/search?q=检索甲&" + MARCH + "&action=准予许可&currentStatus=有效"))
			.andExpect(content().string(allOf(containsString(PARTY_A), not(containsString(PARTY_B)))));
		// an empty query is the list
		this.mvc.perform(get("/search?q=&" + MARCH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(PARTY_B)));
	}

	@Test
	void pagesOfTwentyAreLinkedForward() throws Exception {
		this.mvc.perform(get("/decisions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("许可决定公示")));
		long total = this.decisions.list(org.sanxiang.disclosure.PublicationQuery.all(0, 1)).total();
		if (total > DecisionsController.PAGE_SIZE) {
			this.mvc.perform(get("/decisions"))
				.andExpect(content().string(allOf(containsString("下一页"), containsString("page=2"))));
			this.mvc.perform(get("/decisions?page=2"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("上一页")));
		}
		this.mvc.perform(get("/api/v1/public/decisions?" + MARCH + "&limit=2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].partyName").value(PARTY_C));
		this.mvc.perform(get("/api/v1/public/decisions?" + MARCH + "&limit=2&offset=2"))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].partyName").value(PARTY_A));
	}

	@Test
	void aDecisionsPageShowsItsPublicFieldsHistoryVerificationAndProof() throws Exception {
		this.mvc.perform(get("/decisions/" + a.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(PARTY_A), containsString("新发改许〔2019〕9101号"),
					containsString("91431128MA4L0A0B1X"), containsString("同意新建年产十万吨新型干法水泥生产线项目节能审查"),
					containsString("/verify/document/" + org.springframework.web.util.UriUtils
						.encodePathSegment("新发改许〔2019〕9101号", java.nio.charset.StandardCharsets.UTF_8)),
					containsString("/decisions/" + a.id() + "/qr.png"),
					containsString("/api/v1/journal/proofs/inclusion?seq=1"), containsString("/transparency"),
					containsString("长期"))));
		this.mvc.perform(get("/decisions/" + a.id() + "/qr.png"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		this.mvc.perform(get("/decisions/" + c.id()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("本公示已撤回"), containsString("原因：决定已撤销"), containsString("撤回"))));
	}

	@Test
	void whatIsNotPublicOrDoesNotExistIsAChinese404() throws Exception {
		for (String id : new String[] { d.id().toString(), e.id().toString(), UUID.randomUUID().toString(),
				"not-a-uuid" }) {
			this.mvc.perform(get("/decisions/" + id))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("未找到该公示决定")));
		}
		this.mvc.perform(get("/api/v1/public/decisions/" + d.id()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("未找到该公示决定")));
	}

	@Test
	void badQueriesAreRefusedWithAClearMessageAndSyntaxIsJustText() throws Exception {
		String tooLong = "新".repeat(SearchText.MAX_QUERY + 1);
		this.mvc.perform(get("/search").param("q", tooLong))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("查询内容过长：最多 50 个字")));
		this.mvc.perform(get("/api/v1/public/decisions").param("q", tooLong))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"))
			.andExpect(jsonPath("$.detail").value(containsString("查询内容过长")));
		this.mvc.perform(get("/search").param("q", "检索甲'; drop table disclosure_publication; --"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 <strong>0</strong> 条")));
		this.mvc.perform(get("/search").param("q", "检索甲 OR *:* AND title:\"x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 <strong>0</strong> 条")));
		this.mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<script>alert")),
					containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))));
		this.mvc.perform(get("/decisions").param("from", "2026-13-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("日期格式不正确，应为 年-月-日（YYYY-MM-DD）")));
		this.mvc.perform(get("/decisions").param("from", "2026-02-01").param("to", "2026-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("结束日期不能早于开始日期")));
		this.mvc.perform(get("/decisions").param("page", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("页码应为正整数")));
		this.mvc.perform(get("/api/v1/public/decisions").param("action", "批准"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("action"));
		this.mvc.perform(get("/api/v1/public/decisions").param("limit", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
	}

	@Test
	void theJsonApiGivesTheSameSearchAndOneDecisionWithoutIdNumbers() throws Exception {
		this.mvc.perform(get("/api/v1/public/decisions").param("q", "检索甲"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.searched").value(true))
			.andExpect(jsonPath("$.complete").value(true));
		this.mvc.perform(get("/api/v1/public/decisions/" + c.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.partyName").value(PARTY_C))
			.andExpect(jsonPath("$.status").value("已撤回"))
			.andExpect(jsonPath("$.withdrawalReason").value("决定已撤销"))
			.andExpect(jsonPath("$.history[1].change").value("撤回"))
			.andExpect(jsonPath("$.verificationUrl").value(containsString("/verify/document/")))
			.andExpect(content().string(not(containsString("caseId"))));
	}

	@Test
	void perItemFiguresCountDecisionsByActionAndMonth() throws Exception {
		this.mvc.perform(get("/decisions/statistics"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("固定资产投资项目节能审查"), containsString("2019-03"), containsString("当前有效"))));
		DecisionStatistics statistics = this.index.statistics();
		DecisionStatistics.Item item = statistics.items()
			.stream()
			.filter(i -> i.itemCode().equals("XK-002"))
			.findFirst()
			.orElseThrow();
		assertThat(item.byMonth().get(java.time.YearMonth.of(2019, 3))).isGreaterThanOrEqualTo(3);
		assertThat(item.byAction().get("注销")).isGreaterThanOrEqualTo(1);
	}

	/** A change of the pipeline, as its events announce it. */
	record FixtureChanged(UUID publicationId) implements PublicationEvent {

		@Override
		public String journalActor() {
			return "system";
		}

	}

	@Test
	void aCommittedPublicationEventBringsTheIndexUpToDate() throws Exception {
		Row row = PublicationFixtures.published("新田县检索乙事件有限公司", "新发改许〔2019〕9201号", DAY).insert(this.jdbc);
		this.transactions.executeWithoutResult(tx -> this.events.publishEvent(new FixtureChanged(row.id())));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.mvc.perform(get("/search").param("q", "检索乙事件"))
				.andExpect(content().string(containsString("新田县检索乙事件有限公司"))));
		// the disclosure period ended: the next event takes it out
		this.transactions.executeWithoutResult(tx -> {
			this.jdbc.sql("update disclosure_publication set disclosure_until = ? where id = ?")
				.params(LocalDate.of(2020, 1, 1), row.id())
				.update();
			this.events.publishEvent(new FixtureChanged(row.id()));
		});
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.mvc.perform(get("/search").param("q", "检索乙事件"))
				.andExpect(content().string(containsString("共 <strong>0</strong> 条"))));
	}

	@Test
	void onlyAnAdministratorRebuildsTheIndex() throws Exception {
		this.mvc.perform(post("/console/admin/search/rebuild").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/console/admin/search/rebuild").with(user("officer1").roles("OFFICER")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/console/admin/search/rebuild").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/admin/search"));
		this.mvc.perform(get("/console/admin/search").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("许可决定检索索引")));
		this.index.rebuildAndWait();
	}

}
