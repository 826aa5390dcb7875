package org.sanxiang.inspection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.catalog.CreditCode;
import org.sanxiang.journal.Journal;
import org.sanxiang.journal.TreeHead;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 双随机 draws on PostgreSQL through the REST API as the demo staff: a plan is drawn once,
 * after its announced time, from the first tree head signed then, and anyone can repeat
 * the draw from the public inputs with an independent implementation; declared conflicts
 * are set aside and recorded; a cancelled plan keeps its draw visible and is never drawn
 * again; bad plans are refused with their reasons.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class InspectionDrawIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InspectionStore store;

	@Autowired
	Draws draws;

	@Autowired
	Journal journal;

	@Test
	void theDemoDrawRepeatsFromItsPublicInputsWithAnIndependentImplementation() throws Exception {
		Plan plan = this.store.plans().stream().filter(p -> p.status() == PlanStatus.DRAWN).findFirst().orElseThrow();
		assertThat(plan.replaces()).as("it replaces the demo's cancelled plan").isNotNull();
		assertThat(this.store.plan(plan.replaces(), false).orElseThrow().status()).isEqualTo(PlanStatus.CANCELLED);
		assertIndependentlyReproduced(plan, this.store.draw(plan.id()).orElseThrow());
	}

	@Test
	void aPlanIsDrawnOnceAfterItsTimeWithConflictsSetAsideAndStaysVisibleWhenCancelled() throws Exception {
		String code = code("91431128MA4N00017");
		this.mvc
			.perform(post("/api/v1/inspection/targets").with(httpBasic("clerk", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"creditCode": "%s", "name": "新田县测试镇示例化工有限公司", "category": "法人及非法人组织",
						 "address": "新田县测试镇1号（虚构）", "area": "测试镇", "industry": "制造业"}""".formatted(code)))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/inspection/targets/" + code + "/conflicts").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"officerId\": \"O-001\", \"kind\": \"其他应当回避的情形\", \"reason\": \"曾在该企业兼职（测试）\"}"))
			.andExpect(status().isCreated());

		Instant drawAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
		String body = this.mvc
			.perform(post("/api/v1/inspection/plans").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(plan("测试镇", 1, 2, drawAt)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ANNOUNCED"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		UUID id = UUID.fromString(this.json.readTree(body).get("id").asString());
		assertThat(this.draws.draw(id)).as("not before its time").isFalse();

		Thread.sleep(Math.max(0, drawAt.toEpochMilli() - System.currentTimeMillis() + 200));
		assertThat(this.draws.draw(id)).isTrue();
		assertThat(this.draws.draw(id)).as("never twice").isFalse();

		Plan plan = this.store.plan(id, false).orElseThrow();
		assertThat(plan.status()).isEqualTo(PlanStatus.DRAWN);
		DrawResult draw = this.store.draw(id).orElseThrow();
		assertThat(draw.treeHeadAt()).isAfterOrEqualTo(drawAt);
		assertThat(draw.population()).containsExactly(code);
		assertThat(draw.assignments()).singleElement().satisfies(a -> {
			assertThat(a.creditCode()).isEqualTo(code);
			assertThat(a.inspectorIds()).hasSize(2).doesNotContain("O-001");
		});
		assertThat(draw.exclusions()).singleElement().satisfies(x -> {
			assertThat(x.officerId()).isEqualTo("O-001");
			assertThat(x.reason()).isEqualTo("申报回避：其他应当回避的情形：曾在该企业兼职（测试）");
			// the declared kind is what the portal publishes, whatever words the reason
			// holds
			assertThat(ExclusionKind.of(x.reason())).isEqualTo(ExclusionKind.OTHER);
		});
		assertThat(this.draws.reproduces(draw, plan)).isTrue();
		assertIndependentlyReproduced(plan, draw);
		assertThat(journalTypes(id)).contains("InspectionPlanAnnounced", "InspectionDrawn");

		this.mvc
			.perform(post("/api/v1/inspection/plans/" + id + "/cancellation").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"检查对象已注销（测试）\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		assertThat(this.store.draw(id)).as("the cancelled draw stays visible").isPresent();
		assertThat(this.draws.draw(id)).isFalse();
		this.mvc
			.perform(post("/api/v1/inspection/plans/" + id + "/cancellation").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"再次作废\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已作废")));

		// a new plan replaces it — once
		String replacement = plan("测试镇", 1, 2, Instant.now().plusSeconds(3600)).replace("}",
				", \"replaces\": \"" + id + "\"}");
		this.mvc
			.perform(post("/api/v1/inspection/plans").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(replacement))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.replaces").value(id.toString()));
		this.mvc
			.perform(post("/api/v1/inspection/plans").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(replacement))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已由另一计划替代")));
	}

	@Test
	void badPlansAreRefusedWithTheirReasons() throws Exception {
		Instant later = Instant.now().plusSeconds(3600);
		this.mvc
			.perform(post("/api/v1/inspection/plans").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(plan("金陵镇", 99, 2, later)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("抽取数量 99 超过符合条件的检查对象数")));
		this.mvc
			.perform(post("/api/v1/inspection/plans").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(plan("金陵镇", 1, 1, later)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("每个检查对象至少需要 2 名执法人员")));
		this.mvc
			.perform(post("/api/v1/inspection/plans").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(plan("金陵镇", 1, 2, Instant.now().minusSeconds(60))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("抽取时间必须晚于现在")));
		this.mvc
			.perform(post("/api/v1/inspection/plans").with(httpBasic("officer1", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(plan("金陵镇", 1, 2, later)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/inspection/targets")).andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/inspection/targets").with(httpBasic("clerk", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"creditCode\": \"91431128MA4N000170\", \"name\": \"x\", \"category\": \"个人\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").exists());
	}

	@Test
	void theConsolePagesShowThePlansTheDrawAndTheRegister() throws Exception {
		Plan drawn = this.store.plans().stream().filter(p -> p.status() == PlanStatus.DRAWN).findFirst().orElseThrow();
		this.mvc.perform(get("/console/inspection/plans").with(httpBasic("director", "demo")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString(drawn.number())));
		this.mvc.perform(get("/console/inspection/plans/" + drawn.id()).with(httpBasic("officer1", "demo")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("按公开输入重新计算，结果与记录一致")));
		this.mvc.perform(get("/console/inspection/targets").with(httpBasic("clerk", "demo")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("近亲属在该企业任职"),
						org.hamcrest.Matchers.containsString("执法检查人员库"),
						org.hamcrest.Matchers.containsString("否（执法证无效）"))));
		this.mvc.perform(get("/console/inspection/plans/" + UUID.randomUUID()).with(httpBasic("director", "demo")))
			.andExpect(status().isNotFound());
	}

	/**
	 * The draw repeated from the stored public inputs with the test's own SM3 and
	 * arithmetic ({@link RandomDrawTests}), the head checked against the journal's.
	 */
	private void assertIndependentlyReproduced(Plan plan, DrawResult draw) throws Exception {
		TreeHead head = this.journal.treeHead(draw.treeSize());
		assertThat(head.root()).isEqualTo(draw.treeRoot());
		assertThat(head.at()).isAfterOrEqualTo(plan.drawAt());
		List<TreeHead> earlier = this.journal.latestTreeHeads(10_000)
			.stream()
			.filter(h -> !h.at().isBefore(plan.drawAt()) && h.size() < draw.treeSize())
			.toList();
		assertThat(earlier).as("the first head at or after the draw time").isEmpty();
		byte[] seed = RandomDrawTests.jcaSm3(("sanxiang-draw-v1|" + plan.id() + "|" + plan.drawAt() + "|"
				+ draw.treeSize() + "|" + draw.treeRoot().toLowerCase())
			.getBytes(StandardCharsets.UTF_8));
		assertThat(HexFormat.of().formatHex(seed)).isEqualTo(draw.seed());
		List<String> targets = new ArrayList<>();
		for (int i : RandomDrawTests.independentSample(seed, "targets", draw.population().size(), draw.sampleSize())) {
			targets.add(draw.population().get(i));
		}
		assertThat(draw.assignments().stream().map(DrawResult.Assignment::creditCode).toList())
			.containsExactlyElementsOf(targets);
		for (DrawResult.Assignment a : draw.assignments()) {
			Set<String> excluded = draw.exclusions()
				.stream()
				.filter(x -> x.creditCode().equals(a.creditCode()))
				.map(DrawResult.Exclusion::officerId)
				.collect(Collectors.toSet());
			List<String> candidates = draw.pool().stream().filter(o -> !excluded.contains(o)).toList();
			List<String> team = RandomDrawTests
				.independentSample(seed, "inspectors/" + a.creditCode(), candidates.size(), plan.inspectorsPerTarget())
				.stream()
				.map(candidates::get)
				.toList();
			assertThat(a.inspectorIds()).as(a.creditCode()).isEqualTo(team);
		}
	}

	private List<String> journalTypes(UUID planId) {
		return this.jdbc.sql("select type from journal_entry where entry like '%' || :id || '%' order by seq")
			.param("id", planId.toString())
			.query(String.class)
			.list();
	}

	private static String plan(String area, int sample, int perTarget, Instant drawAt) {
		LocalDate today = LocalDate.now(InspectionPlans.BEIJING);
		return """
				{"title": "测试抽查计划", "itemCodes": ["JC-001"], "areas": ["%s"], "sampleSize": %d,
				 "inspectorsPerTarget": %d, "periodStart": "%s", "periodEnd": "%s", "drawAt": "%s"}""".formatted(area,
				sample, perTarget, today, today.plusDays(30), drawAt);
	}

	private static String code(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

}
