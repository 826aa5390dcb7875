package org.sanxiang.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar tables: loaded years, special days and the record of every change. */
@Repository
class CalendarDays {

	/** A loaded year and where its days came from. */
	record LoadedYear(int year, String source, Instant loadedAt, String loadedBy) {
	}

	/** One recorded change: who, when, what. */
	record Change(long id, Instant changedAt, String changedBy, String action, int year, LocalDate day, String before,
			String after) {

		public String actionLabel() {
			return switch (this.action) {
				case "ADD" -> "新增";
				case "CHANGE" -> "修改";
				case "REMOVE" -> "删除";
				case "LOAD_YEAR" -> "载入全年";
				case "REPLACE_YEAR" -> "替换全年";
				default -> this.action;
			};
		}

	}

	private final JdbcClient jdbc;

	CalendarDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Integer> years() {
		return this.jdbc.sql("select year from calendar_year order by year").query(Integer.class).list();
	}

	List<LoadedYear> loadedYears() {
		return this.jdbc.sql("select year, source, loaded_at, loaded_by from calendar_year order by year")
			.query((rs, i) -> new LoadedYear(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4)))
			.list();
	}

	List<SpecialDay> all() {
		return this.jdbc.sql("select day, kind, name from calendar_day order by day")
			.query((rs, i) -> new SpecialDay(rs.getObject(1, LocalDate.class), SpecialDayKind.valueOf(rs.getString(2)),
					rs.getString(3)))
			.list();
	}

	Optional<SpecialDay> find(LocalDate day) {
		return this.jdbc.sql("select day, kind, name from calendar_day where day = ?")
			.param(day)
			.query((rs, i) -> new SpecialDay(rs.getObject(1, LocalDate.class), SpecialDayKind.valueOf(rs.getString(2)),
					rs.getString(3)))
			.optional();
	}

	/**
	 * Registers {@code year} as loaded; false when another start or node registered it
	 * first.
	 */
	boolean insertYear(int year, String source, Instant at, String by) {
		return this.jdbc.sql("""
				insert into calendar_year (year, source, loaded_at, loaded_by) values (?, ?, ?, ?)
				on conflict (year) do nothing""").params(year, source, Timestamp.from(at), by).update() == 1;
	}

	void updateYear(int year, String source, Instant at, String by) {
		this.jdbc.sql("update calendar_year set source = ?, loaded_at = ?, loaded_by = ? where year = ?")
			.params(source, Timestamp.from(at), by, year)
			.update();
	}

	void insert(SpecialDay day) {
		this.jdbc.sql("insert into calendar_day (day, year, kind, name) values (?, ?, ?, ?)")
			.params(day.date(), day.year(), day.kind().name(), day.name())
			.update();
	}

	void upsert(SpecialDay day) {
		this.jdbc.sql("""
				insert into calendar_day (day, year, kind, name) values (?, ?, ?, ?)
				on conflict (day) do update set kind = excluded.kind, name = excluded.name""")
			.params(day.date(), day.year(), day.kind().name(), day.name())
			.update();
	}

	void delete(LocalDate day) {
		this.jdbc.sql("delete from calendar_day where day = ?").param(day).update();
	}

	void deleteYear(int year) {
		this.jdbc.sql("delete from calendar_day where year = ?").param(year).update();
	}

	void record(Instant at, String by, String action, int year, LocalDate day, String before, String after) {
		this.jdbc.sql("""
				insert into calendar_change (changed_at, changed_by, action, year, day, before_text, after_text)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(at), by, action, year, day, before, after)
			.update();
	}

	List<Change> recentChanges(int limit) {
		return this.jdbc.sql("""
				select id, changed_at, changed_by, action, year, day, before_text, after_text
				from calendar_change order by id desc limit ?""")
			.param(limit)
			.query((rs, i) -> new Change(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8)))
			.list();
	}

}
