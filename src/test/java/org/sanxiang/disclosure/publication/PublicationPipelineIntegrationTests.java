package org.sanxiang.disclosure.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.casework.ItemVersion;
import org.sanxiang.catalog.CreditCode;
import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.disclosure.PublicationTimeliness;
import org.sanxiang.disclosure.PublishedDecisions;
import org.sanxiang.documents.DocumentIssued;
import org.sanxiang.identity.Role;
import org.sanxiang.journal.Journal;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.PersonalData;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The publication pipeline on PostgreSQL: decisions of cases made up for each test (their
 * snapshot as casework would give it), and the demo cases casework decided at start-up.
 * Rows stay (the history is append-only): every test makes its own parties.
 */
@SanxiangIntegrationTest
class PublicationPipelineIntegrationTests {

	static final String AGENCY = "11431128006123458Q";

	static final Actor DIRECTOR = Actor.staff("director", "赵志刚（示例）", Role.DIRECTOR);

	static final Actor CLERK = Actor.staff("clerk", "李静（示例）", Role.CLERK);

	private static final AtomicInteger cases = new AtomicInteger();

	@Autowired
	PublicationPipeline pipeline;

	@Autowired
	JdbcPublications publications;

	@Autowired
	JdbcPublicationSettings settings;

	@Autowired
	PublishedDecisions decisions;

	@Autowired
	PublicationSweep sweep;

	@Autowired
	PublicationTimeliness timeliness;

	@Autowired
	Journal journal;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyDemoDecisionGotItsPublicationInTheDecidingTransactionWaitingForItsDocument() {
		// the archived case's publication is also withdrawn by another test of this class
		Publication archived = demo("新田县示例新能源有限公司");
		assertThat(archived.action()).isEqualTo("准予许可");
		assertThat(archived.documentTitle()).isEqualTo("准予行政许可决定书");
		assertThat(archived.licenceCategory()).isEqualTo("其他");
		assertThat(archived.authority()).isEqualTo("新田县发展和改革局");
		assertThat(archived.authorityCode()).isEqualTo(AGENCY);
		assertThat(archived.partyCategory()).isEqualTo("法人及非法人组织");
		assertThat(archived.certificateNumber()).isEqualTo("新发改能审〔2026〕101号");
		assertThat(archived.dueOn()).isEqualTo(this.pipeline.deadlines().publishBy(archived.decidedOn()));
		// the test profile makes the demo cases without their documents: 待文书
		Publication delivered = demo("新田县示例城市建设有限公司");
		assertThat(delivered.status()).isEqualTo(PublicationStatus.PENDING);
		assertThat(delivered.documentNumber()).isNull();
		assertThat(delivered.licenceCategory()).isEqualTo("核准");
		assertThat(this.publications.find(delivered.id()).orElseThrow().source()).isEqualTo("CaseDecided");
	}

	@Test
	void creationIsIdempotentOnCaseAndSource() {
		CaseSnapshot c = organisation("新田县幂等测试有限公司");
		PublicationPipeline.Decision d = grant(c, today().minusDays(1));
		UUID first = this.pipeline.create(c, d);
		UUID again = this.pipeline.create(c, d);
		assertThat(again).isEqualTo(first);
		assertThat(this.publications.ofCase(c.id().value())).hasSize(1);
	}

	@Test
	void aGrantCarriesTheLegalRepresentativeAndNamesItsDecisionDocumentAsTheLicence() {
		CaseSnapshot bare = organisation("新田县法定代表人公示测试有限公司");
		CaseSnapshot.ApplicantDetails a = bare.applicantDetails();
		CaseSnapshot c = new CaseSnapshot(bare.id(), bare.number(), bare.item(), bare.agencyCode(), bare.applicant(),
				bare.state(), bare.stateCode(), bare.officerIds(), null, null, false, null, null, List.of(), List.of(),
				List.of(), List.of(), null, new CaseSnapshot.ApplicantDetails(a.kind(), a.name(), a.creditCode(),
						a.contactName(), a.contactPhone(), a.address(), "周法人"),
				bare.licence());
		UUID id = this.pipeline.create(c, grant(c, today().minusDays(1)));
		Publication p = staff(id);
		assertThat(p.legalRepresentative()).isEqualTo("周法人");
		assertThat(p.certificateName()).isEqualTo("准予行政许可决定书");
		assertThat(p.certificateNumber()).isEqualTo(c.licence().number());

		CaseSnapshot refused = person("王法代不予测试");
		UUID refusal = this.pipeline.create(refused, refusal(refused, today().minusDays(1)));
		assertThat(staff(refusal).legalRepresentative()).isNull();
		assertThat(staff(refusal).certificateName()).isNull();
		// an organisation that named none (the details without a representative) has none
		CaseSnapshot plain = organisation("新田县未填法定代表人测试有限公司");
		assertThat(staff(this.pipeline.create(plain, grant(plain, today().minusDays(1)))).legalRepresentative())
			.isNull();
	}

