package org.scrworkflow.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.scrworkflow.process.IndividualManagementReview;

/**
 * One review walked through the engine with the {@link StandardAnswers}: each step is completed by its demo user
 * (claimed first, as in Tasklist) on the day of the engine's clock, with the standard answer merged with this walk's
 * overrides. A scenario says only what its case is about:
 * <pre>{@code
 * walk.answer(TASK_RECOMMEND_TO_CHAIR, Map.of(RECOMMENDATION.name(), "DO_NOT_INITIATE")).until(TASK_DECIDE_INITIATION);
 * }</pre>
 */
public class ReviewWalk {

  private static final int MAX_STEPS = 200;

  private final ReviewDriver driver;
  private final ProcessInstance review;
  private final Function<String, Object> files;
  private final Map<String, Map<String, Object>> overrides = new HashMap<>();

  /**
   * @param files makes the file value of an upload from its file name (a small fictional PDF)
   */
  public ReviewWalk(ReviewDriver driver, ProcessInstance review, Function<String, Object> files) {
    this.driver = driver;
    this.review = review;
    this.files = files;
  }

  public ProcessInstance review() {
    return review;
  }

  public ReviewDriver driver() {
    return driver;
  }

  /** From now on, this step records these values over its standard answer (null removes a value). */
  public ReviewWalk answer(String taskKey, Map<String, Object> values) {
    overrides.computeIfAbsent(taskKey, k -> new LinkedHashMap<>()).putAll(values);
    return this;
  }

  /** Moves the engine's clock to 10:00 on that day. */
  public ReviewWalk on(LocalDate day) {
    driver.today(day);
    return this;
  }

  /** Completes every open task with that key with its answer; fails when none is open. */
  public ReviewWalk step(String taskKey) {
    return step(taskKey, Map.of());
  }

  /** Completes every open task with that key with its answer and, for this once, these values over it. */
  public ReviewWalk step(String taskKey, Map<String, Object> values) {
    List<Task> open = driver.tasks(review, taskKey);
    if (open.isEmpty()) {
      throw new IllegalStateException(review.getBusinessKey() + ": no open step " + taskKey + " (open: "
          + driver.openTasks(review).stream().map(Task::getTaskDefinitionKey).toList() + ")");
    }
    open.forEach(task -> complete(task, values));
    return this;
  }

  /** Completes the open task with that key in that agency's IMR. */
  public ReviewWalk stepOf(String taskKey, String agencyId, Map<String, Object> values) {
    for (Task task : driver.tasks(review, taskKey)) {
      if (agencyId.equals(agency(task))) {
        complete(task, values);
        return this;
      }
    }
    throw new IllegalStateException(review.getBusinessKey() + ": no open step " + taskKey + " of " + agencyId);
  }

  /**
   * Completes the open steps with their answers, round after round, until one is waiting at that element (a task,
   * a timer or any activity) or the review has ended. Fails when only timers are left before it: a scenario fires
   * timers itself ({@link #fireTimer}), after checking their due dates where they matter.
   */
  public ReviewWalk until(String elementId) {
    for (int steps = 0; steps < MAX_STEPS; steps++) {
      if (waitingAt(elementId) || ended()) {
        return this;
      }
      List<Task> open = driver.openTasks(review);
      if (open.isEmpty()) {
        throw new IllegalStateException(review.getBusinessKey() + ": nothing to complete before " + elementId
            + "; the review waits at " + activeActivities());
      }
      complete(open.get(0), Map.of());
    }
    throw new IllegalStateException(review.getBusinessKey() + ": " + elementId + " not reached in " + MAX_STEPS
        + " steps");
  }

  /**
   * Completes the open steps with their answers and, whenever none is open, fires the earliest timer of the review
   * (its IMRs and publication included) at its due time, until the review has ended: a whole review, start to close.
   */
  public ReviewWalk toTheEnd() {
    var management = driver.engine().getManagementService();
    for (int steps = 0; steps < MAX_STEPS * 2 && !ended(); steps++) {
      List<Task> open = driver.openTasks(review);
      if (!open.isEmpty()) {
        complete(open.get(0), Map.of());
        continue;
      }
      List<Job> timers = new ArrayList<>();
      for (String id : driver.instanceTree(review)) {
        timers.addAll(management.createJobQuery().processInstanceId(id).timers().list());
      }
      Job next = timers.stream().min(Comparator.comparing(Job::getDuedate)).orElseThrow(() ->
          new IllegalStateException(review.getBusinessKey() + ": waits with no step and no timer at "
              + activeActivities()));
      driver.at(driver.local(next.getDuedate()));
      management.executeJob(next.getId());
      driver.runJobs(review);
    }
    if (!ended()) {
      throw new IllegalStateException(review.getBusinessKey() + ": not ended in " + MAX_STEPS * 2 + " steps");
    }
    return this;
  }

  /** Moves the clock to the timer's due time and fires it. */
  public ReviewWalk fireTimer(String timerEventId) {
    driver.fireTimer(review, timerEventId);
    return this;
  }

  /** A token of the review (or its IMRs and publication) is at that element. */
  public boolean waitingAt(String elementId) {
    return activeActivities().contains(elementId);
  }

  public boolean ended() {
    return driver.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(review.getId())
        .count() == 0;
  }

  private List<String> activeActivities() {
    return driver.instanceTree(review).stream()
        .flatMap(id -> driver.engine().getRuntimeService().getActiveActivityIds(id).stream()).toList();
  }

  private void complete(Task task, Map<String, Object> once) {
    StandardAnswers.Answer answer = StandardAnswers.of(task.getTaskDefinitionKey());
    Map<String, Object> values = new HashMap<>(answer.values().on(driver.day(), files));
    values.putAll(overrides.getOrDefault(task.getTaskDefinitionKey(), Map.of()));
    values.putAll(once);
    values.values().removeIf(java.util.Objects::isNull);
    driver.completeAs(review, task, answer.userFor(agency(task)), values);
  }

  private String agency(Task task) {
    return IndividualManagementReview.AGENCY_ID.from(
        driver.engine().getTaskService().getVariables(task.getId(), List.of(IndividualManagementReview.AGENCY_ID
            .name())));
  }
}
