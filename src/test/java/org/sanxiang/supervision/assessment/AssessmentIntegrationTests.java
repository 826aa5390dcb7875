package org.sanxiang.supervision.assessment;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.supervision.inspection.InspectionFindings;
import org.sanxiang.support.FixedToday;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Assessment end to end on the fixed day 2026-06-01 with the demo records, a fixture
 * scheme weighing only what the fixture pins down (执法证 30, 督查 40, 台账 30) and findings of
 * 督查 supplied by {@link FixtureFindings}. Scores are checked against values computed by
 * hand from the demo catalog and ledger.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(FixedToday.class)
class AssessmentIntegrationTests {

	static final RequestPostProcessor SUPERVISOR = user("supervisor").roles("SUPERVISOR");

	static final RequestPostProcessor DIRECTOR = user("director").roles("DIRECTOR");

	static final String AGENCY = "11431128006123458Q";

	static final UUID CHECK_Q2 = UUID.fromString("00000000-0000-0000-0000-0000000000c2");

	static final UUID RECTIFIED = UUID.fromString("00000000-0000-0000-0000-000000000f01");

	static final UUID OVERDUE = UUID.fromString("00000000-0000-0000-0000-000000000f02");

	static final UUID OPEN = UUID.fromString("00000000-0000-0000-0000-000000000f03");

	static final UUID OTHER_UNIT = UUID.fromString("00000000-0000-0000-0000-000000000f04");

	static final UUID FIRST_QUARTER = UUID.fromString("00000000-0000-0000-0000-000000000f05");

	/** Findings of 督查 as the inspection sub-package would report them. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FixtureFindings {

		static final List<InspectionFindings.Finding> ALL = List.of(
				finding(RECTIFIED, "LSTK", "粮食收购企业备案未在7个工作日内公示", "2026-04-10", "2026-05-10", "2026-05-08"),
				finding(OVERDUE, "LSTK", "现场核查无音像记录", "2026-05-06", "2026-05-20", null),
				finding(OPEN, "LSTK", "执法文书未编号", "2026-05-20", "2026-06-20", null),
				finding(OTHER_UNIT, "TZK", "未出示执法证件", "2026-04-15", "2026-05-15", "2026-05-01"),
				finding(FIRST_QUARTER, "LSTK", "案卷材料不全", "2026-03-15", "2026-04-15", "2026-04-01"));

		static InspectionFindings.Finding finding(UUID id, String unit, String description, String found, String due,
				String rectified) {
			return new InspectionFindings.Finding(id, CHECK_Q2, "2026年二季度督查", unit, null, description,
					LocalDate.parse(found), LocalDate.parse(due), rectified != null,
					rectified == null ? null : LocalDate.parse(rectified));
		}

		@Bean
		@Primary
		InspectionFindings fixtureFindings() {
			return new InspectionFindings() {

				@Override
				public List<Finding> findings(String agencyCode, LocalDate from, LocalDate to) {
					return ALL.stream()
						.filter(f -> AGENCY.equals(agencyCode) && !f.foundOn().isBefore(from)
								&& !f.foundOn().isAfter(to))
						.toList();
				}

				@Override
				public Optional<Finding> finding(UUID id) {
					return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
				}

				@Override
				public List<Finding> openRectifications(String agencyCode) {
					return ALL.stream().filter(f -> !f.rectified()).toList();
				}

			};
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Assessment assessment;

	@Autowired
	JdbcClient jdbc;

	/** The fixture scheme, adopted once for this context (effective from 2026-01-01). */
	synchronized void fixtureScheme() {
		boolean adopted = this.assessment.versions(AGENCY).stream().anyMatch(s -> "fixture".equals(s.note()));
		if (!adopted) {
			Map<String, String> w = new LinkedHashMap<>(ScoringTests.weights("0", "0", "0", "30", "0", "40", "30"));
			this.assessment.adopt(AGENCY,
					new ScoringScheme.Form(LocalDate.of(2026, 1, 1), w, "10", "5", "90", "80", "60", "fixture"),
					"supervisor");
		}
	}

