/**
 * 工作日历 — working days with national holidays and 调休 working days, and the counting of
 * statutory periods on them. A period in working days counts only working days (行政许可法
 * 第八十二条, RULES.md T-1); the day of the triggering event is not counted (T-2); which days
 * are holidays or 调休 working days follows the State Council's yearly notice (T-3); a
 * period in natural days whose last day is a rest day ends on the next working day (民法典
 * 第二百零三条). The years 2019–2026 ship with the platform ({@code calendar/holidays.csv});
 * administrators load later years and correct single days in the console. A date outside
 * the loaded years is refused, never guessed.
 * <p>
 * API: {@link org.sanxiang.calendar.WorkingDays}, {@link org.sanxiang.calendar.Day} and
 * the event {@link org.sanxiang.calendar.CalendarChanged}.
 */
package org.sanxiang.calendar;
