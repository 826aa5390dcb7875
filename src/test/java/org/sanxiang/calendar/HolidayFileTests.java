package org.sanxiang.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HolidayFileTests {

	@Test
	void readsDaysSkippingCommentsBlankLinesAndTheHeader() {
		HolidayFile.Parsed parsed = HolidayFile.parse("""
				date,type,name
				# 国务院办公厅关于2027年部分节假日安排的通知

				2027-01-01,HOLIDAY,元旦
				2027-02-06，调休上班，春节
				""", 2027);
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.days()).containsExactly(
				new SpecialDay(LocalDate.parse("2027-01-01"), SpecialDayKind.HOLIDAY, "元旦"),
				new SpecialDay(LocalDate.parse("2027-02-06"), SpecialDayKind.WORKDAY, "春节"));
	}

	@Test
	void namesEveryBadLineByItsNumber() {
		HolidayFile.Parsed parsed = HolidayFile.parse("""
				2027-01-01,HOLIDAY,元旦
				2027-13-01,HOLIDAY,元旦
				2027-01-05,WORKDAY,元旦
				2026-10-01,HOLIDAY,国庆节
				2027-01-01,HOLIDAY,元旦
				2027-02-01,MAYBE,春节
				2027-02-02,HOLIDAY
				""", 2027);
		assertThat(parsed.days()).hasSize(1);
		assertThat(parsed.problems()).containsExactly("第2行：日期格式不正确，应为 YYYY-MM-DD",
				"第3行：调休上班日只能是周六或周日：2027-01-05 本来就是工作日", "第4行：日期 2026-10-01 不在2027年", "第5行：日期 2027-01-01 重复出现",
				"第6行：类型应为 HOLIDAY（放假）或 WORKDAY（调休上班）", "第7行：应为“日期,类型,名称”三列，实际为2列");
	}

	@Test
	void anEmptyUploadIsAProblem() {
		assertThat(HolidayFile.parse("# only a comment\n", 2027).problems()).singleElement()
			.asString()
			.contains("没有找到任何日期行");
	}

	@Test
	void formatRoundTrips() {
		String csv = HolidayFile.format(HolidayFile.shipped());
		assertThat(HolidayFile.parse(csv, null).days()).isEqualTo(HolidayFile.shipped());
	}

}
