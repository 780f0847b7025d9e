package org.scrworkflow.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Working days in England and Wales (domain §8.1): Monday to Friday, less the bank holidays of England and
 * Wales (jollyday's United Kingdom calendar, subdivision "eng", substitute days and one-off holidays
 * included), plus configured extra holidays, less configured removed ones.
 */
public final class WorkingDayCalendar {

  private static final String ENGLAND_AND_WALES = "eng";

  private final HolidayManager holidays;
  private final Set<LocalDate> extra;
  private final Set<LocalDate> removed;

  public WorkingDayCalendar(Collection<LocalDate> extraHolidays, Collection<LocalDate> removedHolidays) {
    this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    this.extra = Set.copyOf(extraHolidays);
    this.removed = Set.copyOf(removedHolidays);
  }

  public boolean isBankHoliday(LocalDate day) {
    if (extra.contains(day)) {
      return true;
    }
    return !removed.contains(day) && holidays.isHoliday(day, ENGLAND_AND_WALES);
  }

  public boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isBankHoliday(day);
  }

  /**
   * The Nth working day after the anchor: the anchor is day 0 and never counted, whatever kind of day it is.
   * A negative N counts working days back from the anchor (a reminder before a due date).
   */
  public LocalDate plusWorkingDays(LocalDate anchor, int n) {
    int step = n >= 0 ? 1 : -1;
    LocalDate day = anchor;
    for (int counted = 0; counted < Math.abs(n); ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The same day-number N calendar months later, clamped to the end of a shorter month, always from the
   * original anchor and never rolled forward to a working day (31 Aug + 6 = 28 Feb; 31 Jan + 2 = 31 Mar).
   */
  public LocalDate plusCalendarMonths(LocalDate anchor, int n) {
    return anchor.plusMonths(n);
  }

  public LocalDate plusCalendarDays(LocalDate anchor, int n) {
    return anchor.plusDays(n);
  }
}
