package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.sanxiang.platform.InputRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendar arithmetic on the shipped holiday data, without Spring or a database. The
 * 2026 dates are typed here from RULES.md T-3 (国务院办公厅关于2026年部分节假日安排的通知), independently of
 * the data file, so a typo in either is caught.
 */
class WorkingDaysTests {

	private static final HolidayTable CALENDAR = HolidayTable.of(IntStream.rangeClosed(2019, 2026).boxed().toList(),
			HolidayFile.shipped());

	static Stream<LocalDate> holidays2026() {
		return Stream
			.of(range("2026-01-01", "2026-01-03"), range("2026-02-15", "2026-02-23"), range("2026-04-04", "2026-04-06"),
					range("2026-05-01", "2026-05-05"), range("2026-06-19", "2026-06-21"),
					range("2026-09-25", "2026-09-27"), range("2026-10-01", "2026-10-07"))
			.flatMap(List::stream);
	}

	static Stream<LocalDate> swappedWorkingDays2026() {
		return Stream.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")
			.map(LocalDate::parse);
	}

	@ParameterizedTest
	@MethodSource("holidays2026")
	void everyHolidayOf2026IsNotAWorkingDay(LocalDate date) {
		Day day = CALENDAR.day(date);
		assertThat(day.workingDay()).isFalse();
		assertThat(day.reason()).isIn("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
	}

	@ParameterizedTest
	@MethodSource("swappedWorkingDays2026")
	void everySwappedWorkingDayOf2026IsAWorkingWeekendDay(LocalDate date) {
		Day day = CALENDAR.day(date);
		assertThat(day.workingDay()).isTrue();
		assertThat(day.reason()).isEqualTo("调休上班");
		assertThat(SpecialDay.isWeekend(date)).isTrue();
	}

	@Test
	void shippedDataFor2026IsExactlyTheStateCouncilNotice() {
		Set<LocalDate> holidays = holidays2026().collect(Collectors.toSet());
		Set<LocalDate> swapped = swappedWorkingDays2026().collect(Collectors.toSet());
		List<SpecialDay> shipped = CALENDAR.specialDays(2026);
		assertThat(shipped.stream().filter(d -> d.kind() == SpecialDayKind.HOLIDAY).map(SpecialDay::date))
			.containsExactlyInAnyOrderElementsOf(holidays);
		assertThat(shipped.stream().filter(d -> d.kind() == SpecialDayKind.WORKDAY).map(SpecialDay::date))
			.containsExactlyInAnyOrderElementsOf(swapped);
	}

	@Test
	void newYearsDay2026IsAHolidayAndTheFollowingSundayIsWorked() {
		assertThat(CALENDAR.day(date("2026-01-01"))).isEqualTo(new Day(date("2026-01-01"), false, "元旦", "元旦"));
		assertThat(CALENDAR.day(date("2026-01-04"))).isEqualTo(new Day(date("2026-01-04"), true, "调休上班", "元旦"));
		assertThat(CALENDAR.day(date("2026-01-05"))).isEqualTo(new Day(date("2026-01-05"), true, "工作日", null));
		assertThat(CALENDAR.day(date("2026-01-10"))).isEqualTo(new Day(date("2026-01-10"), false, "周末", null));
	}

	@Test
	void theEventDayIsNotCountedAndTheFirstWorkingDayAfterItIsDayOne() {
		// RULES.md T-2: counting starts the next day.
		assertThat(CALENDAR.addWorkingDays(date("2026-03-10"), 1)).isEqualTo("2026-03-11");
		// An event on a Saturday: the first working day is Monday.
		assertThat(CALENDAR.addWorkingDays(date("2026-03-07"), 1)).isEqualTo("2026-03-09");
		assertThat(CALENDAR.addWorkingDays(date("2026-03-10"), 0)).isEqualTo("2026-03-10");
	}

	@Test
	void addingWorkingDaysSkipsSpringFestival2026AndCountsBothSwappedSaturdays() {
		assertThat(CALENDAR.addWorkingDays(date("2026-02-13"), 1)).isEqualTo("2026-02-14");
		assertThat(CALENDAR.addWorkingDays(date("2026-02-13"), 2)).isEqualTo("2026-02-24");
		assertThat(CALENDAR.addWorkingDays(date("2026-02-14"), 1)).isEqualTo("2026-02-24");
		assertThat(CALENDAR.addWorkingDays(date("2026-02-27"), 1)).isEqualTo("2026-02-28");
		// 行政许可法 第四十二条 20 working days from 10 Feb: 11–14 Feb, 24–28 Feb, 2–13 Mar, 16
		// Mar.
		assertThat(CALENDAR.addWorkingDays(date("2026-02-10"), 20)).isEqualTo("2026-03-16");
		assertThat(CALENDAR.workingDaysBetween(date("2026-02-13"), date("2026-02-28"))).isEqualTo(6);
	}

	@Test
	void addingWorkingDaysCrossesEveryOtherHolidayOf2026() {
		assertThat(CALENDAR.addWorkingDays(date("2025-12-31"), 1)).isEqualTo("2026-01-04");
		assertThat(CALENDAR.addWorkingDays(date("2026-04-03"), 1)).isEqualTo("2026-04-07");
		assertThat(CALENDAR.addWorkingDays(date("2026-04-30"), 1)).isEqualTo("2026-05-06");
		assertThat(CALENDAR.addWorkingDays(date("2026-05-08"), 1)).isEqualTo("2026-05-09");
		assertThat(CALENDAR.addWorkingDays(date("2026-06-18"), 1)).isEqualTo("2026-06-22");
		assertThat(CALENDAR.addWorkingDays(date("2026-09-19"), 1)).isEqualTo("2026-09-20");
		assertThat(CALENDAR.addWorkingDays(date("2026-09-24"), 1)).isEqualTo("2026-09-28");
		assertThat(CALENDAR.addWorkingDays(date("2026-09-30"), 1)).isEqualTo("2026-10-08");
		assertThat(CALENDAR.addWorkingDays(date("2026-10-09"), 1)).isEqualTo("2026-10-10");
		assertThat(CALENDAR.addWorkingDays(date("2026-10-10"), 1)).isEqualTo("2026-10-12");
	}

	@Test
	void year2026Has248WorkingDays() {
		// 261 weekdays − 19 weekday holidays + 6 swapped working weekend days.
		assertThat(CALENDAR.workingDaysBetween(date("2025-12-31"), date("2026-12-31"))).isEqualTo(248);
	}

	@Test
	void countingBetweenIsTheInverseOfAdding() {
		for (LocalDate d = date("2019-01-01"); d.isBefore(date("2026-10-01")); d = d.plusDays(7)) {
			for (int n : new int[] { 0, 1, 5, 7, 20, 45 }) {
				assertThat(CALENDAR.workingDaysBetween(d, CALENDAR.addWorkingDays(d, n))).as("%s + %d", d, n)
					.isEqualTo(n);
				if (n > 0) {
					assertThat(CALENDAR.day(CALENDAR.addWorkingDays(d, n)).workingDay()).isTrue();
				}
			}
		}
	}

	@Test
	void workingDaysBetweenCountsDaysAfterFromUpToAndIncludingTo() {
		assertThat(CALENDAR.workingDaysBetween(date("2026-03-09"), date("2026-03-09"))).isZero();
		assertThat(CALENDAR.workingDaysBetween(date("2026-03-09"), date("2026-03-13"))).isEqualTo(4);
		assertThat(CALENDAR.workingDaysBetween(date("2026-03-08"), date("2026-03-13"))).isEqualTo(5);
		assertThat(CALENDAR.workingDaysBetween(date("2026-03-13"), date("2026-03-15"))).isZero();
	}

	@Test
	void aNaturalDayPeriodEndingOnARestDayEndsOnTheNextWorkingDay() {
		// 民法典 第二百零三条.
		assertThat(CALENDAR.addNaturalDays(date("2026-09-20"), 5)).isEqualTo("2026-09-28");
		assertThat(CALENDAR.addNaturalDays(date("2026-09-01"), 30)).isEqualTo("2026-10-08");
		assertThat(CALENDAR.addNaturalDays(date("2026-03-01"), 6)).isEqualTo("2026-03-09");
		assertThat(CALENDAR.addNaturalDays(date("2026-02-04"), 10)).isEqualTo("2026-02-14");
		assertThat(CALENDAR.addNaturalDays(date("2026-03-02"), 30)).isEqualTo("2026-04-01");
		assertThat(CALENDAR.addNaturalDays(date("2026-03-02"), 0)).isEqualTo("2026-03-02");
	}

	@Test
	void spring2020FestivalIncludesTheCovidExtension() {
		// 国办发明电〔2020〕1号 extended the holiday to 2 Feb; 1 Feb was no longer a working
		// Saturday.
		assertThat(CALENDAR.day(date("2020-01-19")).workingDay()).isTrue();
		assertThat(CALENDAR.day(date("2020-01-31")).workingDay()).isFalse();
		assertThat(CALENDAR.day(date("2020-02-01")).workingDay()).isFalse();
		assertThat(CALENDAR.day(date("2020-02-02")).workingDay()).isFalse();
		assertThat(CALENDAR.addWorkingDays(date("2020-01-23"), 1)).isEqualTo("2020-02-03");
	}

	@Test
	void from2025NewYearsEveAndTheSecondOfMayAreHolidays() {
		// 全国年节及纪念日放假办法 (2024 revision), 国办发明电〔2024〕12号.
		assertThat(CALENDAR.day(date("2025-01-28")).workingDay()).isFalse();
		assertThat(CALENDAR.day(date("2025-05-02")).workingDay()).isFalse();
		assertThat(CALENDAR.day(date("2025-04-27")).workingDay()).isTrue();
		assertThat(CALENDAR.day(date("2024-02-09")).workingDay()).as("2024 除夕 was only encouraged rest").isTrue();
	}

	@Test
	void everyYearFrom2019To2026Ships() {
		Set<Integer> years = HolidayFile.shipped()
			.stream()
			.map(SpecialDay::year)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(years).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
	}

	@Test
	void aDateOutsideTheLoadedYearsIsRefusedNotGuessed() {
		assertRejected(() -> CALENDAR.day(date("2018-12-31")), "date", "2018年的工作日历尚未载入");
		assertRejected(() -> CALENDAR.addWorkingDays(date("2027-01-04"), 1), "from", "2027年的工作日历尚未载入");
		assertRejected(() -> CALENDAR.workingDaysBetween(date("2026-12-01"), date("2027-01-10")), "to",
				"2027年的工作日历尚未载入");
	}

	@Test
	void aComputationRunningPastTheLastLoadedYearIsRefused() {
		assertRejected(() -> CALENDAR.addWorkingDays(date("2026-12-30"), 2), "days", "2027年的工作日历尚未载入");
		assertRejected(() -> CALENDAR.addWorkingDays(date("2026-06-01"), Integer.MAX_VALUE), "days", "2027年");
		assertRejected(() -> CALENDAR.addNaturalDays(date("2026-12-20"), 12), "days", "2027年");
		// 31 Dec 2026 is a Thursday and a working day: the period ends inside the loaded
		// years.
		assertThat(CALENDAR.addNaturalDays(date("2026-12-20"), 11)).isEqualTo("2026-12-31");
	}

	@Test
	void aYearMissingBetweenLoadedYearsIsRefused() {
		HolidayTable gap = HolidayTable.of(List.of(2025, 2027), HolidayFile.shipped());
		assertRejected(() -> gap.addWorkingDays(date("2025-12-30"), 5), "days", "2026年的工作日历尚未载入");
		assertRejected(() -> gap.workingDaysBetween(date("2025-12-01"), date("2027-01-10")), "to", "2026年");
	}

	@Test
	void negativeDaysAndEndBeforeStartAreRefused() {
		assertRejected(() -> CALENDAR.addWorkingDays(date("2026-03-02"), -1), "days", "不能为负数");
		assertRejected(() -> CALENDAR.addNaturalDays(date("2026-03-02"), -1), "days", "不能为负数");
		assertRejected(() -> CALENDAR.workingDaysBetween(date("2026-03-02"), date("2026-03-01")), "to", "不能早于");
	}

	@Test
	void anEmptyCalendarRefusesEverything() {
		HolidayTable empty = HolidayTable.of(List.of(), List.of());
		assertThat(empty.covers(2026)).isFalse();
		assertRejected(() -> empty.addWorkingDays(date("2026-03-02"), 1), "from", "2026年");
	}

	private static void assertRejected(Runnable call, String field, String message) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(InputRejected.class, ex -> {
			assertThat(ex.kind()).isEqualTo(InputRejected.Kind.UNPROCESSABLE);
			assertThat(ex.errors().get(0).field()).isEqualTo(field);
			assertThat(ex.firstMessage()).contains(message);
		});
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

	private static List<LocalDate> range(String from, String to) {
		return date(from).datesUntil(date(to).plusDays(1)).toList();
	}

}
