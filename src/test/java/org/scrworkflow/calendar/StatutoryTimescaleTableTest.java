package org.scrworkflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.DecisionColumns.AMOUNT;
import static org.scrworkflow.process.DecisionColumns.DESCRIPTION;
import static org.scrworkflow.process.DecisionColumns.TIMESCALE_ID;
import static org.scrworkflow.process.DecisionColumns.UNIT;

import java.io.FileInputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/statutory-timescale.dmn row by row: the defaults of domain §8.2. */
class StatutoryTimescaleTableTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (var in = new FileInputStream("processes/statutory-timescale.dmn")) {
      decision = dmn.parseDecision("statutory-timescale", in);
    }
  }

  @ParameterizedTest(name = "{0} = {1} {2}")
  @CsvSource({
    "T-1, 1, WORKING_DAYS", "T-2, 1, CALENDAR_MONTHS", "T-2-REMINDER, -10, WORKING_DAYS",
    "T-2-ESCALATION, 1, WORKING_DAYS", "T-3, 6, CALENDAR_MONTHS", "T-4, 1, WORKING_DAYS",
    "T-5, 2, CALENDAR_MONTHS", "T-6, -5, WORKING_DAYS", "T-7-AGENCY, 1, WORKING_DAYS",
    "T-7-SENIOR-MANAGER, 5, WORKING_DAYS", "T-7-LSCB, 10, WORKING_DAYS", "T-8, -28, CALENDAR_DAYS",
    "T-9, 15, WORKING_DAYS", "T-10, 10, WORKING_DAYS", "T-11, 5, WORKING_DAYS", "T-12, 20, WORKING_DAYS",
    "T-13, 42, CALENDAR_DAYS", "T-14, 3, CALENDAR_MONTHS", "T-14-FINAL, 12, CALENDAR_MONTHS",
    "T-15, 3, CALENDAR_MONTHS", "T-16, 1, CALENDAR_MONTHS", "T-17, 20, WORKING_DAYS", "T-18, 10, WORKING_DAYS"
  })
  void defaultPeriods(String id, int amount, String unit) {
    Map<String, Object> row = dmn.evaluateDecisionTable(decision, Variables.putValue(TIMESCALE_ID.name(), id))
        .getSingleResult().getEntryMap();
    assertThat(((Number) row.get(AMOUNT.name())).intValue()).isEqualTo(amount);
    assertThat(row.get(UNIT.name())).isEqualTo(unit);
    assertThat((String) row.get(DESCRIPTION.name())).isNotBlank();
  }

  @Test
  @DisplayName("An unknown period gives no row (the calendar service then names it in its error)")
  void unknownPeriodHasNoRow() {
    assertThat(dmn.evaluateDecisionTable(decision, Variables.putValue(TIMESCALE_ID.name(), "T-99")).isEmpty()).isTrue();
  }
}
