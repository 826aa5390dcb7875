package org.sanxiang.supervision.alerts;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseStatistics;
import org.sanxiang.casework.CaseStatistics.OpenCase;
import org.sanxiang.casework.service.LifecycleDriver;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Officer;
import org.sanxiang.disclosure.PublicationTimeliness;
import org.sanxiang.disclosure.PublicationTimeliness.Unpublished;
import org.sanxiang.review.LegalReview;
import org.sanxiang.review.LegalReviews;
import org.sanxiang.review.ReviewClock;
import org.sanxiang.identity.StaffDirectory;
import org.sanxiang.supervision.inspection.InspectionFindings;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of alert on fixture data made through the real modules (cases through the
 * licensing service, the decision's publication, the demo officers' certificates and the
 * demo legal review), each computed for the day it concerns, and the daily digest sent to
 * an in-process SMTP server (GreenMail): once per account and day, with that account's
 * alerts, never to an account that did not opt in, a failure retried on the next run.
 * Inspections are not on this branch: a test implementation of {@link InspectionFindings}
 * stands in for them.
 */
@SanxiangIntegrationTest
@TestPropertySource(properties = { "sanxiang.alerts.digest.scheduled=false", "sanxiang.alerts.cache-ttl=PT0S" })
class AlertsIntegrationTests {

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	/**
	 * 督查 findings as the inspections will give them: one overdue, one due, one closed.
	 */
	static final UUID OVERDUE_FINDING = UUID.randomUUID();

	static final UUID CHECK = UUID.randomUUID();

	@TestConfiguration(proxyBeanMethods = false)
	static class Inspections {

		@Bean
		@Primary
		InspectionFindings testFindings(Clock clock) {
			return new InspectionFindings() {

				List<Finding> all() {
					LocalDate today = LocalDate.now(clock);
					return List.of(
							new Finding(OVERDUE_FINDING, CHECK, "2026年第三季度督查", "LSTK", null, "执法记录仪未配备到位",
									today.minusDays(60), today.minusDays(1), false, null),
							new Finding(UUID.randomUUID(), CHECK, "2026年第三季度督查", "TZK", null, "案卷未按规定编号",
									today.minusDays(10), today.plusDays(20), false, null),
							new Finding(UUID.randomUUID(), CHECK, "2026年第三季度督查", "NYK", null, "公示不及时",
									today.minusDays(60), today.minusDays(5), true, today.minusDays(6)));
				}

				@Override
				public List<Finding> findings(String agencyCode, LocalDate from, LocalDate to) {
					return all();
				}

				@Override
				public Optional<Finding> finding(UUID id) {
					return all().stream().filter(f -> f.id().equals(id)).findFirst();
				}

				@Override
				public List<Finding> openRectifications(String agencyCode) {
					return all().stream().filter(f -> !f.rectified()).toList();
				}
			};
		}

	}

	@Autowired
	ApplicationContext context;

	@Autowired
	Alerts alerts;

	@Autowired
	CaseStatistics cases;

	@Autowired
	PublicationTimeliness publications;

	@Autowired
	LegalReviews reviews;

	@Autowired
	Catalog catalog;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	DailyDigest digest;

	@Autowired
	Notifications notifications;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	DigestLog digests;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffDirectory staff;