	@Test
	void scoresAUnitFromItsRecordsAsComputedByHand() throws Exception {
		fixtureScheme();
		UnitScore lstk = this.assessment.score(AGENCY, "LSTK", new AssessmentPeriod(2026, 2));
		// 执法证: 周丽娟's certificate expired 2022-10-31 → 0/1 → 0 × 30% = 0
		assertThat(lstk.part(ScoreComponent.CERTIFICATE).score()).isEqualByComparingTo("0");
		// 督查: 3 findings in Q2 up to 06-01, one overdue (due 05-20, open) → 100 − 30 − 5
		// = 65 × 40% = 26
		assertThat(lstk.part(ScoreComponent.FINDINGS).score()).isEqualByComparingTo("65");
		assertThat(lstk.part(ScoreComponent.FINDINGS).points()).isEqualByComparingTo("26");
		assertThat(lstk.part(ScoreComponent.FINDINGS).basis()).extracting(UnitScore.Basis::findingId)
			.containsExactly(RECTIFIED, OVERDUE, OPEN);
		// 台账: the audio/video equipment task due 05-29 is not done → 0/1 → 0
		assertThat(lstk.part(ScoreComponent.LEDGER).how()).isEqualTo("按期完成 0 / 到期 1 × 100");
		assertThat(lstk.total()).isEqualByComparingTo("26.00");
		assertThat(lstk.grade()).isEqualTo("不合格");
		assertThat(lstk.complete()).isFalse();
		assertThat(lstk.countedTo()).isEqualTo(FixedToday.TODAY);

		// 法规股 in Q1: 王晓红's certificate valid (30), no findings (40), the 实施方案 due
		// 03-31 completed 03-20 (30)
		UnitScore fgg = this.assessment.score(AGENCY, "FGG", new AssessmentPeriod(2026, 1));
		assertThat(fgg.total()).isEqualByComparingTo("100.00");
		assertThat(fgg.grade()).isEqualTo("优秀");

		String page = page(get("/console/supervision/assessment/units/LSTK").param("year", "2026")
			.param("quarter", "2")
			.with(DIRECTOR));
		assertThat(page).contains("粮食调控股 2026年第二季度考核得分", "26.00", "不合格", "100 − 3 个问题 × 10 − 1 个整改逾期 × 5",
				"/console/supervision/checks/" + CHECK_Q2, "/console/supervision/kpi/certificate?from=2026-04-01",
				"/console/supervision/ledger/", "现场核查无音像记录", "整改逾期（期限 2026-05-20）");
		String table = page(
				get("/console/supervision/assessment").param("year", "2026").param("quarter", "1").with(SUPERVISOR));
		assertThat(table).contains("id=\"scores\"", "法规股", "100.00", "2026年第一季度");
	}

