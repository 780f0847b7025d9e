package org.scrworkflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The date service the models call, e.g. {@code camunda:dueDate="${deadlines.dueAt('T-2', incidentNotifiedOn)}"}
 * and timer {@code ${deadlines.remindAt('T-6', imrDueDate)}}. Each period comes from the decision table
 * statutory-timescale; each date is a day in Europe/London. Anchors may be ISO dates (yyyy-MM-dd, what forms
 * submit), ISO date-times, {@link Date}, {@link LocalDate} or {@link LocalDateTime}.
 */
@Component("deadlines")
public class Deadlines {

  private final StatutoryTimescales timescales;
  private final WorkingDayCalendar calendar;
  private final CalendarProperties properties;

  Deadlines(StatutoryTimescales timescales, WorkingDayCalendar calendar, CalendarProperties properties) {
    this.timescales = timescales;
    this.calendar = calendar;
    this.properties = properties;
  }

  /** The deadline of a statutory period from the anchor, e.g. T-1 from the awareness date. */
  public LocalDate dueDate(String timescaleId, Object anchor) {
    return timescales.timescale(timescaleId).from(toLocalDate(anchor), calendar);
  }

  /** The deadline as yyyy-MM-dd, for storing as a variable (e.g. the T-3 six-month target). */
  public String dueDateIso(String timescaleId, Object anchor) {
    return dueDate(timescaleId, anchor).toString();
  }

  /** The end of the due day (23:59:59 London): a task's due date. Work done that day is on time. */
  public Date dueAt(String timescaleId, Object anchor) {
    return endOfDay(dueDate(timescaleId, anchor));
  }

  /** The due day at the reminder time (09:00 London): when a reminder or an escalation fires. */
  public Date remindAt(String timescaleId, Object anchor) {
    return at(dueDate(timescaleId, anchor), properties.reminderTime());
  }

  /** The start of the day after the deadline: when something not done in time is overdue. */
  public Date after(String timescaleId, Object anchor) {
    return at(dueDate(timescaleId, anchor).plusDays(1), LocalTime.MIDNIGHT);
  }

  /** Whether the day falls before the period's due date, e.g. a next review before the final one (T-14-FINAL). */
  public boolean before(String timescaleId, Object anchor, Object day) {
    return toLocalDate(day).isBefore(dueDate(timescaleId, anchor));
  }

  /** G-13 and the like: done on or before the deadline date. */
  public boolean onTime(String timescaleId, Object anchor, Object done) {
    return !toLocalDate(done).isAfter(dueDate(timescaleId, anchor));
  }

  /** The end of that day in London, for a due date given as a date (e.g. an IMR due date from the plan). */
  public Date endOfDay(Object day) {
    return at(toLocalDate(day), LocalTime.of(23, 59, 59));
  }

  /** The start of that day in London, as an instant (a thing recorded as done on that day). */
  public java.time.Instant startOf(LocalDate day) {
    return day.atStartOfDay(properties.zone()).toInstant();
  }

  /** The later of a moment and a day (at the reminder time); a missing day leaves the moment. */
  public Date latestOf(Date moment, Object notBeforeDay) {
    if (notBeforeDay == null || notBeforeDay.toString().isBlank()) {
      return moment;
    }
    Date other = at(toLocalDate(notBeforeDay), properties.reminderTime());
    return other.after(moment) ? other : moment;
  }

  /** The first of the values that is given: e.g. the last review date, or else the acceptance date. */
  public Object firstOf(Object first, Object second) {
    return first != null && !first.toString().isBlank() ? first : second;
  }

  /** Today in London (engine clock), as yyyy-MM-dd: stored by the models as the date a thing happened. */
  public String today() {
    return currentDate().toString();
  }

  public LocalDate currentDate() {
    return ClockUtil.getCurrentTime().toInstant().atZone(properties.zone()).toLocalDate();
  }

  /** Reads an anchor as a day in London. */
  public LocalDate toLocalDate(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("A date is missing");
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate();
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(properties.zone()).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text);
      }
      try {
        return OffsetDateTime.parse(text).atZoneSameInstant(properties.zone()).toLocalDate();
      } catch (DateTimeParseException e) {
        try {
          return ZonedDateTime.parse(text).withZoneSameInstant(properties.zone()).toLocalDate();
        } catch (DateTimeParseException e2) {
          return LocalDateTime.parse(text).toLocalDate();
        }
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date (expected yyyy-MM-dd)", e);
    }
  }

  private Date at(LocalDate day, LocalTime time) {
    Instant instant = day.atTime(time).atZone(properties.zone()).toInstant();
    return Date.from(instant);
  }
}
