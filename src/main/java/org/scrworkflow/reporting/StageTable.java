package org.scrworkflow.reporting;

import static org.scrworkflow.process.DecisionColumns.ACTIVITY_ID;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.scrworkflow.rules.DeployedDecisions;
import org.scrworkflow.rules.DeployedDecisions.Table;
import org.springframework.stereotype.Component;

/** The decision table {@code processes/review-stage.dmn}: which stage a waiting step belongs to. */
@Component
class StageTable {

  static final String DECISION = "review-stage";

  private final DeployedDecisions decisions;
  /** The table's answers by decision definition id and step. */
  private final Map<String, Map<String, Optional<ReviewStage>>> answers = new ConcurrentHashMap<>();

  StageTable(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  /** The table as deployed now. */
  Stages current() {
    Table table = decisions.latest(DECISION);
    return new Stages(table, answers.computeIfAbsent(table.definitionId(), id -> new ConcurrentHashMap<>()));
  }

  /** One version of the table. */
  static final class Stages {

    private final Table table;
    private final Map<String, Optional<ReviewStage>> cache;

    private Stages(Table table, Map<String, Optional<ReviewStage>> cache) {
      this.table = table;
      this.cache = cache;
    }

    /** The stage of a step, or empty for a step with no row (automatic steps, those that run beside any stage). */
    Optional<ReviewStage> of(String activityId) {
      return cache.computeIfAbsent(activityId, id -> {
        DmnDecisionTableResult result = table.evaluate(Map.of(ACTIVITY_ID.name(), id));
        return result.isEmpty()
            ? Optional.empty()
            : Optional.of(ReviewStage.valueOf(result.getSingleResult().<String>getSingleEntry()));
      });
    }

    /** The earliest stage among steps waiting side by side, or empty when none has a row. */
    Optional<ReviewStage> earliest(Collection<String> activityIds) {
      return activityIds.stream().map(this::of).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }
  }
}
