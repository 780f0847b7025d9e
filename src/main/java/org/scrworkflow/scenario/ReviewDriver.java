package org.scrworkflow.scenario;

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

/**
 * Drives reviews through the engine's Java API as its job executor and its users would: sets the engine's clock to
 * the day of each step, starts reviews, completes tasks, executes asynchronous jobs and fires timers (checking their
 * due dates where the caller knows them). Not a Spring bean: the demo, the tests and the benchmark each make one.
 */
public class ReviewDriver {

  /** The zone of the statutory calendar (England). */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final int MAX_JOB_ROUNDS = 100;

  private final ProcessEngine engine;
  private final ZoneId zone;

  public ReviewDriver(ProcessEngine engine) {
    this(engine, LONDON);
  }

  public ReviewDriver(ProcessEngine engine, ZoneId zone) {
    this.engine = engine;
    this.zone = zone;
  }

  public ProcessEngine engine() {
    return engine;
  }

  /** Sets the engine clock to 10:00 on that day. */
  public void today(LocalDate date) {
    at(date.atTime(10, 0));
  }

  public void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(zone).toInstant()));
  }

  /** The day on the engine's clock. */
  public LocalDate day() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
  }

  public void resetClock() {
    ClockUtil.reset();
  }

  /** Starts a process with that business key and runs the jobs that follow. */
  public ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
    ProcessInstance instance = engine.getRuntimeService()
        .startProcessInstanceByKey(processKey, businessKey, variables);
    runJobs(instance);
    return instance;
  }

  /** Starts it as that user of that group (the start event records who opened the referral, R-2.3). */
  public ProcessInstance startAs(String user, String group, String processKey, String businessKey,
      Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    ProcessInstance instance;
    try {
      instance = engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runJobs(instance);
    return instance;
  }

  /** Every process instance of the review: the main one and the IMRs and publication it called. */
  public List<String> instanceTree(ProcessInstance root) {
    List<String> ids = new ArrayList<>();
    ids.add(root.getId());
    for (int i = 0; i < ids.size(); i++) {
      engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
          .forEach(child -> ids.add(child.getId()));
    }
    return ids;
  }

  /** The one open task with that definition key anywhere in the review. */
  public Task task(ProcessInstance root, String taskKey) {
    List<Task> tasks = tasks(root, taskKey);
    if (tasks.size() != 1) {
      throw new IllegalStateException(root.getBusinessKey() + ": " + tasks.size() + " open tasks " + taskKey
          + ", expected one");
    }
    return tasks.get(0);
  }

  public List<Task> tasks(ProcessInstance root, String taskKey) {
    List<Task> tasks = new ArrayList<>();
    for (String id : instanceTree(root)) {
      tasks.addAll(engine.getTaskService().createTaskQuery().processInstanceId(id).taskDefinitionKey(taskKey).list());
    }
    return tasks;
  }

  /** Every open task anywhere in the review. */
  public List<Task> openTasks(ProcessInstance root) {
    List<Task> tasks = new ArrayList<>();
    for (String id : instanceTree(root)) {
      tasks.addAll(engine.getTaskService().createTaskQuery().processInstanceId(id).list());
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

  /** Claims the task for that user (as Tasklist does), completes it and runs the jobs that follow. */
  public void completeAs(ProcessInstance root, Task task, String user, Map<String, Object> variables) {
    engine.getTaskService().claim(task.getId(), user);
    complete(root, task, variables);
  }

  /** Executes every due asynchronous continuation (not timers) in the review until none is left. */
  public void runJobs(ProcessInstance root) {
    for (int round = 0; round < MAX_JOB_ROUNDS; round++) {
      List<Job> jobs = new ArrayList<>();
      for (String id : instanceTree(root)) {
        jobs.addAll(engine.getManagementService().createJobQuery().processInstanceId(id).messages().list());
      }
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs kept coming after " + MAX_JOB_ROUNDS + " rounds");
  }

  /** The timer job waiting at that event anywhere in the review. */
  public Job timer(ProcessInstance root, String timerEventId) {
    List<Job> timers = timers(root, timerEventId);
    if (timers.size() != 1) {
      throw new IllegalStateException(root.getBusinessKey() + ": " + timers.size() + " timers " + timerEventId
          + ", expected one");
    }
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

  /** Checks the timer is due on that day at that time, moves the clock there and fires it. */
  public void fireTimer(ProcessInstance root, String timerEventId, LocalDate dueDay, LocalTime dueTime) {
    Job timer = timer(root, timerEventId);
    LocalDateTime due = local(timer.getDuedate());
    if (!due.equals(dueDay.atTime(dueTime))) {
      throw new AssertionError("due date of " + timerEventId + ": expected " + dueDay.atTime(dueTime) + " but was "
          + due);
    }
    fire(root, timer);
  }

  /** Moves the clock to the timer's due time and fires it (when the caller does not check the date). */
  public void fireTimer(ProcessInstance root, String timerEventId) {
    fire(root, timer(root, timerEventId));
  }

  private void fire(ProcessInstance root, Job timer) {
    at(local(timer.getDuedate()));
    engine.getManagementService().executeJob(timer.getId());
    runJobs(root);
  }

  /** A date of the engine as local time in the calendar's zone. */
  public LocalDateTime local(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), zone);
  }

  public static LocalDateTime london(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), LONDON);
  }
}
