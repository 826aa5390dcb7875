package org.sanxiang.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.platform.InputRejected;

/**
 * The CSV a person or the platform supplies for whole years: one special day per line,
 * {@code date,type,name} — e.g. {@code 2026-02-14,WORKDAY,春节}. Lines starting with
 * {@code #} and blank lines are ignored, as is a header line starting with {@code date}.
 * The type may be written {@code HOLIDAY}/{@code 放假} or {@code WORKDAY}/{@code 调休上班}; a
 * Chinese comma separates as well as an ASCII one.
 */
final class HolidayFile {

	/**
	 * The years 2019–2026 as published by the State Council, shipped with the platform.
	 */
	static final String SHIPPED = "calendar/holidays.csv";

	private HolidayFile() {
	}

	/** Parsed days, or the problems found, each prefixed with its line number. */
	record Parsed(List<SpecialDay> days, List<String> problems) {

		boolean ok() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * Parses {@code text}; when {@code expectedYear} is not null every date must fall in
	 * it. Never throws for bad content: a caller shows every problem at once.
	 */
	static Parsed parse(String text, Integer expectedYear) {
		List<SpecialDay> days = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		String[] lines = (text == null ? "" : text).replace("\uFEFF", "").split("\\r?\\n|\\r");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			int number = i + 1;
			if (line.isEmpty() || line.startsWith("#") || line.toLowerCase().startsWith("date")) {
				continue;
			}
			String[] cells = line.split("[,，\\t]", -1);
			if (cells.length != 3) {
				problems.add("第" + number + "行：应为“日期,类型,名称”三列，实际为" + cells.length + "列");
				continue;
			}
			SpecialDay day;
			try {
				day = SpecialDay.of(cells[0], cells[1], cells[2]);
			}
			catch (InputRejected ex) {
				ex.errors().forEach(e -> problems.add("第" + number + "行：" + e.message()));
				continue;
			}
			if (expectedYear != null && day.year() != expectedYear) {
				problems.add("第" + number + "行：日期 " + day.date() + " 不在" + expectedYear + "年");
				continue;
			}
			if (!seen.add(day.date())) {
				problems.add("第" + number + "行：日期 " + day.date() + " 重复出现");
				continue;
			}
			days.add(day);
		}
		if (problems.isEmpty() && days.isEmpty()) {
			problems.add("没有找到任何日期行：每行应为“日期,类型,名称”，如 2026-02-14,WORKDAY,春节");
		}
		return new Parsed(List.copyOf(days), List.copyOf(problems));
	}

	/** The shipped file; a problem in it is a bug in the release, not bad input. */
	static List<SpecialDay> shipped() {
		try (InputStream in = HolidayFile.class.getClassLoader().getResourceAsStream(SHIPPED)) {
			if (in == null) {
				throw new IllegalStateException("missing classpath resource " + SHIPPED);
			}
			Parsed parsed = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
			if (!parsed.ok()) {
				throw new IllegalStateException(SHIPPED + ": " + parsed.problems());
			}
			return parsed.days();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes days back in the file's format (for the change record and the console's
	 * export).
	 */
	static String format(List<SpecialDay> days) {
		StringBuilder out = new StringBuilder("date,type,name\n");
		days.forEach(d -> out.append(d.date())
			.append(',')
			.append(d.kind().name())
			.append(',')
			.append(d.name())
			.append('\n'));
		return out.toString();
	}

}
