package org.scrworkflow.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The working-day calendar.
 *
 * @param zone the zone every statutory date is computed in (Europe/London)
 * @param reminderTime the time of day reminders and escalations fire
 * @param extraHolidays days that are not working days although jollyday does not list them
 * @param removedHolidays days jollyday lists as bank holidays that are working days here
 */
@ConfigurationProperties(prefix = "scr.calendar")
public record CalendarProperties(ZoneId zone, LocalTime reminderTime, List<LocalDate> extraHolidays,
    List<LocalDate> removedHolidays) {

  public CalendarProperties {
    zone = zone == null ? ZoneId.of("Europe/London") : zone;
    reminderTime = reminderTime == null ? LocalTime.of(9, 0) : reminderTime;
    extraHolidays = extraHolidays == null ? List.of() : List.copyOf(extraHolidays);
    removedHolidays = removedHolidays == null ? List.of() : List.copyOf(removedHolidays);
  }
}
