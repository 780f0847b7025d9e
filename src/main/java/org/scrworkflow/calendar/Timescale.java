package org.scrworkflow.calendar;

/** One row of the statutory-timescale decision: e.g. T-1 = 1 working day. */
public record Timescale(String id, int amount, TimescaleUnit unit, String description) {

  /** The deadline this period gives from the anchor. */
  public java.time.LocalDate from(java.time.LocalDate anchor, WorkingDayCalendar calendar) {
    return switch (unit) {
      case WORKING_DAYS -> calendar.plusWorkingDays(anchor, amount);
      case CALENDAR_MONTHS -> calendar.plusCalendarMonths(anchor, amount);
      case CALENDAR_DAYS -> calendar.plusCalendarDays(anchor, amount);
    };
  }
}