	@Test
	void warnsTheCaseOfficersThreeWorkingDaysBeforeTheDecisionDueDayAndTheDirectorsOnceItHasPassed() {
		CaseId id = openCase(9501);
		OpenCase c = this.cases.open(this.alerts.today())
			.stream()
			.filter(o -> o.id().equals(id))
			.findFirst()
			.orElseThrow();
		LocalDate due = c.decisionDue();
		LocalDate threeLeft = workingDayBefore(due, 3);
		LocalDate fourLeft = workingDayBefore(due, 4);

		assertThat(about(AlertKind.DECISION, id.value(), fourLeft)).isEmpty();
		Alert warning = about(AlertKind.DECISION, id.value(), threeLeft).orElseThrow();
		assertThat(warning.level()).isEqualTo(AlertLevel.WARNING);
		// O-003 and O-004 are officer1 and officer2; the 负责人 is not bothered yet
		assertThat(warning.recipients()).containsExactlyInAnyOrder("officer1", "officer2");
		assertThat(warning.message()).contains(c.number(), "还剩 3 个工作日");
		assertThat(about(AlertKind.DECISION, id.value(), due).orElseThrow().level()).isEqualTo(AlertLevel.WARNING);

		Alert overdue = about(AlertKind.DECISION, id.value(), due.plusDays(1)).orElseThrow();
		assertThat(overdue.level()).isEqualTo(AlertLevel.OVERDUE);
		// overdue: the 负责人 and 督查 hear of it too
		assertThat(overdue.recipients()).contains("officer1", "officer2", "director", "supervisor");
		assertThat(overdue.message()).contains("已超过法定办理期限 " + due);
		assertThat(overdue.link()).isEqualTo("/console/licensing/" + id.value());
		assertThat(overdue.key()).isNotEqualTo(warning.key());
	}

	@Test
	void warnsOfTheDecisionsPublicationDeadlineUntilItIsPublished() throws InterruptedException {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId id = driver.apply(9502);
		for (int step = 1; step <= 5; step++) {
			driver.step(id, step);
		}
		Unpublished p = unpublished(id);
		LocalDate due = p.dueOn();

		assertThat(about(AlertKind.PUBLICATION, p.id(), workingDayBefore(due, 4))).isEmpty();
		Alert warning = about(AlertKind.PUBLICATION, p.id(), workingDayBefore(due, 3)).orElseThrow();
		assertThat(warning.level()).isEqualTo(AlertLevel.WARNING);
		assertThat(warning.recipients()).contains("director");
		if (p.status().name().equals("PENDING")) {
			// the decision document (文书号) is still missing: the case officers are asked
			// too
			assertThat(warning.recipients()).contains("officer1", "officer2");
		}
		Alert overdue = about(AlertKind.PUBLICATION, p.id(), due.plusDays(1)).orElseThrow();
		assertThat(overdue.level()).isEqualTo(AlertLevel.OVERDUE);
		assertThat(overdue.message()).contains(p.caseNumber(), "已逾期未公示");
		assertThat(overdue.recipients()).contains("director", "supervisor");
		assertThat(warning.recipients()).doesNotContain("supervisor");
	}

	@Test
	void warnsOfACertificateThirtyDaysBeforeItExpiresAndOfAnExpiredOneOnlyWhileItsHolderHasOpenCases() {
		openCase(9503);
		Officer o3 = officer("O-003");
		LocalDate validTo = o3.certificate().validTo();

		assertThat(about(AlertKind.CERTIFICATE, "O-003", validTo.minusDays(31))).isEmpty();
		Alert warning = about(AlertKind.CERTIFICATE, "O-003", validTo.minusDays(30)).orElseThrow();
		assertThat(warning.level()).isEqualTo(AlertLevel.WARNING);
		// the officer and the 管理员 who keep the officer records
		assertThat(warning.recipients()).containsExactlyInAnyOrder("officer1", "admin");
		assertThat(warning.message()).contains("张建华", "将于 " + validTo + " 到期");

		// the day after, O-003 is still assigned to open cases: the 负责人 must reassign
		Alert expired = about(AlertKind.CERTIFICATE, "O-003", validTo.plusDays(1)).orElseThrow();
		assertThat(expired.level()).isEqualTo(AlertLevel.OVERDUE);
		assertThat(expired.recipients()).contains("officer1", "admin", "director", "supervisor");
		assertThat(expired.message()).contains("已于 " + validTo + " 到期", "仍承办未办结案件");

		// O-006's certificate expired in 2022, but O-006 handles no open case: no alert
		assertThat(officer("O-006").certificate().validTo()).isBefore(this.alerts.today());
		assertThat(about(AlertKind.CERTIFICATE, "O-006", this.alerts.today())).isEmpty();
	}

