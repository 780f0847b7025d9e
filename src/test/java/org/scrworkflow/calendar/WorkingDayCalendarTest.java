package org.scrworkflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Domain §8 and §9: working days and calendar months, tested on the historical dates of the guidance. */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(), List.of());

  static Stream<Integer> years() {
    return Stream.of(2010, 2011, 2012, 2013);
  }

  /** Domain §9, the bank holidays of England and Wales. */
  static List<LocalDate> bankHolidays(int year) {
    return switch (year) {
      case 2010 -> dates("2010-01-01", "2010-04-02", "2010-04-05", "2010-05-03", "2010-05-31", "2010-08-30",
          "2010-12-27", "2010-12-28");
      case 2011 -> dates("2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02", "2011-05-30",
          "2011-08-29", "2011-12-26", "2011-12-27");
      case 2012 -> dates("2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05",
          "2012-08-27", "2012-12-25", "2012-12-26");
      case 2013 -> dates("2013-01-01", "2013-03-29", "2013-04-01", "2013-05-06", "2013-05-27", "2013-08-26",
          "2013-12-25", "2013-12-26");
      default -> throw new IllegalArgumentException();
    };
  }

  @ParameterizedTest(name = "§9 bank holidays of {0} are exactly the non-working weekdays")
  @MethodSource("years")
  void bankHolidaysMatchTheDomainTable(int year) {
    List<LocalDate> weekdayHolidays = new ArrayList<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (!weekend && !calendar.isWorkingDay(day)) {
        weekdayHolidays.add(day);
      }
    }
    assertThat(weekdayHolidays).containsExactlyElementsOf(bankHolidays(year));
  }

  @ParameterizedTest(name = "T-1 / AT-08: aware {0} -> due {1}")
  @CsvSource({
    "2010-12-31, 2011-01-04",
    "2011-01-01, 2011-01-04",
    "2011-04-21, 2011-04-26",
    "2011-04-28, 2011-05-03",
    "2012-06-01, 2012-06-06",
    "2011-12-23, 2011-12-28",
    "2011-03-14, 2011-03-15"
  })
  void oneWorkingDay(LocalDate aware, LocalDate due) {
    assertThat(calendar.plusWorkingDays(aware, 1)).isEqualTo(due);
  }

  @ParameterizedTest(name = "calendar months: {0} + {1} -> {2}")
  @CsvSource({
    "2011-01-31, 1, 2011-02-28",
    "2012-01-31, 1, 2012-02-29",
    "2011-03-31, 1, 2011-04-30",
    "2010-08-31, 6, 2011-02-28",
    "2011-08-31, 6, 2012-02-29",
    "2012-02-29, 6, 2012-08-29",
    "2011-04-04, 6, 2011-10-04",
    "2011-01-31, 2, 2011-03-31",
    "2011-01-12, 3, 2011-04-12",
    "2011-05-20, 1, 2011-06-20"
  })
  void calendarMonthsClampAndNeverRollForward(LocalDate anchor, int months, LocalDate expected) {
    assertThat(calendar.plusCalendarMonths(anchor, months)).isEqualTo(expected);
  }

  @Test
  @DisplayName("AT-07: decision due Mon 28 Feb 2011; reminder ten working days before (Mon 14 Feb); escalation Tue 1 Mar")
  void decisionReminderAndEscalation() {
    LocalDate due = calendar.plusCalendarMonths(LocalDate.of(2011, 1, 31), 1);
    assertThat(due).isEqualTo(LocalDate.of(2011, 2, 28));
    assertThat(calendar.plusWorkingDays(due, -10)).isEqualTo(LocalDate.of(2011, 2, 14));
    assertThat(calendar.plusWorkingDays(due, 1)).isEqualTo(LocalDate.of(2011, 3, 1));
  }

  @Test
  @DisplayName("AT-13: IMR due Fri 26 Aug 2011: 19 Aug, 30 Aug (29 Aug bank holiday), 5 Sep, 12 Sep")
  void imrReminderLadder() {
    LocalDate due = LocalDate.of(2011, 8, 26);
    assertThat(calendar.plusWorkingDays(due, -5)).isEqualTo(LocalDate.of(2011, 8, 19));
    assertThat(calendar.plusWorkingDays(due, 1)).isEqualTo(LocalDate.of(2011, 8, 30));
    assertThat(calendar.plusWorkingDays(due, 5)).isEqualTo(LocalDate.of(2011, 9, 5));
    assertThat(calendar.plusWorkingDays(due, 10)).isEqualTo(LocalDate.of(2011, 9, 12));
  }

  @Test
  @DisplayName("AT-14: received Fri 10 Jun 2011 -> scrutiny due Fri 1 Jul; sent back Fri 24 Jun -> due Fri 8 Jul")
  void scrutinyAndResubmission() {
    assertThat(calendar.plusWorkingDays(LocalDate.of(2011, 6, 10), 15)).isEqualTo(LocalDate.of(2011, 7, 1));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2011, 6, 24), 10)).isEqualTo(LocalDate.of(2011, 7, 8));
  }

  @Test
  @DisplayName("AT-01 / AT-18: T-8 is 28 calendar days before T-3")
  void sixMonthWarning() {
    assertThat(calendar.plusCalendarDays(LocalDate.of(2011, 10, 4), -28)).isEqualTo(LocalDate.of(2011, 9, 6));
    assertThat(calendar.plusCalendarDays(LocalDate.of(2011, 2, 28), -28)).isEqualTo(LocalDate.of(2011, 1, 31));
  }

  @Test
  @DisplayName("Configured overrides: an extra holiday is skipped, a removed one is worked")
  void overridesApply() {
    var adjusted = new WorkingDayCalendar(dates("2011-03-15"), dates("2011-04-29"));
    assertThat(adjusted.plusWorkingDays(LocalDate.of(2011, 3, 14), 1)).isEqualTo(LocalDate.of(2011, 3, 16));
    assertThat(adjusted.isWorkingDay(LocalDate.of(2011, 4, 29))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2011, 4, 29))).isFalse();
  }

  private static List<LocalDate> dates(String... iso) {
    return Stream.of(iso).map(LocalDate::parse).toList();
  }
}