	@Test
	void theDemoSchemeAndLastQuartersScoresShowWithoutAnyInput() throws Exception {
		assertThat(this.assessment.versions(AGENCY)).anyMatch(s -> s.version() == 1 && s.adoptedBy().equals("system"));
		String page = page(get("/console/supervision/assessment").with(SUPERVISOR));
		assertThat(page).contains("2026年第一季度", "id=\"scores\"", "投资股", "粮食调控股", "总分", "等次");
		assertThat(this.jdbc.sql("select count(*) from journal_entry where type = 'AssessmentSchemeAdopted'")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void refusesASchemeWhoseWeightsDoNotSumToOneHundredWithAChineseMessageAndKeepsNothing() throws Exception {
		int before = this.assessment.versions(AGENCY).size();
		MockHttpServletRequestBuilder form = post("/console/supervision/assessment/scheme")
			.param("weight.on-time", "20")
			.param("weight.review", "15")
			.param("weight.recording", "15")
			.param("weight.certificate", "10")
			.param("weight.complaint-on-time", "10")
			.param("weight.findings", "20")
			.param("weight.ledger", "5")
			.param("findingPoints", "5")
			.param("overduePoints", "5")
			.param("excellentFrom", "90")
			.param("goodFrom", "80")
			.param("passFrom", "60")
			.param("effectiveFrom", "2027-01-01")
			.with(SUPERVISOR)
			.with(csrf());
		String page = this.mvc.perform(form)
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("各项权重之和必须正好等于 100%，现为 95%，相差 5 个百分点", "value=\"5\"");
		this.mvc
			.perform(post("/api/v1/supervision/assessment/schemes").contentType(MediaType.APPLICATION_JSON)
				.with(csrf())
				.content(
						"""
								{"effectiveFrom":"2027-01-01","weights":{"on-time":20,"review":15,"recording":15,"certificate":10,
								 "complaint-on-time":10,"findings":20,"ledger":10.5},"findingPoints":5,"overduePoints":5,
								 "excellentFrom":90,"goodFrom":80,"passFrom":60}""")
				.with(SUPERVISOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", containsString("problem+json")))
			.andExpect(jsonPath("$.detail").value("各项权重之和必须正好等于 100%，现为 100.5%，相差 0.5 个百分点"));
		assertThat(this.assessment.versions(AGENCY)).hasSize(before);
	}

	@Test
	void adoptsANewSchemeVersionFromTheConsoleJournaledWhileEarlierVersionsStayAsTheyWere() throws Exception {
		ScoringScheme first = this.assessment.versions(AGENCY)
			.stream()
			.filter(s -> s.version() == 1)
			.findFirst()
			.orElseThrow();
		String page = page(get("/console/supervision/assessment/scheme").with(DIRECTOR));
		assertThat(page).contains("现行方案", "第 1 版", "制定新版本", "name=\"weight.on-time\"");
		this.mvc
			.perform(post("/console/supervision/assessment/scheme").param("weight.on-time", "25")
				.param("weight.review", "15")
				.param("weight.recording", "15")
				.param("weight.certificate", "5")
				.param("weight.complaint-on-time", "10")
				.param("weight.findings", "20.5")
				.param("weight.ledger", "9.5")
				.param("findingPoints", "5")
				.param("overduePoints", "5")
				.param("excellentFrom", "90")
				.param("goodFrom", "80")
				.param("passFrom", "60")
				.param("effectiveFrom", "2027-01-01")
				.param("note", "2027年起加重按期办结")
				.with(DIRECTOR)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		ScoringScheme latest = this.assessment.versions(AGENCY).get(0);
		assertThat(latest.weight(ScoreComponent.FINDINGS)).isEqualByComparingTo("20.5");
		assertThat(latest.effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(this.assessment.versions(AGENCY)).filteredOn(s -> s.version() == 1)
			.singleElement()
			.satisfies(s -> assertThat(s.weights()).isEqualTo(first.weights()));
		assertThat(this.jdbc
			.sql("select count(*) from journal_entry where type = 'AssessmentSchemeAdopted' and entry like ?")
			.param("%" + latest.id() + "%")
			.query(Integer.class)
			.single()).isEqualTo(1);
		// not yet in force: this year's periods keep their version
		assertThat(this.assessment.inForce(AGENCY, FixedToday.TODAY)).get()
			.extracting(ScoringScheme::version)
			.isNotEqualTo(latest.version());
		this.mvc
			.perform(post("/console/supervision/assessment/scheme").param("weight.on-time", "100")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesWeightsAndScoresPeriodsOutOfRange() throws Exception {
		this.mvc
			.perform(post("/api/v1/supervision/assessment/schemes").contentType(MediaType.APPLICATION_JSON)
				.with(csrf())
				.content(
						"""
								{"effectiveFrom":"2027-01-01","weights":{"on-time":120,"review":-20,"recording":0,"certificate":0,
								 "complaint-on-time":0,"findings":0,"ledger":0},"findingPoints":5,"overduePoints":5,
								 "excellentFrom":90,"goodFrom":80,"passFrom":60}""")
				.with(DIRECTOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("按期办结率的权重须在 0 至 100 之间，“120”超出范围"))
			.andExpect(jsonPath("$.errors[1].message").value("法制审核覆盖率的权重须在 0 至 100 之间，“-20”超出范围"));
		this.mvc
			.perform(get("/api/v1/supervision/assessment/scores").param("year", "2026")
				.param("quarter", "5")
				.with(SUPERVISOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("季度只能是 1 至 4（年度考核不填季度）"));
		this.mvc
			.perform(get("/api/v1/supervision/assessment/scores").param("year", "2026")
				.param("quarter", "3")
				.with(SUPERVISOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("2026年第三季度尚未开始，不能计算得分"));
		assertThat(page(
				get("/console/supervision/assessment").param("year", "2026").param("quarter", "9").with(SUPERVISOR),
				400))
			.contains("季度只能是 1 至 4");
		// the database refuses what the checks would have refused
		assertThatThrownBy(() -> this.jdbc.sql(
				"insert into supervision_assessment_weight (scheme_id, component, weight, position) values (?, 'ledger', 101, 0)")
			.param(UUID.randomUUID())
			.update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void recordsAnAccountabilityLinkedToAFindingAndThenRefusesToCommendThatUnitThatYear() throws Exception {
		fixtureScheme();
		// no basis at all: refused
		this.mvc
			.perform(post("/console/supervision/assessment/records").param("unitCode", "LSTK")
				.param("year", "2026")
				.param("quarter", "2")
				.param("measure", "DISQUALIFIED")
				.param("reason", "整改逾期")
				.with(SUPERVISOR)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("问责须关联督查发现问题或考核得分")));
		// a finding of another unit: refused
		assertThatThrownBy(() -> this.assessment.record(
				new Assessment.OutcomeForm(AGENCY, "LSTK", "CRITICISM", 2026, 2, "通报", false, List.of(OTHER_UNIT)),
				"supervisor"))
			.isInstanceOfSatisfying(InputRejected.class,
					ex -> assertThat(ex.firstMessage()).isEqualTo("“未出示执法证件”不是粮食调控股的问题"));

		this.mvc
			.perform(post("/console/supervision/assessment/records").param("unitCode", "LSTK")
				.param("year", "2026")
				.param("quarter", "2")
				.param("measure", "DISQUALIFIED")
				.param("reason", "现场核查无音像记录，整改逾期未完成")
				.param("findingIds", OVERDUE.toString())
				.with(DIRECTOR)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Outcome outcome = this.assessment.outcomes(AGENCY, 2026)
			.stream()
			.filter(o -> o.measure() == Measure.DISQUALIFIED)
			.findFirst()
			.orElseThrow();
		assertThat(outcome.findings()).extracting(Outcome.LinkedFinding::id).containsExactly(OVERDUE);
		assertThat(outcome.reason()).isEqualTo("现场核查无音像记录，整改逾期未完成");
		assertThat(this.jdbc
			.sql("select count(*) from journal_entry where type = 'AccountabilityRecorded' and entry like ?")
			.param("%" + outcome.id() + "%")
			.query(Integer.class)
			.single()).isEqualTo(1);
		String page = page(get("/console/supervision/assessment/units/LSTK").param("year", "2026")
			.param("quarter", "2")
			.with(SUPERVISOR));
		assertThat(page).contains("问责：取消本年度评优评先资格",
				"依据督查发现问题：<a href=\"/console/supervision/checks/" + CHECK_Q2 + "\">现场核查无音像记录</a>");
		this.mvc.perform(get("/api/v1/supervision/assessment/records/" + outcome.id()).with(SUPERVISOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measureLabel").value("取消本年度评优评先资格"))
			.andExpect(jsonPath("$.findings[0].id").value(OVERDUE.toString()))
			.andExpect(jsonPath("$.findings[0].checkId").value(CHECK_Q2.toString()));

		// the same measure twice: a conflict; a commendation that year: refused
		assertThatThrownBy(() -> this.assessment.record(
				new Assessment.OutcomeForm(AGENCY, "LSTK", "DISQUALIFIED", 2026, null, "重复", false, List.of(OPEN)),
				"supervisor"))
			.isInstanceOfSatisfying(InputRejected.class,
					ex -> assertThat(ex.kind()).isEqualTo(InputRejected.Kind.CONFLICT));
		this.mvc
			.perform(post("/api/v1/supervision/assessment/records").contentType(MediaType.APPLICATION_JSON)
				.with(csrf())
				.content("""
						{"unitCode":"LSTK","measure":"PRAISE","year":2026,"quarter":1,"reason":"表扬","onScore":true}""")
				.with(SUPERVISOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("已被取消2026年度评优评先资格")));
	}

	@Test
	void commendsOnlyOnAnExcellentScoreOfAFinishedPeriodAndKeepsTheScoreItRestedOn() throws Exception {
		fixtureScheme();
		this.mvc
			.perform(post("/api/v1/supervision/assessment/records").contentType(MediaType.APPLICATION_JSON)
				.with(csrf())
				.content("""
						{"unitCode":"FGG","measure":"PRAISE","year":2026,"quarter":2,"reason":"表扬","onScore":true}""")
				.with(SUPERVISOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("2026年第二季度尚未结束")));
		this.mvc.perform(post("/api/v1/supervision/assessment/records").contentType(MediaType.APPLICATION_JSON)
			.with(csrf())
			.content("""
					{"unitCode":"FGG","measure":"PRAISE","year":2026,"quarter":1,"reason":"三项制度落实到位","onScore":true}""")
			.with(SUPERVISOR))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.score").value(100.0))
			.andExpect(jsonPath("$.grade").value("优秀"))
			.andExpect(jsonPath("$.kind").value("COMMENDATION"));
		this.mvc.perform(post("/api/v1/supervision/assessment/records").contentType(MediaType.APPLICATION_JSON)
			.with(csrf())
			.content(
					"""
							{"unitCode":"TZK","measure":"ADVANCED_UNIT","year":2026,"quarter":1,"reason":"x","onScore":false}""")
			.with(SUPERVISOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("表彰奖励须以该单位的考核得分为依据"));
		// 粮食调控股 in Q1: 0 × 30% + (100 − 10) × 40% + no task due (100) × 30% = 66
		assertThat(this.assessment.score(AGENCY, "LSTK", new AssessmentPeriod(2026, 1)).total())
			.isEqualByComparingTo("66.00");
		this.mvc
			.perform(post("/api/v1/supervision/assessment/records").contentType(MediaType.APPLICATION_JSON)
				.with(csrf())
				.content("""
						{"unitCode":"FGG","measure":"PRAISE","year":2026,"quarter":1,"reason":"x","onScore":true}""")
				.with(user("officer1").roles("OFFICER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void exportsTheScoreTableToExcelWithTheSameNumbers() throws Exception {
		fixtureScheme();
		byte[] xlsx = this.mvc
			.perform(get("/console/supervision/assessment/scores.xlsx").param("year", "2026")
				.param("quarter", "1")
				.with(SUPERVISOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", AssessmentWorkbook.MEDIA_TYPE))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Assessment.ScoreTable table = this.assessment.scores(AGENCY, new AssessmentPeriod(2026, 1));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheet("得分");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2026年第一季度");
			int last = ScoreComponent.values().length + 2;
			for (int i = 0; i < table.scores().size(); i++) {
				Row row = sheet.getRow(i + 2);
				UnitScore s = table.scores().get(i);
				assertThat(row.getCell(1).getStringCellValue()).isEqualTo(s.unitCode());
				assertThat(row.getCell(last).getNumericCellValue()).isEqualTo(s.total().doubleValue());
				assertThat(row.getCell(last + 1).getStringCellValue()).isEqualTo(s.grade());
			}
			assertThat(book.getSheet("计分说明").getRow(1).getCell(5).getStringCellValue()).isNotBlank();
		}
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return page(request, 200);
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return this.mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

}
