package org.sanxiang.supervision.inspection;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseStatistics;
import org.sanxiang.casework.CaseStatistics.DecidedCase;
import org.sanxiang.casework.service.LifecycleDriver;
import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Change;
import org.sanxiang.catalog.CreditCode;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Unit;
import org.sanxiang.review.MajorDecisions;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 督查 on cases made through the real licensing service and the demo's cases: the sample
 * drawn again from its recorded seed, the checklist pre-filled from each case's records,
 * checks of another agency's units refused, a finding's rectification closed only with
 * evidence, and the quarter's report. The database is shared with other tests, so the
 * fixture is checked by its own rows.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class InspectionsIntegrationTests {

	private static final String SUPERVISOR = "supervisor";

	private static final RequestPostProcessor AS_SUPERVISOR = user(SUPERVISOR).roles("SUPERVISOR");

	@Autowired
	ApplicationContext context;

	@Autowired
	Inspections inspections;

	@Autowired
	CaseRecords records;

	@Autowired
	CaseStatistics statistics;

	@Autowired
	MajorDecisions majorDecisions;

	@Autowired
	InspectionFindings findings;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void drawsTheSameSampleAgainFromTheRecordedSeedAndAScheduledCheckOnlyOnItsDay() {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		for (int n = 9301; n <= 9304; n++) {
			decided(driver, n);
		}
		LocalDate today = this.inspections.today();
		UUID first = plan("NYK", today, today, 3);
		UUID second = plan("NYK", today, today, 3);
		this.inspections.draw(first, 20261202L, SUPERVISOR);
		this.inspections.draw(second, 20261202L, SUPERVISOR);

		List<String> population = this.records.population("NYK", today, today)
			.stream()
			.map(DecidedCase::number)
			.toList();
		assertThat(population).hasSizeGreaterThanOrEqualTo(4).isSorted();
		List<String> expected = CaseSample.draw(population.size(), 20261202L, 3).stream().map(population::get).toList();
		assertThat(numbers(first)).hasSize(3).isEqualTo(expected).isEqualTo(numbers(second));
		SupervisionCheck check = this.inspections.open(first).check();
		assertThat(check.seed()).isEqualTo(20261202L);
		assertThat(check.population()).isEqualTo(population.size());
		assertThat(check.populationDigest()).isEqualTo(CaseSample.digest(population));

		Inspections.SampleVerification verification = this.inspections.verifySample(first);
		assertThat(verification.sameSample()).isTrue();
		assertThat(verification.populationUnchanged()).isTrue();
		assertThat(verification.redrawn()).isEqualTo(expected);
		// drawn once: the seed cannot be changed afterwards
		assertThatThrownBy(() -> this.inspections.draw(first, 1L, SUPERVISOR)).hasMessageContaining("不能重新抽取");
		// a scheduled check is drawn on or after its planned day, not before
		UUID scheduled = this.inspections
			.plan(new CheckForm("定期督查 NYK", "PERIODIC", "NYK", today, today, today.plusDays(7), 3), SUPERVISOR);
		assertThatThrownBy(() -> this.inspections.draw(scheduled, 1L, SUPERVISOR))
			.hasMessageContaining("计划于 " + today.plusDays(7) + " 开展，届时方可抽取样本");
		assertThat(this.inspections.open(scheduled).check().status()).isEqualTo(SupervisionCheck.Status.PLANNED);
		assertThat(this.jdbc.sql("select count(*) from journal_entry where type = 'SupervisionCheckSampled'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void prefillsEachSampledCasesChecklistFromItsRecords() {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId mine = decided(driver, 9311);
		LocalDate today = this.inspections.today();
		UUID id = plan("NYK", today, today, 50);
		this.inspections.draw(id, 7L, SUPERVISOR);
		Inspections.Details details = this.inspections.open(id);
		assertThat(details.cases()).extracting(SupervisionCheck.SampledCase::caseId).contains(mine.value());

		DecidedCase decided = this.statistics.decidedAmong(List.of(mine)).get(0);
		Map<ChecklistItem, SupervisionCheck.Point> points = points(details, mine.value());
		// decided today within 20 working days; not major; no document issued (the tests
		// leave the demo documents out); its publication is not due yet
		assertThat(points.get(ChecklistItem.DEADLINE).prefilled()).isEqualTo(Verdict.PASS);
		assertThat(points.get(ChecklistItem.DEADLINE).basis()).contains("决定日 " + today).endsWith("：按期");
		assertThat(points.get(ChecklistItem.REVIEW).prefilled()).isEqualTo(Verdict.NOT_APPLICABLE);
		assertThat(points.get(ChecklistItem.DOCUMENTS).prefilled()).isEqualTo(Verdict.FAIL);
		assertThat(points.get(ChecklistItem.DOCUMENTS).basis()).isEqualTo("缺少受理通知书、准予行政许可决定书");
		assertThat(points.get(ChecklistItem.PUBLICATION).prefilled()).isEqualTo(Verdict.NOT_APPLICABLE);
		assertThat(points.get(ChecklistItem.PUBLICATION).basis()).endsWith("未到，尚未公示");
		assertThat(points.get(ChecklistItem.RECORDING).prefilled())
			.isEqualTo(decided.recordedActs().isEmpty() ? Verdict.NOT_APPLICABLE : Verdict.FAIL);

		// the demo's major case of 投资股 (XK-001), decided after a passed legal review
		UUID tzk = plan("TZK", today.minusDays(120), today, 50);
		this.inspections.draw(tzk, 11L, SUPERVISOR);
		Inspections.Details investment = this.inspections.open(tzk);
		List<DecidedCase> majors = this.records.population("TZK", today.minusDays(120), today)
			.stream()
			.filter(DecidedCase::major)
			.toList();
		assertThat(majors).isNotEmpty();
		for (DecidedCase major : majors) {
			String opinion = this.majorDecisions.made(major.decidedOn(), major.decidedOn())
				.stream()
				.filter(d -> d.caseId().equals(major.id().value()) && d.reviewed())
				.findFirst()
				.orElseThrow()
				.opinionNumber();
			SupervisionCheck.Point review = points(investment, major.id().value()).get(ChecklistItem.REVIEW);
			assertThat(review.prefilled()).isEqualTo(Verdict.PASS);
			assertThat(review.basis()).contains(opinion);
		}
		// every stored answer is the policy's answer on the case's records
		for (SupervisionCheck.SampledCase c : investment.cases()) {
			DecidedCase d = this.statistics.decidedAmong(List.of(new CaseId(c.caseId()))).get(0);
			Map<ChecklistItem, Checklist.Answer> expected = Checklist
				.prefill(this.records.record(d, today, this.inspections.zone()));
			points(investment, c.caseId()).forEach((item, point) -> {
				assertThat(point.prefilled()).isEqualTo(expected.get(item).verdict());
				assertThat(point.basis()).isEqualTo(expected.get(item).basis());
			});
		}
	}

	@Test
	void refusesChecksOfUnitsOutsideTheSupervisorsAgency() throws Exception {
		String first17 = "12431128MB" + String.format("%07d", System.nanoTime() % 10_000_000);
		String code = first17 + CreditCode.checkCharacter(first17);
		Change change = new Change(LocalDate.of(2026, 1, 1), "测试：另一执法主体", "admin");
		this.catalog.save(EntryKind.AGENCY, new Agency(code, "新田县市场监督管理局（测试）", "新市监", "新田县（测试）", "0746-0000000",
				"https://scjg.example", "0746-0000001", "新田县（测试）", "t@scjg.example", "测试用执法主体"), change);
		String unitCode = "SJ" + code.substring(12, 17);
		this.catalog.save(EntryKind.UNIT, new Unit(unitCode, code, "执法稽查股（测试）", "测试", "0746-0000002", 99), change);

		String body = """
				{"title":"越权督查","kind":"ADHOC","unitCode":"%s","periodFrom":"2026-01-01","periodTo":"%s","sampleSize":3}"""
			.formatted(unitCode, this.inspections.today());
		this.mvc
			.perform(post("/api/v1/supervision/checks").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(AS_SUPERVISOR)
				.with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("「执法稽查股（测试）」不属于您所在的执法主体，不在您的督查范围内"));
		String page = this.mvc
			.perform(post("/console/supervision/checks").param("title", "越权督查")
				.param("kind", "ADHOC")
				.param("unitCode", unitCode)
				.param("periodFrom", "2026-01-01")
				.param("periodTo", this.inspections.today().toString())
				.param("sampleSize", "3")
				.with(AS_SUPERVISOR)
				.with(csrf()))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("不在您的督查范围内");
		assertThat(this.inspections.list()).noneMatch(c -> c.unitCode().equals(unitCode));

		// bad input: 422 with the reasons in Chinese
		this.mvc.perform(post("/api/v1/supervision/checks").contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"kind\":\"PERIODIC\",\"unitCode\":\"NYK\",\"periodFrom\":\"2026-03-01\",\"periodTo\":\"2026-02-01\"}")
			.with(AS_SUPERVISOR)
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("请填写督查名称"))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("periodTo", "scheduledOn")));
		// an administrator reads but does not check
		this.mvc
			.perform(post("/api/v1/supervision/checks").contentType(MediaType.APPLICATION_JSON)
				.content(body.replace(unitCode, "NYK"))
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void turnsAFindingIntoARectificationClosedOnlyWithEvidence() throws Exception {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId mine = decided(driver, 9321);
		LocalDate today = this.inspections.today();
		UUID id = plan("NYK", today, today, 50);
		this.inspections.draw(id, 99L, SUPERVISOR);
		String agency = this.inspections.open(id).check().agencyCode();
		// the check completes only when every sampled case's checklist is confirmed
		assertThatThrownBy(() -> this.inspections.complete(id, "结论", SUPERVISOR)).hasMessageContaining("未确认");

		// the administrator reads the checklist; only 督查 and 负责人 confirm it
		String checklist = "/console/supervision/checks/" + id + "/cases/" + mine.value();
		assertThat(this.mvc.perform(get(checklist).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("系统预填").doesNotContain("id=\"confirm\"");
		assertThat(this.mvc.perform(get(checklist).with(AS_SUPERVISOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"confirm\"");

		// overriding a pre-filled answer needs a note: nothing is saved without it
		this.mvc
			.perform(post("/api/v1/supervision/checks/" + id + "/cases/" + mine.value() + "/checklist")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"points\":{\"DEADLINE\":{\"verdict\":\"FAIL\"}},\"rectificationDue\":\""
						+ today.plusDays(10) + "\",\"owner\":\"刘思源\"}")
				.with(AS_SUPERVISOR)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("是否按期办结：改判为「不符合」（系统预填「符合」）须注明理由"));
		assertThat(points(this.inspections.open(id), mine.value()).values()).allMatch(p -> p.verdict() == null);

		// the documents point is pre-filled 不符合 (none issued); confirmed as it is, with
		// the deadline overridden to 不符合 with a note: two findings, two rectification
		// tasks
		this.mvc
			.perform(post("/api/v1/supervision/checks/" + id + "/cases/" + mine.value() + "/checklist")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"points\":{\"DEADLINE\":{\"verdict\":\"FAIL\",\"note\":\"承诺时限内未告知申请人办理进度\"},"
						+ "\"RECORDING\":{\"verdict\":\"NOT_APPLICABLE\",\"note\":\"现场核查为书面核查\"}},"
						+ "\"rectificationDue\":\"" + today.plusDays(10) + "\",\"owner\":\"刘思源\"}")
				.with(AS_SUPERVISOR)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findings.length()").value(2));
		Inspections.Details details = this.inspections.open(id);
		assertThat(details.findings()).extracting(SupervisionCheck.FindingRow::item)
			.containsExactlyInAnyOrder(ChecklistItem.DOCUMENTS, ChecklistItem.DEADLINE);
		SupervisionCheck.FindingRow deadline = details.findings()
			.stream()
			.filter(f -> f.item() == ChecklistItem.DEADLINE)
			.findFirst()
			.orElseThrow();
		assertThat(deadline.description()).contains("是否按期办结", "承诺时限内未告知申请人办理进度");
		assertThat(deadline.rectificationDue()).isEqualTo(today.plusDays(10));
		assertThat(this.findings.openRectifications(agency)).extracting(InspectionFindings.Finding::id)
			.contains(deadline.id());
		assertThat(this.findings.findings(agency, today, today)).extracting(InspectionFindings.Finding::id)
			.contains(deadline.id());

		// the ledger task: closing it without evidence is refused; with evidence it
		// closes
		UUID task = deadline.ledgerTaskId();
		this.mvc
			.perform(post("/console/supervision/ledger/" + task + "/completion").param("summary", "已整改")
				.with(AS_SUPERVISOR)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.findings.finding(deadline.id()).orElseThrow().rectified()).isFalse();
		this.mvc
			.perform(multipart("/console/supervision/ledger/" + task + "/evidence")
				.file(new MockMultipartFile("file", "整改报告.txt", "text/plain",
						"已建立办理进度告知制度".getBytes(StandardCharsets.UTF_8)))
				.with(AS_SUPERVISOR)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/console/supervision/ledger/" + task + "/completion").param("summary", "已建立办理进度告知制度")
				.with(AS_SUPERVISOR)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		InspectionFindings.Finding closed = this.findings.finding(deadline.id()).orElseThrow();
		assertThat(closed.rectified()).isTrue();
		assertThat(closed.rectifiedOn()).isEqualTo(today);
		assertThat(closed.checkTitle()).isEqualTo("测试督查 NYK");
		assertThat(this.findings.openRectifications(agency)).extracting(InspectionFindings.Finding::id)
			.doesNotContain(deadline.id());

		assertThat(this.jdbc
			.sql("select count(*) from journal_entry where type = 'SupervisionChecklistConfirmed' and case_id = ?")
			.param(mine.value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theQuarterlyReportContainsTheQuartersChecks() throws Exception {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		decided(driver, 9331);
		LocalDate today = this.inspections.today();
		UUID id = this.inspections.plan(new CheckForm("季度报告测试督查（能源股）", "ADHOC", "NYK", today, today, null, 2),
				SUPERVISOR);
		this.inspections.draw(id, 5L, SUPERVISOR);
		for (SupervisionCheck.SampledCase c : this.inspections.open(id).cases()) {
			this.inspections.confirm(id, c.caseId(), Map.of("DOCUMENTS", "NOT_APPLICABLE"),
					Map.of("DOCUMENTS", "纸质卷已核对"), today.plusDays(20), "刘思源", SUPERVISOR);
		}
		this.inspections.recordFinding(id, "能源股节能审查案卷目录不规范", today.plusDays(20), "刘思源", SUPERVISOR);
		this.inspections.complete(id, "案卷基本规范，个别问题限期整改。", SUPERVISOR);

		Quarter quarter = Quarter.of(today);
		byte[] pdf = this.mvc
			.perform(get("/console/supervision/checks/report.pdf").param("quarter", quarter.toString())
				.with(user("director").roles("DIRECTOR")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		save(pdf, "inspection-report");
		assertThat(text).contains(quarter.label() + "行政执法督查情况报告", "新田县发展和改革局", "季度报告测试督查（能源股）", "能源股节能审查案卷目录不规范",
				"随机种子5", "案卷基本规范，个别问题限期整改。");
		// the previous quarter holds none of this quarter's checks
		String previous = text(this.mvc
			.perform(get("/api/v1/supervision/checks/report.pdf").param("quarter", quarter.previous().toString())
				.with(AS_SUPERVISOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(previous).contains(quarter.previous().label()).doesNotContain("季度报告测试督查（能源股）");
		this.mvc.perform(get("/api/v1/supervision/checks/report.pdf").param("quarter", "2026-Q5").with(AS_SUPERVISOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("季度格式应为 2026-Q4"));
	}

	private UUID plan(String unit, LocalDate from, LocalDate to, int size) {
		return this.inspections.plan(new CheckForm("测试督查 " + unit, "ADHOC", unit, from, to, null, size), SUPERVISOR);
	}

	private List<String> numbers(UUID check) {
		return this.inspections.open(check).cases().stream().map(SupervisionCheck.SampledCase::caseNumber).toList();
	}

	private static Map<ChecklistItem, SupervisionCheck.Point> points(Inspections.Details details, UUID caseId) {
		Map<ChecklistItem, SupervisionCheck.Point> points = new java.util.EnumMap<>(ChecklistItem.class);
		details.pointsOf(caseId).forEach(p -> points.put(p.item(), p));
		return points;
	}

	private static CaseId decided(LifecycleDriver driver, int n) {
		CaseId id = driver.apply(n);
		for (int step = 1; step <= 5; step++) {
			driver.step(id, step);
		}
		return id;
	}

	/**
	 * The report's first page as target/screenshots/inspection-report.png, to look at.
	 */
	private static void save(byte[] pdf, String name) throws Exception {
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			java.nio.file.Path dir = java.nio.file.Files
				.createDirectories(java.nio.file.Path.of("target", "screenshots"));
			javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(loaded).renderImageWithDPI(0, 96),
					"png", dir.resolve(name + ".png").toFile());
		}
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(loaded).replaceAll("\\s", "");
		}
	}

}
