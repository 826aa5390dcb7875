package org.sanxiang.supervision.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.identity.StaffDirectory;
import org.sanxiang.inspection.DrawnPlanFixture;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 抽查期限 alerts on drawn plans set up in the inspection tables: the drawn inspectors (O-003
 * and O-004 are officer1 and officer2 in the demo) from 3 working days before the plan's
 * last day, the 负责人 and 督查 too once it has passed, nothing once recorded or when the plan
 * is cancelled; and the overdue one in the 负责人's daily digest.
 */
@SanxiangIntegrationTest
@TestPropertySource(properties = { "sanxiang.alerts.digest.scheduled=false", "sanxiang.alerts.cache-ttl=PT0S" })
class InspectionAlertsIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Alerts alerts;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	DigestLog digests;

	@Autowired
	StaffDirectory staff;

	@Test
	void warnsTheDrawnInspectorsThreeWorkingDaysBeforeThePlansLastDayAndTheDirectorsOnceItHasPassed() {
		DrawnPlanFixture plans = DrawnPlanFixture.of(this.context);
		LocalDate today = this.alerts.today();
		LocalDate last = today.plusDays(20);
		DrawnPlanFixture.Drawn plan = plans.drawn("11431128MB1234567X", List.of("XK-002"), today, last,
				List.of(List.of("O-003", "O-004"), List.of("O-001", "O-002")));
		UUID open = plan.assignments().get(0);

		assertThat(about(open, workingDayBefore(last, 4))).isEmpty();
		Alert warning = about(open, workingDayBefore(last, 3)).orElseThrow();
		assertThat(warning.kind()).isEqualTo(AlertKind.INSPECTION);
		assertThat(warning.level()).isEqualTo(AlertLevel.WARNING);
		// its drawn inspectors only; the 负责人 is not bothered yet
		assertThat(warning.recipients()).containsExactlyInAnyOrder("officer1", "officer2");
		assertThat(warning.message()).contains(plan.number(), "须在 " + last + " 前完成并记录", "还剩 3 个工作日");
		assertThat(about(open, last).orElseThrow().level()).isEqualTo(AlertLevel.WARNING);

		Alert overdue = about(open, last.plusDays(1)).orElseThrow();
		assertThat(overdue.level()).isEqualTo(AlertLevel.OVERDUE);
		assertThat(overdue.recipients()).contains("officer1", "officer2", "director", "supervisor");
		assertThat(overdue.message()).contains(plan.number(), "应于 " + last + " 前完成，已逾期未记录检查结果");
		// the field sheet where the inspection is recorded
		assertThat(overdue.link()).isEqualTo("/console/inspection/assignments/" + open);
		assertThat(overdue.key()).isNotEqualTo(warning.key());

		// recorded: no alert, however late
		plans.record(open, last.plusDays(1), "未发现问题");
		assertThat(about(open, last.plusDays(2))).isEmpty();
		assertThat(about(plan.assignments().get(1), last.plusDays(2))).isPresent();
	}

	@Test
	void aCancelledPlansInspectionsAreNotAlerted() {
		DrawnPlanFixture plans = DrawnPlanFixture.of(this.context);
		LocalDate today = this.alerts.today();
		DrawnPlanFixture.Drawn plan = plans.drawn("11431128MB1234567X", List.of("XK-002"), today, today.plusDays(5),
				List.of(List.of("O-003", "O-004")));
		assertThat(about(plan.assignments().get(0), today.plusDays(6))).isPresent();
		plans.cancel(plan.planId());
		assertThat(about(plan.assignments().get(0), today.plusDays(6))).isEmpty();
	}

	@Test
	void theOverdueInspectionIsInTheDirectorsDailyDigest() throws Exception {
		DrawnPlanFixture plans = DrawnPlanFixture.of(this.context);
		LocalDate today = this.alerts.today();
		LocalDate last = today.plusDays(40);
		DrawnPlanFixture.Drawn plan = plans.drawn("11431128MB1234567X", List.of("XK-002"), today, last,
				List.of(List.of("O-003", "O-004")));
		Alert overdue = about(plan.assignments().get(0), last.plusDays(1)).orElseThrow();

		List<MimeMessage> sent = new ArrayList<>();
		JavaMailSenderImpl capture = new JavaMailSenderImpl() {

			@Override
			public void send(MimeMessage... messages) {
				sent.addAll(List.of(messages));
			}

			@Override
			public void send(MimeMessage message) {
				sent.add(message);
			}

		};
		DailyDigest digest = new DailyDigest(this.alerts, this.subscriptions, this.digests, this.staff,
				provider(capture), Clock.systemUTC(), "noreply@sanxiang.local", false);
		digest.send(last.plusDays(1));

		MimeMessage director = sent.stream()
			.filter(m -> address(m).equals("director@example.org"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no digest to director"));
		assertThat((String) director.getContent()).contains("【抽查期限 · 已逾期】" + overdue.message());
	}

	private Optional<Alert> about(UUID assignment, LocalDate day) {
		List<Alert> found = this.alerts.on(day)
			.stream()
			.filter(a -> a.kind() == AlertKind.INSPECTION && a.key().contains(":" + assignment + ":"))
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

	private static String address(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
		return new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
	}

}