	@Test
	void alertsTheReviewerAndTheDirectorsOnceALegalReviewIsPastItsDueDay() {
		LegalReview review = this.reviews.open()
			.stream()
			.filter(r -> this.reviews.clock(r) != null && this.reviews.clock(r).due() != null)
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo data has a running legal review"));
		ReviewClock clock = this.reviews.clock(review);

		assertThat(about(AlertKind.REVIEW, review.id().value(), clock.due())).isEmpty();
		Alert overdue = about(AlertKind.REVIEW, review.id().value(), clock.due().plusDays(1)).orElseThrow();
		assertThat(overdue.level()).isEqualTo(AlertLevel.OVERDUE);
		assertThat(overdue.recipients()).contains(review.reviewer(), "director", "supervisor");
		assertThat(overdue.message()).contains(review.caseNumber(), "法制审核", "已超期");
	}

	@Test
	void alertsTheInspectedUnitAndTheSupervisorsOfAnOverdueRectificationOnly() {
		LocalDate today = this.alerts.today();
		List<Alert> rectifications = this.alerts.on(today)
			.stream()
			.filter(a -> a.kind() == AlertKind.RECTIFICATION)
			.toList();
		assertThat(rectifications).singleElement().satisfies(a -> {
			assertThat(a.key()).contains(OVERDUE_FINDING.toString());
			assertThat(a.level()).isEqualTo(AlertLevel.OVERDUE);
			// 督查, and the staff of 粮食调控股 (officer1 in the demo)
			assertThat(a.recipients()).contains("supervisor", "officer1").doesNotContain("officer2");
			assertThat(a.message()).contains("粮食调控股", "执法记录仪未配备到位", "已逾期");
			assertThat(a.link()).isEqualTo("/console/supervision/checks/" + CHECK);
		});
	}

	@Test
	void sendsEachSubscriberOneDigestADayWithTheirAlertsAndNoneToThoseWhoDidNotOptIn() throws Exception {
		LocalDate today = this.alerts.today();
		// the demo data subscribed director and supervisor; officer1 gave an address only
		assertThat(this.subscriptions.optedIn()).extracting(Subscriptions.Subscription::username)
			.contains("director", "supervisor")
			.doesNotContain("officer1");
		assertThat(this.notifications.of("officer1")).isNotEmpty();
		smtp.purgeEmailFromAllMailboxes();

		DailyDigest.Run first = this.digest.send(today);
		assertThat(first.failed()).isZero();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(recipients(received)).contains("director@example.org", "supervisor@example.org")
			.doesNotContain("officer1@example.org")
			.doesNotHaveDuplicates();
		assertThat(received).hasSize(first.sent());

		MimeMessage director = to(received, "director@example.org");
		List<Alert> directorsAlerts = this.alerts.on(today).stream().filter(a -> a.isFor("director")).toList();
		assertThat(director.getSubject()).contains("三项制度执法平台", directorsAlerts.size() + " 项待办");
		String body = (String) director.getContent();
		for (Alert a : directorsAlerts) {
			assertThat(body).contains(a.message());
		}
		assertThat(body).contains("/console/notifications");
		String supervisorBody = (String) to(received, "supervisor@example.org").getContent();
		assertThat(supervisorBody).contains("执法记录仪未配备到位");
		assertThat(this.digests.of(today)).filteredOn(e -> e.username().equals("director"))
			.singleElement()
			.satisfies(e -> assertThat(e.status()).isEqualTo("SENT"));

		// a second run the same day — or after a restart, the claim is in the database —
		// sends nothing more
		DailyDigest.Run second = this.digest.send(today);
		assertThat(second.sent()).isZero();
		DailyDigest restarted = new DailyDigest(this.alerts, this.subscriptions, this.digests, this.staff,
				provider(this.context.getBean(JavaMailSender.class)), Clock.systemUTC(), "noreply@sanxiang.local",
				false);
		assertThat(restarted.send(today).sent()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(received.length);
	}

	@Test
	void aDigestTheServerDidNotTakeIsRetriedOnTheNextRunAndNothingGoesOutBeforeTheConfiguredTime() throws Exception {
		LocalDate day = this.alerts.today().plusDays(1);
		JavaMailSenderImpl down = new JavaMailSenderImpl();
		down.setHost("localhost");
		down.setPort(freePort());
		DailyDigest failing = new DailyDigest(this.alerts, this.subscriptions, this.digests, this.staff, provider(down),
				Clock.systemUTC(), "noreply@sanxiang.local", false);
		DailyDigest.Run failed = failing.send(day);
		assertThat(failed.sent()).isZero();
		assertThat(failed.failed()).isPositive();
		assertThat(this.digests.of(day)).filteredOn(e -> e.username().equals("director"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.status()).isEqualTo("FAILED");
				assertThat(e.error()).isNotBlank();
			});

		smtp.purgeEmailFromAllMailboxes();
		DailyDigest.Run retried = this.digest.send(day);
		assertThat(retried.sent()).isEqualTo(failed.failed());
		assertThat(recipients(smtp.getReceivedMessages())).contains("director@example.org");
		assertThat(this.digests.of(day)).filteredOn(e -> e.username().equals("director"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.status()).isEqualTo("SENT");
				assertThat(e.attempts()).isEqualTo(2);
			});

