package org.sanxiang.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.journal.Journal;
import org.sanxiang.journal.JournalEntry;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning: each review with the reviewer whose clock reads 预警 or 超期 (SH-5: 7
 * working days, +3 with approval, never past the case's decision period) gets a
 * {@link ReviewDeadlineApproaching} or {@link ReviewDeadlineLapsed} in the case's
 * journal, raised by the platform. Idempotent: once per review, round, due day and kind,
 * however often it runs (the journal is asked what was raised); each review in its own
 * transaction, holding its row, so two runs at once raise it once. Cron:
 * {@code sanxiang.review.clock-sweep-cron} (default 01:40 daily, Asia/Shanghai).
 */
@Component
class ReviewClockSweep {

	private static final Logger log = LoggerFactory.getLogger(ReviewClockSweep.class);

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final ReviewRecords records;

	private final CaseFacts cases;

	private final ReviewSettings settings;

	private final WorkingDays workingDays;

	private final Journal journal;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReviewClockSweep(ReviewRecords records, CaseFacts cases, ReviewSettings settings, WorkingDays workingDays,
			Journal journal, JsonMapper json, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.records = records;
		this.cases = cases;
		this.settings = settings;
		this.workingDays = workingDays;
		this.journal = journal;
		this.json = json;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	// 每日一次，只在一个节点上运行
	@SchedulerLock(name = "review-clock-sweep", lockAtMostFor = "PT1H",
			lockAtLeastFor = "${sanxiang.scheduling.cron-lock-at-least-for:PT1M}")
	@Scheduled(cron = "${sanxiang.review.clock-sweep-cron:0 40 1 * * *}", zone = "Asia/Shanghai")
	void daily() {
		int raised = sweep(this.clock);
		if (raised > 0) {
			log.info("法制审核期限提醒 {} 项（预警或超期，SH-5）", raised);
		}
	}

	/**
	 * Raises what the clocks read on {@code clock}'s day and was not raised yet; how
	 * many.
	 */
	int sweep(Clock clock) {
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		int raised = 0;
		for (LegalReview open : this.records.open()) {
			if (!ReviewStatus.WITH_REVIEWER.contains(open.status())) {
				continue;
			}
			Boolean done = this.transactions.execute(tx -> alert(open.id(), today, clock.instant()));
			if (Boolean.TRUE.equals(done)) {
				raised++;
			}
		}
		return raised;
	}

	private boolean alert(ReviewId id, LocalDate today, Instant at) {
		LegalReview r = this.records.findForUpdate(id).orElse(null);
		if (r == null || !ReviewStatus.WITH_REVIEWER.contains(r.status())) {
			return false;
		}
		ReviewRound round = r.currentRound();
		LocalDate caseDue = this.cases.find(r.caseId()).map(CaseSnapshot::decisionDue).orElse(null);
		ReviewClock c = ReviewClock.of(round, caseDue, today, this.settings.warningDays(), this.workingDays);
		if (c.due() == null || c.workingDaysLeft() == null) {
			return false;
		}
		String system = Actor.SYSTEM.account();
		ReviewEvent event = switch (c.urgency()) {
			case ReviewClock.WARNING -> new ReviewDeadlineApproaching(r.id(), r.caseId(), round.number(), r.reviewer(),
					c.due(), c.workingDaysLeft(), system, at);
			case ReviewClock.OVERDUE -> new ReviewDeadlineLapsed(r.id(), r.caseId(), round.number(), r.reviewer(),
					c.due(), -c.workingDaysLeft(), system, at);
			default -> null;
		};
		if (event == null || raised(r, event.getClass().getSimpleName(), round.number(), c.due())) {
			return false;
		}
		this.events.publishEvent(event);
		return true;
	}

	/** Whether the journal already holds this kind of alert for the round and due day. */
	private boolean raised(LegalReview r, String type, int round, LocalDate due) {
		for (JournalEntry e : this.journal.entriesOfCase(r.caseId().value())) {
			if (!type.equals(e.type())) {
				continue;
			}
			JsonNode payload = this.json.readTree(e.entry()).path("payload");
			JsonNode reviewId = payload.path("reviewId");
			String id = reviewId.isObject() ? reviewId.path("value").asString("") : reviewId.asString("");
			if (id.equals(r.id().toString()) && payload.path("round").asInt() == round
					&& Objects.equals(payload.path("dueOn").asString(""), due.toString())) {
				return true;
			}
		}
		return false;
	}

}
