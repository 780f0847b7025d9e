package org.scrworkflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;

/**
 * Drives reviews through the engine for scenario tests: sets the engine clock to historical dates,
 * completes tasks, executes asynchronous jobs and fires timers after asserting their due dates.
 */
@TestComponent
public class ReviewDriver {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final ProcessEngine engine;

  ReviewDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  public ProcessEngine engine() {
    return engine;
  }

  /** Sets the engine clock to 10:00 London time on that day. */
  public void today(LocalDate date) {
    at(date.atTime(10, 0));
  }

  public void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(LONDON).toInstant()));
  }

  public void resetClock() {
    ClockUtil.reset();
  }

  public ProcessInstance start(String processKey, String caseReference, Map<String, Object> variables) {
    ProcessInstance instance = engine.getRuntimeService()
        .startProcessInstanceByKey(processKey, caseReference, variables);
    runJobs(instance);
    return instance;
  }

  /** Every process instance of the review: the main one and the IMRs and publication it called. */
  public List<String> instanceTree(ProcessInstance root) {
    List<String> ids = new ArrayList<>();
    ids.add(root.getId());
    for (int i = 0; i < ids.size(); i++) {
      String parent = ids.get(i);
      engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(parent).list()
          .forEach(child -> ids.add(child.getId()));
    }
    return ids;
  }

  /** The one open task with that definition key anywhere in the review. */
  public Task task(ProcessInstance root, String taskKey) {
    List<Task> tasks = tasks(root, taskKey);
    assertThat(tasks).as("open tasks " + taskKey).hasSize(1);
    return tasks.get(0);
  }

  public List<Task> tasks(ProcessInstance root, String taskKey) {
    List<Task> tasks = new ArrayList<>();
    for (String id : instanceTree(root)) {
      tasks.addAll(engine.getTaskService().createTaskQuery().processInstanceId(id).taskDefinitionKey(taskKey).list());
    }
    return tasks;
  }

  /** Completes the one open task with that key, then runs the jobs that follow. */
  public void complete(ProcessInstance root, String taskKey, Map<String, Object> variables) {
    complete(root, task(root, taskKey), variables);
  }

  public void complete(ProcessInstance root, Task task, Map<String, Object> variables) {
    engine.getTaskService().complete(task.getId(), variables);
    runJobs(root);
  }

  /** Executes every due asynchronous continuation (not timers) in the review until none is left. */
  public void runJobs(ProcessInstance root) {
    for (int round = 0; round < 100; round++) {
      List<Job> jobs = new ArrayList<>();
      for (String id : instanceTree(root)) {
        jobs.addAll(engine.getManagementService().createJobQuery().processInstanceId(id).messages().list());
      }
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs kept coming after 100 rounds");
  }

  /** The timer job waiting at that event anywhere in the review. */
  public Job timer(ProcessInstance root, String timerEventId) {
    List<Job> timers = timers(root, timerEventId);
    assertThat(timers).as("timer " + timerEventId).hasSize(1);
    return timers.get(0);
  }

  public List<Job> timers(ProcessInstance root, String timerEventId) {
    List<Job> jobs = new ArrayList<>();
    for (String id : instanceTree(root)) {
      jobs.addAll(engine.getManagementService().createJobQuery().processInstanceId(id).timers()
          .activityId(timerEventId).list());
    }
    return jobs;
  }

  /** Asserts the timer is due on that day at that London time, moves the clock there and fires it. */
  public void fireTimer(ProcessInstance root, String timerEventId, LocalDate dueDay, LocalTime dueTime) {
    Job timer = timer(root, timerEventId);
    assertThat(london(timer.getDuedate())).as("due date of " + timerEventId).isEqualTo(dueDay.atTime(dueTime));
    at(dueDay.atTime(dueTime));
    engine.getManagementService().executeJob(timer.getId());
    runJobs(root);
  }

  public static LocalDateTime london(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), LONDON);
  }
}
