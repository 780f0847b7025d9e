package org.scrworkflow.reporting;

import static org.scrworkflow.process.DecisionColumns.AMOUNT;
import static org.scrworkflow.process.DecisionColumns.DESCRIPTION;
import static org.scrworkflow.process.DecisionColumns.TIMESCALE_ID;
import static org.scrworkflow.process.DecisionColumns.UNIT;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.scrworkflow.calendar.Timescale;
import org.scrworkflow.calendar.TimescaleUnit;
import org.scrworkflow.calendar.WorkingDayCalendar;
import org.scrworkflow.rules.DeployedDecisions;
import org.scrworkflow.rules.DeployedDecisions.Table;
import org.springframework.stereotype.Component;

/**
 * A statutory deadline the history does not hold yet, e.g. T-2 while the case is still being screened (the chair's
 * task, whose due date is T-2, does not exist until then). Worked out like the models do: the period from the
 * deployed table statutory-timescale, the day from the working-day calendar.
 */
@Component
class PlannedDates {

  static final String DECISION = "statutory-timescale";

  private final DeployedDecisions decisions;
  private final WorkingDayCalendar calendar;

  PlannedDates(DeployedDecisions decisions, WorkingDayCalendar calendar) {
    this.decisions = decisions;
    this.calendar = calendar;
  }

  /** The periods as deployed now; each period is read once. */
  Periods current() {
    return new Periods(decisions.latest(DECISION), calendar);
  }

  /** Deadlines from one version of the table. */
  static final class Periods {

    private final Table table;
    private final WorkingDayCalendar calendar;
    private final Map<String, Timescale> read = new HashMap<>();

    private Periods(Table table, WorkingDayCalendar calendar) {
      this.table = table;
      this.calendar = calendar;
    }

    /** The deadline of a period from its anchor; null without an anchor or without the period in the table. */
    LocalDate due(String timescaleId, LocalDate anchor) {
      if (anchor == null) {
        return null;
      }
      Timescale timescale = read.computeIfAbsent(timescaleId, this::timescale);
      return timescale == null ? null : timescale.from(anchor, calendar);
    }

    private Timescale timescale(String id) {
      DmnDecisionTableResult result = table.evaluate(Map.of(TIMESCALE_ID.name(), id));
      if (result.isEmpty()) {
        return null;
      }
      Map<String, Object> row = result.getSingleResult().getEntryMap();
      return new Timescale(id, ((Number) row.get(AMOUNT.name())).intValue(),
          TimescaleUnit.valueOf((String) row.get(UNIT.name())),
          (String) row.get(DESCRIPTION.name()));
    }
  }
}