		// before the configured time of day, a run sends nothing
		ZoneId china = ZoneId.of("Asia/Shanghai");
		LocalDate later = this.alerts.today().plusDays(2);
		Clock sevenAm = Clock.fixed(later.atTime(7, 0).atZone(china).toInstant(), china);
		DailyDigest early = new DailyDigest(this.alerts, this.subscriptions, this.digests, this.staff,
				provider(this.context.getBean(JavaMailSender.class)), sevenAm, "noreply@sanxiang.local", false);
		assertThat(this.notifications.digestTime()).hasToString("08:00");
		assertThat(early.run()).isEqualTo(new DailyDigest.Run(0, 0, 0));
		assertThat(this.digests.of(later)).isEmpty();
	}

	@Test
	void theTestMailReachesTheServer() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		this.digest.sendTest("admin@example.org");
		assertThat(smtp.getReceivedMessages()).singleElement().satisfies(m -> {
			assertThat(m.getSubject()).contains("测试邮件");
			assertThat(recipients(new MimeMessage[] { m })).containsExactly("admin@example.org");
		});
	}

	// --- fixtures

	/** A case accepted today with O-003 and O-004 assigned. */
	private CaseId openCase(int n) {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId id = driver.apply(n);
		driver.step(id, 1);
		driver.step(id, 2);
		return id;
	}

	private Optional<Alert> about(AlertKind kind, Object subject, LocalDate day) {
		String part = ":" + subject + ":";
		List<Alert> found = this.alerts.on(day)
			.stream()
			.filter(a -> a.kind() == kind && a.key().contains(part))
			.toList();
		assertThat(found).hasSizeLessThanOrEqualTo(1);
		return found.stream().findFirst();
	}

	/** The working day with exactly {@code n} working days left up to {@code due}. */
	private LocalDate workingDayBefore(LocalDate due, int n) {
		LocalDate d = due;
		while (this.workingDays.workingDaysBetween(d, due) < n || !this.workingDays.day(d).workingDay()) {
			d = d.minusDays(1);
		}
		assertThat(this.workingDays.workingDaysBetween(d, due)).isEqualTo(n);
		return d;
	}

	private Officer officer(String id) {
		return this.catalog.officers().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
	}

	private Unpublished unpublished(CaseId id) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < until) {
			Optional<Unpublished> p = this.publications.unpublished()
				.stream()
				.filter(u -> u.caseId().equals(id.value()))
				.findFirst();
			if (p.isPresent()) {
				return p.get();
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the decision's publication was not created");
	}

	private static List<String> recipients(MimeMessage[] messages) throws Exception {
		List<String> to = new ArrayList<>();
		for (MimeMessage m : messages) {
			Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).forEach(to::add);
		}
		return to;
	}

	private static MimeMessage to(MimeMessage[] messages, String address) throws Exception {
		for (MimeMessage m : messages) {
			if (recipients(new MimeMessage[] { m }).contains(address)) {
				return m;
			}
		}
		throw new AssertionError("no message to " + address);
	}

	private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
		return new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