	@Test
	void theDecisionDocumentGivesItsNumberAndOneApprovalByADirectorPublishesIt() {
		CaseSnapshot c = organisation("新田县文书号测试有限公司");
		UUID id = this.pipeline.create(c, grant(c, today().minusDays(1)));
		assertThatThrownBy(() -> this.pipeline.publish(id, DIRECTOR)).isInstanceOf(InputRejected.class)
			.hasMessageContaining("待文书");

		this.pipeline.documentIssued(issued(c, "licence-grant", "新发改许〔2026〕9001号"));
		Publication awaiting = staff(id);
		assertThat(awaiting.status()).isEqualTo(PublicationStatus.AWAITING_APPROVAL);
		assertThat(awaiting.documentNumber()).isEqualTo("新发改许〔2026〕9001号");
		assertThat(this.decisions.find(id)).isEmpty();

		assertThatThrownBy(() -> this.pipeline.publish(id, CLERK)).isInstanceOf(AccessDeniedException.class);
		Publication published = this.pipeline.publish(id, DIRECTOR);
		assertThat(published.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(published.disclosureUntil()).isEqualTo(c.licence().validTo().plusYears(1));
		assertThat(published.journalSeq()).isNotNull();
		assertThat(this.journal.entry(published.journalSeq()).orElseThrow().type()).isEqualTo("PublicationPublished");
		assertThat(this.decisions.find(id)).isPresent();
		assertThat(this.decisions.history(id)).extracting("change").containsExactly("公示");
		// a second document of the same template has no publication waiting for it
		this.pipeline.documentIssued(issued(c, "licence-grant", "新发改许〔2026〕9002号"));
		assertThat(staff(id).documentNumber()).isEqualTo("新发改许〔2026〕9001号");
	}

	@Test
	void anAgencyThatPublishesAutomaticallyPublishesOnceTheDocumentIsIssued() {
		PublicationSettings before = this.settings.of(AGENCY);
		try {
			this.settings.save(new PublicationSettings(AGENCY, true, false, 1, 5, 1, 3), "director");
			CaseSnapshot c = organisation("新田县自动公示测试有限公司");
			UUID id = this.pipeline.create(c, grant(c, today().minusDays(2)));
			assertThat(staff(id).status()).isEqualTo(PublicationStatus.PENDING);
			this.pipeline.documentIssued(issued(c, "licence-grant", "新发改许〔2026〕9011号"));
			assertThat(staff(id).status()).isEqualTo(PublicationStatus.PUBLISHED);
			assertThat(this.publications.find(id).orElseThrow().publishedBy()).isEqualTo("system");
		}
		finally {
			this.settings.save(before, "director");
		}
	}

	@Test
	void theSweepPublishesAndWithdrawsOnlyForAnAgencyThatPublishesAutomatically() {
		CaseSnapshot waiting = organisation("新田县定时公示测试有限公司");
		UUID complete = this.pipeline.create(waiting, grant(waiting, today().minusDays(1)));
		this.pipeline.documentIssued(issued(waiting, "licence-grant", "新发改许〔2026〕9071号"));
		CaseSnapshot revoked = organisation("新田县定时撤回测试有限公司");
		UUID original = publishedGrant(revoked, "新发改许〔2026〕9072号");
		this.pipeline.create(revoked,
				new PublicationPipeline.Decision(revoked.id(), "撤回", "LicenceChanged:撤回:" + today(), today(),
						"所依据的规划已修改", "行政许可法 第八条", null, "director", Instant.now(), true));

		this.sweep.sweep();
		assertThat(staff(complete).status()).isEqualTo(PublicationStatus.AWAITING_APPROVAL);
		assertThat(staff(original).status()).isEqualTo(PublicationStatus.PUBLISHED);

		PublicationSettings before = this.settings.of(AGENCY);
		try {
			this.settings.save(new PublicationSettings(AGENCY, true, false, 1, 5, 1, 3), "director");
			assertThat(this.sweep.sweep()).isGreaterThanOrEqualTo(2);
		}
		finally {
			this.settings.save(before, "director");
		}
		assertThat(staff(complete).status()).isEqualTo(PublicationStatus.PUBLISHED);
		Publication withdrawn = staff(original);
		assertThat(withdrawn.status()).isEqualTo(PublicationStatus.WITHDRAWN);
		assertThat(withdrawn.withdrawalReason()).contains("依法撤回", "第八条", "所依据的规划已修改");
		assertThat(this.publications.find(original).orElseThrow().withdrawalPending()).isNull();
	}

	@Test
	void theRefusalOfANaturalPersonIsHeldBackUnlessTheAgencyPublishesThem() {
		CaseSnapshot person = person("欧阳示例");
		UUID id = this.pipeline.create(person, refusal(person, today().minusDays(1)));
		PublicationRecord held = this.publications.find(id).orElseThrow();
		assertThat(held.publication().status()).isEqualTo(PublicationStatus.HELD_BACK);
		assertThat(held.heldBackReason()).startsWith("个人隐私").contains("GS-5");
		assertThat(held.publication().partyCreditCode()).isNull();
		assertThat(this.decisions.find(id)).isEmpty();

		CaseSnapshot company = organisation("新田县不予许可测试有限公司");
		UUID refused = this.pipeline.create(company, refusal(company, today().minusDays(1)));
		assertThat(staff(refused).status()).isEqualTo(PublicationStatus.PENDING);
		assertThat(staff(refused).documentTitle()).isEqualTo("不予行政许可决定书");
		assertThat(staff(refused).certificateNumber()).isNull();

		PublicationSettings before = this.settings.of(AGENCY);
		try {
			this.settings.save(new PublicationSettings(AGENCY, false, true, 1, 5, 1, 3), "director");
			CaseSnapshot another = person("司马示例");
			assertThat(staff(this.pipeline.create(another, refusal(another, today()))).status())
				.isEqualTo(PublicationStatus.PENDING);
		}
		finally {
			this.settings.save(before, "director");
		}
	}

	@Test
	void aDirectorHoldsBackWithAGroundAndAReasonAndABlankReasonIsRefused() {
		CaseSnapshot c = organisation("新田县商业秘密测试有限公司");
		UUID id = this.pipeline.create(c, grant(c, today()));
		assertThatThrownBy(() -> this.pipeline.holdBack(id, "商业秘密", "  ", DIRECTOR))
			.isInstanceOfSatisfying(InputRejected.class, ex -> assertThat(ex.kind().status()).isEqualTo(422));
		assertThatThrownBy(() -> this.pipeline.holdBack(id, "不想公开", "理由", DIRECTOR)).isInstanceOf(InputRejected.class);
		assertThatThrownBy(() -> this.pipeline.holdBack(id, "商业秘密", "理由", CLERK))
			.isInstanceOf(AccessDeniedException.class);
		Publication held = this.pipeline.holdBack(id, "商业秘密", "许可内容含申请人的工艺参数", DIRECTOR);
		assertThat(held.status()).isEqualTo(PublicationStatus.HELD_BACK);
		assertThat(this.publications.find(id).orElseThrow().heldBackReason()).isEqualTo("商业秘密：许可内容含申请人的工艺参数");
		assertThat(this.publications.history(id)).extracting(JdbcPublications.HistoryRow::change).contains("不予公开");
	}

	@Test
	void aRevocationAsksForTheOriginalsWithdrawalWithinThreeWorkingDaysAndTheNoticeStaysVisibleAsWithdrawn() {
		CaseSnapshot c = organisation("新田县撤销测试有限公司");
		UUID original = publishedGrant(c, "新发改许〔2026〕9021号");
		LocalDate revokedOn = today();
		UUID revocation = this.pipeline.create(c,
				new PublicationPipeline.Decision(c.id(), "撤销", "LicenceChanged:撤销:" + revokedOn, revokedOn,
						"申请人以欺骗手段取得许可，联系人王小明，电话13912345678", "行政许可法 第六十九条", null, "director", Instant.now(), true));

		PublicationRecord pending = this.publications.find(original).orElseThrow();
		assertThat(pending.publication().status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(pending.publication().currentStatus()).isEqualTo("无效");
		assertThat(pending.withdrawalDueOn()).isEqualTo(this.pipeline.deadlines().withdrawBy(revokedOn));
		assertThat(pending.withdrawalPending()).contains("依法撤销", "第六十九条").doesNotContain("13912345678", "王小明");
		assertThat(PersonalData.looksPersonal(pending.withdrawalPending())).isFalse();
		assertThat(staff(revocation).action()).isEqualTo("撤销");
		assertThat(staff(revocation).documentTitle()).isEqualTo("撤销行政许可决定书");

		assertThatThrownBy(() -> this.pipeline.withdraw(original, null, " ", DIRECTOR))
			.isInstanceOfSatisfying(InputRejected.class, ex -> assertThat(ex.kind().status()).isEqualTo(422));
		assertThatThrownBy(() -> this.pipeline.withdraw(original, null, "说明", CLERK))
			.isInstanceOf(AccessDeniedException.class);
		Publication withdrawn = this.pipeline.withdraw(original, "许可被撤回、撤销或者注销", pending.withdrawalPending(), DIRECTOR);
		assertThat(withdrawn.status()).isEqualTo(PublicationStatus.WITHDRAWN);
		assertThat(withdrawn.disclosureUntil()).isEqualTo(today().plusYears(3));
		assertThat(this.publications.find(original).orElseThrow().withdrawalPending()).isNull();

		Publication seen = this.decisions.find(original).orElseThrow();
		assertThat(seen.status()).isEqualTo(PublicationStatus.WITHDRAWN);
		assertThat(seen.withdrawalReason()).startsWith("许可被撤回、撤销或者注销：该许可已于");
		assertThat(this.decisions.history(original)).extracting("change").containsExactly("公示", "撤回");
		assertThat(this.decisions.history(original).get(1).note()).isEqualTo(seen.withdrawalReason());
		// the withdrawal is done: it leaves the list of withdrawals to do
		assertThat(this.publications.withdrawalsPending(1000)).extracting(PublicationRecord::id)
			.doesNotContain(original);
		assertThatThrownBy(() -> this.pipeline.withdraw(original, null, "再次撤回", DIRECTOR))
			.isInstanceOfSatisfying(InputRejected.class, ex -> assertThat(ex.kind().status()).isEqualTo(409));
	}

	@Test
	void aChangeCorrectsTheOriginalsValidityWithAPublicHistoryRowAndGetsItsOwnPublication() {
		CaseSnapshot c = organisation("新田县变更测试有限公司");
		UUID original = publishedGrant(c, "新发改许〔2026〕9031号");
		LocalDate newEnd = c.licence().validTo().plusYears(1);
		UUID change = this.pipeline.create(c,
				new PublicationPipeline.Decision(c.id(), "变更", "LicenceChanged:变更:" + today(), today(), "变更建设规模为60兆瓦",
						"行政许可法 第四十九条", newEnd, "director", Instant.now(), true));

		Publication corrected = this.decisions.find(original).orElseThrow();
		assertThat(corrected.validTo()).isEqualTo(newEnd);
		assertThat(corrected.currentStatus()).isEqualTo("有效");
		assertThat(corrected.disclosureUntil()).isEqualTo(newEnd.plusYears(1));
		assertThat(this.decisions.history(original)).extracting("change").containsExactly("公示", "更正");
		assertThat(this.decisions.history(original).get(1).note()).contains("变更", "有效期至 " + newEnd);
		assertThat(staff(change).validTo()).isEqualTo(newEnd);
		assertThat(staff(change).documentTitle()).isEqualTo("准予变更行政许可决定书");

		// a 负责人 corrects with a public explanation; a blank one is refused
		assertThatThrownBy(() -> this.pipeline.correct(original, "有效", newEnd, null, "", DIRECTOR))
			.isInstanceOfSatisfying(InputRejected.class, ex -> assertThat(ex.kind().status()).isEqualTo(422));
		assertThatThrownBy(() -> this.pipeline.correct(original, "失效", newEnd, null, "说明", DIRECTOR))
			.isInstanceOf(InputRejected.class);
		this.pipeline.correct(original, "有效", newEnd, "经办人李小红，手机13700001111", "备注更正", DIRECTOR);
		assertThat(this.decisions.find(original).orElseThrow().remarks()).isEqualTo("经办人李**，手机137****1111");
	}

	@Test
	void aPublicationLeavesThePublicListsWhenItsDisclosurePeriodEndsButStaysInTheRecords() {
		CaseSnapshot c = organisation("新田县期满测试有限公司", LocalDate.of(2021, 1, 4), LocalDate.of(2022, 1, 4));
		UUID id = this.pipeline.create(c, grant(c, LocalDate.of(2021, 1, 4)));
		this.pipeline.documentIssued(issued(c, "licence-grant", "新发改许〔2021〕9041号"));
		Publication published = this.pipeline.publish(id, DIRECTOR);
		assertThat(published.disclosureUntil()).isEqualTo(LocalDate.of(2023, 1, 4));
		assertThat(this.decisions.find(id)).isEmpty();
		assertThat(this.publications.find(id)).get()
			.extracting(r -> r.publication().status())
			.isEqualTo(PublicationStatus.PUBLISHED);
	}

	@Test
	void freeTextIsMaskedWhenThePublicationIsMade() {
		CaseSnapshot c = organisation("新田县脱敏测试有限公司");
		UUID id = this.pipeline.create(c,
				new PublicationPipeline.Decision(c.id(), "准予许可", "CaseDecided", today(),
						"准予新田县脱敏测试有限公司的申请。委托代理人张大伟（身份证11010519491231002X，手机13812345678，账号6222021234567890128）", null,
						null, "director", Instant.now(), true));
		String content = staff(id).content();
		assertThat(content).contains("新田县脱敏测试有限公司", "张**", "110*************2X", "138****5678", "6222***********0128");
		assertThat(PersonalData.looksPersonal(content)).isFalse();
	}

	@Test
	void withdrawalAndCorrectionStillWorkOnTheArchivedDemoCase() {
		Publication archived = demo("新田县示例新能源有限公司");
		if (archived.status() == PublicationStatus.PENDING) {
			this.pipeline.documentIssued(new DocumentIssued(UUID.randomUUID(), new CaseId(archived.caseId()),
					"新发改许〔2026〕9051号", "licence-grant", 1, "准予行政许可决定书", archived.decidedOn(), "0".repeat(64), 1,
					"clerk", Instant.now()));
			this.pipeline.publish(archived.id(), DIRECTOR);
		}
		this.pipeline.correct(archived.id(), "有效", archived.validTo(), null, "更正许可编号的书写格式", DIRECTOR);
		Publication withdrawn = this.pipeline.withdraw(archived.id(), "决定被确认违法", "经行政复议确认该决定违法", DIRECTOR);
		assertThat(withdrawn.status()).isEqualTo(PublicationStatus.WITHDRAWN);
		assertThat(this.decisions.history(archived.id())).extracting("change").containsExactly("公示", "更正", "撤回");
	}

	@Test
	void timelinessCountsWhatWasPublishedByItsDueDate() {
		String item = "XK-T" + String.format("%03d", cases.incrementAndGet());
		LocalDate decided = today().minusDays(40);
		CaseSnapshot onTime = organisation("新田县及时测试有限公司", item);
		UUID first = this.pipeline.create(onTime, grant(onTime, decided));
		this.pipeline.documentIssued(issued(onTime, "licence-grant", "新发改许〔2026〕9061号"));
		ZoneId china = ZoneId.of("Asia/Shanghai");
		this.pipeline.publish(first, DIRECTOR,
				Clock.fixed(decided.plusDays(1).atTime(10, 0).atZone(china).toInstant(), china));
		CaseSnapshot late = organisation("新田县逾期测试有限公司", item);
		UUID second = this.pipeline.create(late, grant(late, decided));
		this.pipeline.documentIssued(issued(late, "licence-grant", "新发改许〔2026〕9062号"));
		this.pipeline.publish(second, DIRECTOR);
		CaseSnapshot open = organisation("新田县未公示测试有限公司", item);
		this.pipeline.create(open, grant(open, decided));

		YearMonth month = YearMonth.from(this.pipeline.deadlines().publishBy(decided));
		PublicationTimeliness.Figure figure = this.timeliness.publications(month, month)
			.stream()
			.filter(f -> f.itemCode().equals(item))
			.findFirst()
			.orElseThrow();
		assertThat(figure.due()).isEqualTo(3);
		assertThat(figure.onTime()).isEqualTo(1);
		assertThat(figure.late()).isEqualTo(1);
		assertThat(figure.open()).isEqualTo(1);
		assertThat(figure.rate()).isEqualTo(1.0 / 3);
	}

	// --- helpers ---

	private LocalDate today() {
		return this.pipeline.today();
	}

	private Publication demo(String party) {
		return this.jdbc.sql("select id from disclosure_publication where party_name = :party and action = '准予许可'")
			.param("party", party)
			.query(UUID.class)
			.optional()
			.flatMap(this.publications::find)
			.orElseThrow(() -> new AssertionError("no publication for the demo case of " + party))
			.publication();
	}

	private Publication staff(UUID id) {
		return this.publications.find(id).orElseThrow().publication();
	}

	private UUID publishedGrant(CaseSnapshot c, String number) {
		UUID id = this.pipeline.create(c, grant(c, today().minusDays(3)));
		this.pipeline.documentIssued(issued(c, "licence-grant", number));
		this.pipeline.publish(id, DIRECTOR);
		return id;
	}

	static PublicationPipeline.Decision grant(CaseSnapshot c, LocalDate on) {
		return new PublicationPipeline.Decision(c.id(), "准予许可", "CaseDecided", on, "准予通过节能审查", null, null, "director",
				Instant.now(), true);
	}

	static PublicationPipeline.Decision refusal(CaseSnapshot c, LocalDate on) {
		return new PublicationPipeline.Decision(c.id(), "不予许可", "CaseDecided", on, "项目能效水平不符合要求", "行政许可法 第三十八条", null,
				"director", Instant.now(), true);
	}

	static DocumentIssued issued(CaseSnapshot c, String template, String number) {
		return new DocumentIssued(UUID.randomUUID(), c.id(), number, template, 1,
				PublicationPipeline.TITLES.entrySet()
					.stream()
					.filter(e -> PublicationPipeline.TEMPLATES.get(e.getKey()).equals(template))
					.findFirst()
					.orElseThrow()
					.getValue(),
				LocalDate.now(), "0".repeat(64), 1, "clerk", Instant.now());
	}

	static CaseSnapshot organisation(String name) {
		return organisation(name, "XK-002");
	}

	static CaseSnapshot organisation(String name, String item) {
		LocalDate from = LocalDate.now().minusDays(10);
		return snapshot(name, false, item, from, from.plusYears(2));
	}

	static CaseSnapshot organisation(String name, LocalDate validFrom, LocalDate validTo) {
		return snapshot(name, false, "XK-002", validFrom, validTo);
	}

	static CaseSnapshot person(String name) {
		return snapshot(name, true, "XK-002", null, null);
	}

	static CaseSnapshot snapshot(String name, boolean person, String item, LocalDate validFrom, LocalDate validTo) {
		int n = cases.incrementAndGet();
		String code = "91431128MA4T" + String.format("%04d", n) + "3";
		CaseSnapshot.ApplicantDetails applicant = new CaseSnapshot.ApplicantDetails(person ? "自然人" : "法人和其他组织", name,
				person ? null : code + CreditCode.checkCharacter(code), "王示例", "13800000000", "新田县龙泉镇示例路1号");
		CaseSnapshot.Licence licence = validTo == null ? null
				: new CaseSnapshot.Licence("新发改能审〔2026〕" + (9000 + n) + "号", validFrom, validTo, "有效");
		return new CaseSnapshot(CaseId.random(), "XK-T-" + n, new ItemVersion(item, 1, "固定资产投资项目节能审查"), AGENCY, name,
				"已决定", "Granted", List.of(), null, null, false, null, null, List.of(), List.of(), List.of(), List.of(),
				null, applicant, licence);
	}

}
