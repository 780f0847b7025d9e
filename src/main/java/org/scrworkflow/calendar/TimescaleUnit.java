package org.scrworkflow.calendar;

/** How a statutory period is counted (domain §8.1). */
public enum TimescaleUnit {
  WORKING_DAYS,
  CALENDAR_MONTHS,
  CALENDAR_DAYS
}
