package org.sanxiang.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.platform.InputRejected;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar as a service: answers from an in-memory {@link HolidayTable}, rebuilt
 * after every committed change; loads the shipped years on start (each year only if the
 * database does not have it yet, so administrators' corrections survive restarts); and
 * carries out administrators' edits, each recorded with who, when and what.
 */
@Service
class WorkingCalendar implements TableWorkingDays, InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

	static final String SYSTEM = "系统";

	private final CalendarDays store;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private volatile HolidayTable table = HolidayTable.of(List.of(), List.of());

	WorkingCalendar(CalendarDays store, Clock clock, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.clock = clock;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
	}

	@Override
	public void afterPropertiesSet() {
		this.tx.executeWithoutResult(status -> loadShippedYears());
		reload();
		log.info("工作日历已载入：{}", this.table.years());
	}

	private void loadShippedYears() {
		Map<Integer, List<SpecialDay>> byYear = HolidayFile.shipped()
			.stream()
			.collect(Collectors.groupingBy(SpecialDay::year, TreeMap::new, Collectors.toList()));
		byYear.forEach((year, days) -> {
			// insert ... on conflict do nothing: a year already present (shipped earlier,
			// or edited by
			// an administrator) is left alone, and two nodes starting together load it
			// once.
			if (this.store.insertYear(year, "随程序发布（" + HolidayFile.SHIPPED + "）", this.clock.instant(), SYSTEM)) {
				days.forEach(this.store::insert);
				this.store.record(this.clock.instant(), SYSTEM, "LOAD_YEAR", year, null, null,
						HolidayFile.format(days));
				log.info("已从 {} 载入{}年的节假日安排（{}天）", HolidayFile.SHIPPED, year, days.size());
			}
		});
	}

	void reload() {
		this.table = HolidayTable.of(this.store.years(), this.store.all());
	}

	/**
	 * On every node (no scheduler lock): a change saved through another node raises no
	 * event here, so each node re-reads the table now and then.
	 */
	@org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${sanxiang.calendar.reload-interval:PT1M}",
			initialDelayString = "${sanxiang.calendar.reload-interval:PT1M}")
	void reloadPeriodically() {
		this.tx.executeWithoutResult(status -> reload());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CalendarChanged changed) {
		reload();
	}

	@Override
	public HolidayTable table() {
		return this.table;
	}

	// --- administration
	// ----------------------------------------------------------------------

	/**
	 * A warning for administrators, or null: the current year is not loaded, or it is
	 * November or December and next year is not loaded (the State Council publishes next
	 * year's notice each November, RULES.md T-3).
	 */
	String missingYearWarning() {
		LocalDate today = LocalDate.now(this.clock);
		if (!covers(today.getYear())) {
			return "本年度（" + today.getYear() + "年）的工作日历尚未载入：按工作日计算的期限将被拒绝，请尽快在“工作日历”中载入。";
		}
		int next = today.getYear() + 1;
		if (today.getMonthValue() >= 11 && !covers(next)) {
			return next + "年的工作日历尚未载入：国务院办公厅通常在每年11月公布次年的节假日安排，公布后请在“工作日历”中载入。";
		}
		return null;
	}

	/**
	 * Adds a special day or changes the one on that date. The year must already be
	 * loaded.
	 */
	@Transactional
	SpecialDay save(SpecialDay day, String by) {
		if (!covers(day.year())) {
			throw InputRejected.unprocessable("date", day.year() + "年的工作日历尚未载入：请先用“载入全年”上传该年的节假日安排，再修改单日");
		}
		Optional<SpecialDay> before = this.store.find(day.date());
		if (before.isPresent() && before.get().equals(day)) {
			return day;
		}
		this.store.upsert(day);
		this.store.record(this.clock.instant(), by, before.isPresent() ? "CHANGE" : "ADD", day.year(), day.date(),
				before.map(SpecialDay::toString).orElse(null), day.toString());
		this.events.publishEvent(
				new CalendarChanged(day.year(), before.isPresent() ? "CHANGE" : "ADD", day.date(), day.toString(), by));
		return day;
	}

	/**
	 * Removes a special day: the date becomes an ordinary weekday or weekend day again.
	 */
	@Transactional
	SpecialDay remove(LocalDate date, String by) {
		SpecialDay before = this.store.find(date)
			.orElseThrow(() -> InputRejected.unprocessable("date", date + " 不是节假日或调休上班日，无需删除"));
		this.store.delete(date);
		this.store.record(this.clock.instant(), by, "REMOVE", before.year(), date, before.toString(), null);
		this.events.publishEvent(new CalendarChanged(before.year(), "REMOVE", date, null, by));
		return before;
	}

	/**
	 * Loads a whole year from CSV text (field {@code csv}); a year already loaded is
	 * replaced only when {@code replace} is set (field {@code replace}). All or nothing.
	 */
	@Transactional
	List<SpecialDay> loadYear(int year, String csv, boolean replace, String by) {
		if (year < 2000 || year > 2100) {
			throw InputRejected.invalid("year", "年份应在2000至2100之间");
		}
		HolidayFile.Parsed parsed = HolidayFile.parse(csv, year);
		if (!parsed.ok()) {
			throw new InputRejected(InputRejected.Kind.INVALID,
					parsed.problems().stream().map(p -> new InputRejected.FieldError("csv", p)).toList());
		}
		boolean loaded = this.store.years().contains(year);
		if (loaded && !replace) {
			throw InputRejected.conflict("replace", year + "年已经载入；如需用上传的数据整体替换，请勾选“替换已载入的数据”");
		}
		String source = "管理员上传";
		if (loaded) {
			this.store.deleteYear(year);
			this.store.updateYear(year, source, this.clock.instant(), by);
		}
		else {
			this.store.insertYear(year, source, this.clock.instant(), by);
		}
		parsed.days().forEach(this.store::insert);
		String before = loaded ? HolidayFile.format(this.table.specialDays(year)) : null;
		this.store.record(this.clock.instant(), by, loaded ? "REPLACE_YEAR" : "LOAD_YEAR", year, null, before,
				HolidayFile.format(parsed.days()));
		this.events.publishEvent(new CalendarChanged(year, loaded ? "REPLACE_YEAR" : "LOAD_YEAR", null,
				HolidayFile.format(parsed.days()), by));
		return parsed.days();
	}

	List<CalendarDays.LoadedYear> loadedYearDetails() {
		return this.store.loadedYears();
	}

	List<CalendarDays.Change> recentChanges(int limit) {
		return this.store.recentChanges(limit);
	}

}
