package org.sanxiang.supervision.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.identity.StaffDirectory;
import org.sanxiang.identity.StaffMember;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.supervision.alerts.Subscriptions.Subscription;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily e-mail digest (每日提醒摘要): from the configured time of day on, each account that
 * opted in and has alerts gets one message listing them, once per day. The day's row in
 * {@link DigestLog} is claimed before sending, so a restart or a second node never sends
 * it again; a message the server did not take is marked failed, logged and tried again on
 * the next run. Without an SMTP server ({@code spring.mail.host} unset, as in the default
 * run) nothing is claimed and nothing is sent, and the application runs on.
 */
@Component
class DailyDigest {

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	/**
	 * What one run did.
	 *
	 * @param sent messages the server took
	 * @param failed messages it did not take (tried again next run)
	 * @param skipped accounts already served today, or with no alerts
	 */
	record Run(int sent, int failed, int skipped) {
	}

	private final Alerts alerts;

	private final Subscriptions subscriptions;

	private final DigestLog digests;

	private final StaffDirectory staff;

	private final ObjectProvider<JavaMailSender> mail;

	private final Clock clock;

	private final String from;

	private final boolean scheduled;

	private final AtomicBoolean warnedNoServer = new AtomicBoolean();

	DailyDigest(Alerts alerts, Subscriptions subscriptions, DigestLog digests, StaffDirectory staff,
			ObjectProvider<JavaMailSender> mail, Clock clock,
			@Value("${sanxiang.alerts.mail-from:noreply@sanxiang.local}") String from,
			@Value("${sanxiang.alerts.digest.scheduled:true}") boolean scheduled) {
		this.alerts = alerts;
		this.subscriptions = subscriptions;
		this.digests = digests;
		this.staff = staff;
		this.mail = mail;
		this.clock = clock;
		this.from = from;
		this.scheduled = scheduled;
	}

	/** Whether an SMTP server is configured. */
	boolean configured() {
		return this.mail.getIfAvailable() != null;
	}

	/** Every few minutes: sends today's digests once the time of day has come. */
	// 提醒邮件只由一个节点发送，避免同一天发两封
	@SchedulerLock(name = "alerts-daily-digest", lockAtMostFor = "PT30M",
			lockAtLeastFor = "${sanxiang.scheduling.lock-at-least-for:PT5S}")
	@Scheduled(initialDelayString = "${sanxiang.alerts.digest.initial-delay:PT1M}",
			fixedDelayString = "${sanxiang.alerts.digest.interval:PT5M}")
	void scheduledRun() {
		if (!this.scheduled) {
			return;
		}
		try {
			run();
		}
		catch (RuntimeException ex) {
			// a failed run never stops the schedule; the next run tries again
			log.warn("每日提醒邮件本轮发送出错，下轮重试", ex);
		}
	}

	/** One run at the clock's now: nothing before the configured time of day. */
	Run run() {
		LocalDateTime now = LocalDateTime.now(this.clock);
		if (now.toLocalTime().isBefore(this.digests.digestTime())) {
			return new Run(0, 0, 0);
		}
		return send(now.toLocalDate());
	}

	/** Sends the digests of {@code day} that were not sent yet. */
	Run send(LocalDate day) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			if (this.warnedNoServer.compareAndSet(false, true)) {
				log.info("未配置邮件服务器（spring.mail.host），每日提醒邮件不发送");
			}
			return new Run(0, 0, 0);
		}
		List<Subscription> subscribers = this.subscriptions.optedIn();
		if (subscribers.isEmpty()) {
			return new Run(0, 0, 0);
		}
		List<Alert> all = this.alerts.on(day);
		int sent = 0;
		int failed = 0;
		int skipped = 0;
		for (Subscription s : subscribers) {
			// a disabled account gets no mail, whatever it chose before
			if (!this.staff.find(s.username()).map(StaffMember::enabled).orElse(false)) {
				skipped++;
				continue;
			}
			List<Alert> mine = all.stream().filter(a -> a.isFor(s.username())).toList();
			if (mine.isEmpty()
					|| !this.digests.claim(s.username(), day, s.email(), mine.size(), this.clock.instant())) {
				skipped++;
				continue;
			}
			try {
				sender.send(message(sender, s.email(), day, mine));
				this.digests.sent(s.username(), day, this.clock.instant());
				sent++;
			}
			catch (jakarta.mail.MessagingException | RuntimeException ex) {
				log.warn("每日提醒邮件发送失败（{}，{}），下轮重试：{}", s.username(), s.email(), ex.getMessage());
				this.digests.failed(s.username(), day, ex.getMessage());
				failed++;
			}
		}
		return new Run(sent, failed, skipped);
	}

	/** A test message to {@code to}, to check the SMTP settings; failures are refused. */
	void sendTest(String to) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			throw InputRejected.unprocessable("to", "未配置邮件服务器：请在配置中设置 spring.mail.host 等参数后重试");
		}
		if (to == null || to.isBlank() || !to.strip().matches("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$")) {
			throw InputRejected.unprocessable("to", "请填写正确的收件邮箱");
		}
		try {
			MimeMessage m = sender.createMimeMessage();
			MimeMessageHelper h = new MimeMessageHelper(m, false, "UTF-8");
			h.setFrom(this.from);
			h.setTo(to.strip());
			h.setSubject("【三项制度执法平台】测试邮件");
			h.setText("这是一封测试邮件：执法工作台的邮件服务器设置可以正常发送每日提醒邮件。\n发送时间："
					+ LocalDateTime.now(this.clock).withNano(0).toString().replace('T', ' '));
			sender.send(m);
		}
		catch (MailException | jakarta.mail.MessagingException ex) {
			log.warn("测试邮件发送失败（{}）：{}", to, ex.getMessage());
			throw InputRejected.unprocessable("to", "测试邮件发送失败：" + ex.getMessage());
		}
	}

	private MimeMessage message(JavaMailSender sender, String to, LocalDate day, List<Alert> mine)
			throws jakarta.mail.MessagingException {
		MimeMessage m = sender.createMimeMessage();
		MimeMessageHelper h = new MimeMessageHelper(m, false, "UTF-8");
		h.setFrom(this.from);
		h.setTo(to);
		long overdue = mine.stream().filter(a -> a.level() == AlertLevel.OVERDUE).count();
		h.setSubject("【三项制度执法平台】" + DAY.format(day) + " 提醒：" + mine.size() + " 项待办（逾期 " + overdue + " 项）");
		h.setText(body(day, mine));
		return m;
	}

	static String body(LocalDate day, List<Alert> mine) {
		List<String> lines = new ArrayList<>();
		lines.add(DAY.format(day) + "，您有以下 " + mine.size() + " 项提醒：");
		lines.add("");
		int i = 1;
		for (Alert a : mine) {
			lines.add(i++ + ". 【" + a.kind().label() + " · " + a.level().label() + "】" + a.message());
		}
		lines.add("");
		lines.add("请登录执法工作台“通知中心”（/console/notifications）查看和处理。");
		lines.add("不想再收到此邮件：在通知中心取消订阅每日提醒邮件。");
		return String.join("\n", lines);
	}

	/** Today's log, for the administrator's page. */
	List<DigestLog.Entry> log(LocalDate day) {
		return this.digests.of(day);
	}

	Instant now() {
		return this.clock.instant();
	}

}
