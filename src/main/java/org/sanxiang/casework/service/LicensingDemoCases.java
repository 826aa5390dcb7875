package org.sanxiang.casework.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.licensing.NonAcceptanceGround;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.CreditCode;
import org.sanxiang.catalog.IdNumber;
import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceImports;
import org.sanxiang.identity.Role;
import org.sanxiang.platform.Installation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nine 行政许可 cases of the Xintian bureau for a demo installation, so that the work lists,
 * clocks and the applicant's progress page have something to show: received today,
 * awaiting correction, not accepted, awaiting assignment, under review, near its deadline
 * (预警), past its statutory deadline (超期), granted and delivered, and archived. Made once,
 * only into an empty case table, after the catalog's demo data; never in production
 * ({@link Installation#demo()} false).
 * <p>
 * Every case goes through {@link Casework} like any other, so every step is checked by
 * the rules and recorded as an event. The older steps are recorded as of their own past
 * day (a clock set to that day): the record then shows when each step happened, and the
 * rule that no act is recorded in the future (JL-1) holds. A step that fails (for example
 * a day beyond the loaded calendar years) is logged and leaves that case where it got to;
 * the other cases are still made.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 200)
class LicensingDemoCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LicensingDemoCases.class);

	static final Actor CLERK = Actor.staff("clerk", "李静（示例）", Role.CLERK);

	static final Actor OFFICER = Actor.staff("officer1", "张伟（示例）", Role.OFFICER);

	static final Actor DIRECTOR = Actor.staff("director", "赵志刚（示例）", Role.DIRECTOR);

	/** The demo officers with valid certificates who review the demo cases (XK-34). */
	static final List<String> REVIEWERS = List.of("O-003", "O-004");

	/** Applicant names of the demo cases, by what each shows. */
	static final String RECEIVED = "李示例";

	static final String AWAITING_CORRECTION = "新田县示例物流园开发有限公司";

	static final String NOT_ACCEPTED = "新田县示例水泥有限公司";

	static final String AWAITING_ASSIGNMENT = "新田县示例建设投资有限公司";

	static final String UNDER_REVIEW = "新田县示例农产品加工有限公司";

	static final String WARNING = "新田县示例食品有限公司";

	static final String OVERDUE = "新田县示例文旅开发有限公司";

	static final String DELIVERED = "新田县示例城市建设有限公司";

	static final String ARCHIVED = "新田县示例新能源有限公司";

	/**
	 * Two 企业投资项目核准 (XK-001) cases, major by the legal-review catalogue (SH-2), at their
	 * decision: the review module's demo data submits the first for review and leaves it
	 * with the reviewer, and passes the second, which is then granted with exactly the
	 * reviewed text ({@link #decideReviewedMajorCase}).
	 */
	static final String MAJOR_AWAITING_REVIEW = "新田县示例光伏发电有限公司";

	static final String MAJOR_REVIEWED = "新田县示例风力发电有限公司";

	/**
	 * The grant of {@link #MAJOR_REVIEWED} as the review module's demo data has it
	 * reviewed: the gate lets only this very text through (SH-1).
	 */
	static final String MAJOR_GRANT_TEXT = "准予核准新田县示例风电场项目，建设规模50兆瓦，项目建设期二年。";

	/**
	 * The reviewed major case when this start made it, to be decided after its review.
	 */
	private Step reviewedMajor;

	private final Installation installation;

	private final Casework casework;

	private final Clock clock;

	private final Catalog catalog;

	private int organisations;

	private final EvidenceImports evidence;

	LicensingDemoCases(Installation installation, Casework casework, Clock clock, Catalog catalog,
			EvidenceImports evidence) {
		this.evidence = evidence;
		this.catalog = catalog;
		this.installation = installation;
		this.casework = casework;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.installation.demo() || this.casework.anyCase()) {
			return;
		}
		int made = 0;
		// oldest receipt first, so the case numbers follow the days of receipt
		made += make("已归档", this::archived);
		made += make("已超期", this::overdue);
		made += make("不予受理", this::notAccepted);
		made += make("已送达", this::delivered);
		made += make("预警", this::warning);
		made += make("重大执法决定（已审核）", this::majorReviewed);
		made += make("审查中", this::underReview);
		made += make("重大执法决定（待审核）", this::majorAwaitingReview);
		made += make("待补正", this::awaitingCorrection);
		made += make("待指派", this::awaitingAssignment);
		made += make("今日接收", this::receivedToday);
		log.info("已载入演示办件：行政许可 {} 件（新田县发展和改革局，申请人均为虚构）", made);
	}

	private int make(String what, Runnable demoCase) {
		try {
			demoCase.run();
			return 1;
		}
		catch (RuntimeException ex) {
			log.warn("演示办件“{}”未能完整生成：{}", what, ex.getMessage());
			return 0;
		}
	}

	// --- the cases ---

	/** The whole lifecycle, as the benchmark's driver runs it: receipt to archive. */
	private void archived() {
		Step s = receive(ARCHIVED, "XK-002", 30);
		accept(s, 29);
		s.act(LicensingAction.ASSIGN_OFFICERS, DIRECTOR, 29, officers(REVIEWERS));
		s.act(LicensingAction.SITE_INSPECTION, OFFICER, 27, siteInspection(REVIEWERS, "项目现场与申报的节能措施一致"));
		s.act(LicensingAction.OPINION, OFFICER, 26, opinion("项目能效水平符合要求，节能措施可行，拟准予通过节能审查"));
		s.act(LicensingAction.GRANT, DIRECTOR, 25, grant("准予通过节能审查", "新发改能审〔2026〕101号", 25));
		String receipt = receiptScan(s, 24, "送达回证（签收）.pdf", "受送达人陈示例签收的送达回证（扫描件）");
		s.act(LicensingAction.DELIVER, CLERK, 24,
				delivery(new ActionRequest.DeliveryRequest(ActionRequest.DeliveryRequest.Method.DIRECT, "陈示例",
						workingDaysAgo(24), null, null, null, null, null, null, null, null)
					.withReceipts(List.of(receipt), null)));
		s.act(LicensingAction.ARCHIVE, CLERK, 23, plain());
	}

	/** Accepted 23 working days ago: past the 20 working days of 第四十二条 (XK-42). */
	private void overdue() {
		Step s = receive(OVERDUE, "XK-004", 24);
		accept(s, 23);
		s.act(LicensingAction.ASSIGN_OFFICERS, DIRECTOR, 22, officers(REVIEWERS));
	}

	/** Not this agency's power: not accepted, naming the competent body (XK-32a). */
	private void notAccepted() {
		Step s = receive(NOT_ACCEPTED, "XK-004", 12);
		s.act(LicensingAction.NOT_ACCEPT, CLERK, 11,
				new ActionRequest(s.revision, null, "项目总投资超出县级政府投资审批权限，应报市级投资主管部门审批", null,
						NonAcceptanceGround.OUTSIDE_OUR_POWER, "永州市发展和改革委员会", null, null, null, null, null, null, null,
						null, null, null, null, null, null, null, null, null));
	}

	/**
	 * Granted and delivered by post (sent three working days ago, received two days ago
	 * as the postal receipt shows, its scan attached); awaits its archive.
	 */
	private void delivered() {
		Step s = receive(DELIVERED, "XK-003", 10);
		accept(s, 9);
		s.act(LicensingAction.ASSIGN_OFFICERS, DIRECTOR, 9, officers(List.of("O-004")));
		s.act(LicensingAction.OPINION, OFFICER, 6, opinion("招标范围、方式和组织形式符合招标投标法实施条例第七条，拟核准"));
		s.act(LicensingAction.GRANT, DIRECTOR, 5, grant("核准招标范围为全部招标，招标方式为公开招标，组织形式为委托招标", "新发改招核〔2026〕57号", 5));
		String receipt = receiptScan(s, 2, "邮件回执.pdf", "EMS1100000000000 邮件回执（扫描件）");
		s.act(LicensingAction.DELIVER, CLERK, 2,
				delivery(new ActionRequest.DeliveryRequest(ActionRequest.DeliveryRequest.Method.POSTAL, null, null,
						"EMS1100000000000", workingDaysAgo(2), null, null, null, null, null, null)
					.withReceipts(List.of(receipt), null)));
	}

	/**
	 * Accepted 8 working days ago: the item promises 10 (承诺时限), so 2 are left — 预警; an
	 * opinion is in and the decision is the 负责人's.
	 */
	private void warning() {
		Step s = receive(WARNING, "XK-002", 9);
		accept(s, 8);
		s.act(LicensingAction.ASSIGN_OFFICERS, DIRECTOR, 8, officers(REVIEWERS));
		s.act(LicensingAction.OPINION, OFFICER, 1, opinion("节能评估报告结论可信，拟准予"));
	}

	private void underReview() {
		Step s = receive(UNDER_REVIEW, "XK-002", 3);
		accept(s, 2);
		s.act(LicensingAction.ASSIGN_OFFICERS, DIRECTOR, 1, officers(REVIEWERS));
	}

	/** Accepted 7 working days ago; the officers' opinion is in; the review is next. */
	private void majorReviewed() {
		Step s = receive(MAJOR_REVIEWED, "XK-001", 8);
		accept(s, 7);
		s.act(LicensingAction.ASSIGN_OFFICERS, DIRECTOR, 7, officers(REVIEWERS));
		s.act(LicensingAction.OPINION, OFFICER, 2, opinion("项目符合国家产业政策和县级核准权限，拟予核准，送法制审核"));
		this.reviewedMajor = s;
	}

	private void majorAwaitingReview() {
		Step s = receive(MAJOR_AWAITING_REVIEW, "XK-001", 3);
		accept(s, 2);
		s.act(LicensingAction.ASSIGN_OFFICERS, DIRECTOR, 2, officers(REVIEWERS));
		s.act(LicensingAction.OPINION, OFFICER, 1, opinion("项目申报材料齐全，现场情况与申报一致，拟予核准，送法制审核"));
	}

	/**
	 * 准予许可 of {@link #MAJOR_REVIEWED}, today, once the review module's demo data passed
	 * its review: through the gate like any decision, so it is made only when the review
	 * cleared exactly {@link #MAJOR_GRANT_TEXT} (SH-1). Only on the start that made the
	 * case.
	 */
	void decideReviewedMajorCase() {
		if (this.reviewedMajor == null) {
			return;
		}
		Step s = this.reviewedMajor;
		this.reviewedMajor = null;
		make("重大执法决定（已审核）的决定",
				() -> s.act(LicensingAction.GRANT, DIRECTOR, 0, grant(MAJOR_GRANT_TEXT, "新发改核〔2026〕12号", 0)));
	}

	/** One complete list of everything to correct (XK-32b). */
	private void awaitingCorrection() {
		Step s = receive(AWAITING_CORRECTION, "XK-004", 2);
		s.act(LicensingAction.REQUEST_CORRECTION, CLERK, 1,
				new ActionRequest(s.revision, null, null, List.of("项目可行性研究报告（加盖编制单位公章）", "项目选址的规划意见"), null, null, null,
						null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
	}

	/** Accepted today; the 负责人 has yet to assign officers. */
	private void awaitingAssignment() {
		Step s = receive(AWAITING_ASSIGNMENT, "XK-003", 1);
		accept(s, 0);
	}

	/** Applied online today by a natural person (the applicant is recorded by name). */
	private void receivedToday() {
		String id = "431128199003150" + "02";
		Applicant applicant = new Applicant(Applicant.ApplicantKind.PERSON, RECEIVED, id + IdNumber.checkCharacter(id),
				null, RECEIVED, "0746-0000009", "新田县龙泉镇示例村（虚构）");
		this.casework.apply(applicant, "XK-002", new Actor("applicant", RECEIVED, Set.of()), this.clock);
	}

	// --- steps ---

	/**
	 * 受理: the one place the demo accepts an application, so that what acceptance asks for
	 * (materials, once required) is supplied here only.
	 */
	private void accept(Step s, int workingDaysAgo) {
		s.act(LicensingAction.ACCEPT, CLERK, workingDaysAgo, plain());
	}

	private Step receive(String name, String itemCode, int workingDaysAgo) {
		String code = "91431128MA4L" + String.format("%04d", ++this.organisations) + "9";
		Applicant applicant = new Applicant(Applicant.ApplicantKind.ORGANISATION, name, null,
				code + CreditCode.checkCharacter(code), "王示例", "0746-000000" + (this.organisations % 10),
				"新田县龙泉镇示例路" + this.organisations + "号（虚构）");
		Clock then = at(workingDaysAgo);
		Casework.Receipt receipt = this.casework.apply(applicant, itemCode, paperOriginals(itemCode, then), CLERK,
				then);
		return new Step(receipt.id());
	}

	/**
	 * Every material of the item's list handed in on paper at the window, so acceptance
	 * finds the materials complete (XK-32b).
	 */
	private List<MaterialSubmission> paperOriginals(String itemCode, Clock then) {
		return this.catalog.itemAsOf(itemCode, LocalDate.now(then))
			.map(v -> v.content().materials().stream().map(m -> MaterialSubmission.paper(m.name())).toList())
			.orElse(List.of());
	}

	/** A case being driven: its id and the revision its next step reads. */
	private final class Step {

		final CaseId id;

		int revision;

		Step(CaseId id) {
			this.id = id;
		}

		void act(LicensingAction action, Actor actor, int workingDaysAgo, ActionRequest request) {
			ActionRequest at = new ActionRequest(this.revision, request.on(), request.reason(), request.missing(),
					request.ground(), request.competentBody(), request.officerIds(), request.findings(),
					request.opinion(), request.proposeGrant(), request.pauseKind(), request.writtenNotice(),
					request.hearingBasis(), request.hearingOn(), request.host(), request.place(),
					request.hearingRecord(), request.text(), request.licenceNumber(), request.validTo(),
					request.appliedOn(), request.delivery());
			this.revision = LicensingDemoCases.this.casework.act(this.id, action, at, actor, at(workingDaysAgo))
				.revision();
		}

	}

	/**
	 * The scan of a signed receipt, kept as evidence of the case's 送达 as an upload keeps
	 * it (JL-2), captured early on the day {@code workingDaysAgo} before the steps of
	 * that day; its id.
	 */
	private String receiptScan(Step s, int workingDaysAgo, String fileName, String description) {
		Instant end = workingDaysAgo(workingDaysAgo).atTime(8, 30).atZone(this.clock.getZone()).toInstant();
		return this.evidence
			.keep(new EvidenceImports.Capture(s.id.value(), Activity.SERVICE, CLERK.name(), "扫描仪", end.minusSeconds(60),
					end, "新田县政务服务中心发展改革窗口", description, fileName), scan(s.id + " " + fileName), CLERK.account())
			.id()
			.toString();
	}

	/** A one-page PDF standing in for a scan; the comment makes each its own content. */
	private static byte[] scan(String what) {
		return ("%PDF-1.4\n% " + what + "\n" + """
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""").getBytes(StandardCharsets.UTF_8);
	}

	private static ActionRequest plain() {
		return new ActionRequest(0, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);
	}

	private static ActionRequest officers(List<String> ids) {
		return new ActionRequest(0, null, null, null, null, null, ids, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);
	}

	private static ActionRequest siteInspection(List<String> ids, String findings) {
		return new ActionRequest(0, null, null, null, null, null, ids, findings, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null);
	}

	private static ActionRequest opinion(String opinion) {
		return new ActionRequest(0, null, null, null, null, null, null, null, opinion, Boolean.TRUE, null, null, null,
				null, null, null, null, null, null, null, null, null);
	}

	private ActionRequest grant(String text, String licenceNumber, int workingDaysAgo) {
		return new ActionRequest(0, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, text, licenceNumber, workingDaysAgo(workingDaysAgo).plusYears(3), null, null);
	}

	private static ActionRequest delivery(ActionRequest.DeliveryRequest delivery) {
		return new ActionRequest(0, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, delivery);
	}

	// --- days ---

	private int minutes;

	/**
	 * A clock on the working day {@code workingDaysAgo} before today, a few minutes after
	 * the previous step so that the steps keep their order; today's steps use the real
	 * clock, so that nothing is recorded later than now.
	 */
	private Clock at(int workingDaysAgo) {
		if (workingDaysAgo == 0) {
			return this.clock;
		}
		LocalTime time = LocalTime.of(9, 0).plusMinutes(this.minutes++ % 480);
		return Clock.fixed(workingDaysAgo(workingDaysAgo).atTime(time).atZone(this.clock.getZone()).toInstant(),
				this.clock.getZone());
	}

	/** The working day {@code n} working days before today (today for 0). */
	private LocalDate workingDaysAgo(int n) {
		LocalDate day = LocalDate.now(this.clock);
		for (int counted = 0; counted < n;) {
			day = day.minusDays(1);
			if (this.casework.workingDays().day(day).workingDay()) {
				counted++;
			}
		}
		return day;
	}

}
