package org.scrworkflow.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfig {

  @Bean
  WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
    return new WorkingDayCalendar(properties.extraHolidays(), properties.removedHolidays());
  }
}
