package org.scrworkflow.reporting;

import static org.scrworkflow.process.IndividualManagementReview.AGENCY_ID;
import static org.scrworkflow.process.IndividualManagementReview.IMR_RECEIVED_ON;
import static org.scrworkflow.process.ScrPublication.COMPELLING_WELFARE_REASONS;
import static org.scrworkflow.process.ScrPublication.LEGAL_ADVICE_OUTCOME;
import static org.scrworkflow.process.ScrPublication.LEGAL_ADVICE_REASONS;
import static org.scrworkflow.process.ScrPublication.WELFARE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.IMR_DUE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.PUBLICATION_OUTCOME;
import static org.scrworkflow.process.SeriousCaseReview.PUBLISHED_ON;
import static org.scrworkflow.process.SeriousCaseReview.REVISED_TARGET;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONSULT_ON_SLIPPAGE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricActivityInstanceQuery;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.process.ScrPublication;
import org.scrworkflow.process.SeriousCaseReview;
import org.springframework.stereotype.Component;

/**
 * Reads what the reports need from the engine's history, with the normal query APIs. The reviews are queried as
 * the calling user: a review the caller may not read (authorizations, tenants) is simply not returned. What the
 * reports show of those reviews (their variables, waiting steps, tasks, IMRs, publication, incidents) is then
 * read without the engine's per-row authorization join, the caller's tenants still applied, and kept only for
 * the reviews already allowed: the same answer, without a sort of every wide history row the join made the
 * database do (bench/RESULTS.md: the dashboard at ten times the national scale). A handful of queries serve the
 * whole list, whatever the number of reviews. Only the variables of {@link ReportedVariables} are read.
 */
@Component
class ReviewHistory {

  /** Ids per IN clause: well below every database's limit. */
  private static final int CHUNK = 500;

  private final HistoryService history;
  private final ProcessEngineConfigurationImpl configuration;

  ReviewHistory(ProcessEngine engine) {
    this.history = engine.getHistoryService();
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** A review as its history holds it. */
  record ReviewRecord(
      HistoricProcessInstance instance,
      Map<String, Object> variables,
      Set<String> waitingActivityIds,
      Map<String, Date> taskDueDates,
      List<Date> slippageConsultations,
      List<ImrRecord> imrs,
      PublicationRecord publication,
      int openIncidents,
      List<DecidingTask> decidingTasks,
      List<RevisedTarget> revisedTargets,
      List<OpenTask> lateTasks) {

    Object variable(String name) {
      return variables.get(name);
    }
  }

  /** One agency's IMR (an individual-management-review instance) and the task open in it, if any. */
  record ImrRecord(HistoricProcessInstance instance, String agencyId, Object dueDate, Object receivedOn,
      OpenTask openTask) {}

  record OpenTask(String key, String name, Date dueDate) {}

  /** The publication (scr-publication instance) and whether the reasons for withholding were recorded. */
  record PublicationRecord(HistoricProcessInstance instance, String outcome, boolean compellingWelfareReasons,
      String legalAdviceOutcome, Object publishedOn, boolean welfareReasonsRecorded, boolean legalReasonsRecorded) {}

  /** A user task whose completer decided something; {@code by} is a user id. */
  record DecidingTask(String key, String name, Date dueDate, Date completed, String by) {}

  /** S-22: a revised target as it was recorded. */
  record RevisedTarget(Date recordedAt, Object target) {}

  /** Every review the caller may read, oldest first, with what the dashboard shows. */
  List<ReviewRecord> all() {
    List<HistoricProcessInstance> reviews = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(SeriousCaseReview.KEY).orderByProcessInstanceStartTime().asc().list();
    return ofAllowedReviews(() -> read(reviews, false));
  }

  /** The latest review of that case, with its full timeline. */
  Optional<ReviewRecord> latest(String caseReference) {
    List<HistoricProcessInstance> reviews = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(SeriousCaseReview.KEY).processInstanceBusinessKey(caseReference)
        .orderByProcessInstanceStartTime().desc().list();
    return reviews.isEmpty() ? Optional.empty()
        : Optional.of(ofAllowedReviews(() -> read(List.of(reviews.get(0)), true)).get(0));
  }

  /** That review (a serious-case-review instance), with its full timeline; empty when the caller may not read it. */
  Optional<ReviewRecord> ofInstance(String processInstanceId) {
    List<HistoricProcessInstance> reviews = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(SeriousCaseReview.KEY).processInstanceId(processInstanceId).list();
    return reviews.isEmpty() ? Optional.empty()
        : Optional.of(ofAllowedReviews(() -> read(reviews, true)).get(0));
  }

  /**
   * Runs the reading of reviews the caller may read (queried with authorization just before) in one command
   * without authorization checks: every query in it is narrowed to those reviews, or filtered to them here.
   */
  private <T> T ofAllowedReviews(Supplier<T> reading) {
    return configuration.getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(reading::get));
  }

  /**
   * The history of these reviews. One review: queries narrowed to it. Many: one query per kind of fact, filtered
   * here. {@code detailed}: also finished IMRs, the deciding tasks and the revised targets (the timeline).
   */
  private List<ReviewRecord> read(List<HistoricProcessInstance> reviews, boolean detailed) {
    if (reviews.isEmpty()) {
      return List.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    reviews.forEach(r -> ids.add(r.getId()));
    String only = ids.size() == 1 ? ids.iterator().next() : null;

    Map<String, Map<String, Object>> variables = variables(ids, ReportedVariables.REVIEW);

    HistoricActivityInstanceQuery waitingQuery = history.createHistoricActivityInstanceQuery().unfinished();
    if (only != null) {
      waitingQuery.processInstanceId(only);
    }
    Map<String, Set<String>> waiting = new HashMap<>();
    for (HistoricActivityInstance activity : waitingQuery.list()) {
      if (ids.contains(activity.getProcessInstanceId())) {
        waiting.computeIfAbsent(activity.getProcessInstanceId(),
            k -> new LinkedHashSet<>()).add(activity.getActivityId());
      }
    }

    HistoricTaskInstanceQuery dueQuery = history.createHistoricTaskInstanceQuery()
        .processDefinitionKey(SeriousCaseReview.KEY)
        .taskDefinitionKeyIn(TASK_APPROVE_INCIDENT_NOTIFICATION, TASK_DECIDE_INITIATION);
    if (only != null) {
      dueQuery.processInstanceId(only);
    }
    // T-1 and T-2 are the due dates of these tasks
    Map<String, Map<String, HistoricTaskInstance>> latestTasks = new HashMap<>();
    for (HistoricTaskInstance task : dueQuery.list()) {
      if (ids.contains(task.getProcessInstanceId())) {
        latestTasks.computeIfAbsent(task.getProcessInstanceId(), k -> new HashMap<>())
            .merge(task.getTaskDefinitionKey(), task, (a, b) -> a.getStartTime().after(b.getStartTime()) ? a : b);
      }
    }

    // every open step of the reviews whose due date has passed (the IMRs' steps are read with the IMRs)
    HistoricTaskInstanceQuery lateQuery = history.createHistoricTaskInstanceQuery()
        .processDefinitionKey(SeriousCaseReview.KEY).unfinished().taskDueBefore(ClockUtil.getCurrentTime());
    if (only != null) {
      lateQuery.processInstanceId(only);
    }
    Map<String, List<OpenTask>> lateTasks = new HashMap<>();
    for (HistoricTaskInstance task : lateQuery.list()) {
      if (ids.contains(task.getProcessInstanceId())) {
        lateTasks.computeIfAbsent(task.getProcessInstanceId(), k -> new ArrayList<>())
            .add(new OpenTask(task.getTaskDefinitionKey(), task.getName(), task.getDueDate()));
      }
    }
    lateTasks.values().forEach(tasks -> tasks.sort(Comparator.comparing(OpenTask::dueDate)));

    HistoricActivityInstanceQuery slippageQuery =
        history.createHistoricActivityInstanceQuery().activityId(TASK_CONSULT_ON_SLIPPAGE).finished();
    if (only != null) {
      slippageQuery.processInstanceId(only);
    }
    Map<String, List<Date>> consultations = new HashMap<>();
    for (HistoricActivityInstance consultation : slippageQuery.list()) {
      if (ids.contains(consultation.getProcessInstanceId())) {
        consultations.computeIfAbsent(consultation.getProcessInstanceId(), k -> new ArrayList<>())
            .add(consultation.getEndTime());
      }
    }
    consultations.values().forEach(dates -> dates.sort(Comparator.naturalOrder()));

    // The reviews' own sub-instances: one IMR per agency, one publication.
    Map<String, String> reviewOfSubInstance = new HashMap<>();
    Map<String, List<ImrRecord>> imrs = imrs(ids, only, detailed, reviewOfSubInstance);
    Map<String, PublicationRecord> publications = publications(ids, only, reviewOfSubInstance);

    Map<String, Integer> incidents = new HashMap<>();
    history.createHistoricIncidentQuery().open().list().forEach(incident -> {
      String review = ids.contains(incident.getProcessInstanceId())
          ? incident.getProcessInstanceId()
          : reviewOfSubInstance.get(incident.getProcessInstanceId());
      if (review != null) {
        incidents.merge(review, 1, Integer::sum);
      }
    });

    List<ReviewRecord> records = new ArrayList<>();
    for (HistoricProcessInstance review : reviews) {
      String id = review.getId();
      Map<String, Date> dueDates = new HashMap<>();
      latestTasks.getOrDefault(id, Map.of()).forEach((key, task) -> {
        if (task.getDueDate() != null) {
          dueDates.put(key, task.getDueDate());
        }
      });
      records.add(new ReviewRecord(review, variables.getOrDefault(id, Map.of()), waiting.getOrDefault(id, Set.of()),
          dueDates, consultations.getOrDefault(id, List.of()), imrs.getOrDefault(id, List.of()),
          publications.get(id), incidents.getOrDefault(id, 0),
          detailed ? decidingTasks(id, publications.get(id)) : List.of(),
          detailed ? revisedTargets(id) : List.of(), lateTasks.getOrDefault(id, List.of())));
    }
    return records;
  }

  /** Active steps of a review that is between waits (e.g. an automatic step failed): its steps, latest first. */
  List<String> stepsLatestFirst(String processInstanceId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime().desc().list().stream()
        .map(HistoricActivityInstance::getActivityId).toList();
  }

  private Map<String, List<ImrRecord>> imrs(Set<String> reviewIds, String only, boolean all,
      Map<String, String> reviewOfSubInstance) {
    List<HistoricProcessInstance> instances = subInstances(IndividualManagementReview.KEY, reviewIds, only, all,
        reviewOfSubInstance);
    if (instances.isEmpty()) {
      return Map.of();
    }
    Set<String> ids = idsOf(instances);
    Map<String, Map<String, Object>> variables = variables(ids, ReportedVariables.IMR);
    Map<String, OpenTask> openTasks = new HashMap<>();
    HistoricTaskInstanceQuery taskQuery = history.createHistoricTaskInstanceQuery()
        .processDefinitionKey(IndividualManagementReview.KEY).unfinished();
    if (only != null && ids.size() == 1) {
      taskQuery.processInstanceId(ids.iterator().next());
    }
    for (HistoricTaskInstance task : taskQuery.list()) {
      if (ids.contains(task.getProcessInstanceId())) {
        openTasks.put(task.getProcessInstanceId(),
            new OpenTask(task.getTaskDefinitionKey(), task.getName(), task.getDueDate()));
      }
    }
    Map<String, List<ImrRecord>> byReview = new HashMap<>();
    for (HistoricProcessInstance instance : instances) {
      Map<String, Object> vars = variables.getOrDefault(instance.getId(), Map.of());
      byReview.computeIfAbsent(instance.getSuperProcessInstanceId(), k -> new ArrayList<>()).add(new ImrRecord(
          instance, (String) vars.get(AGENCY_ID.name()), vars.get(IMR_DUE_DATE.name()),
              vars.get(IMR_RECEIVED_ON.name()),
          openTasks.get(instance.getId())));
    }
    return byReview;
  }

  /**
   * The instances of a called process (IMRs, publication) of these reviews, oldest first, each noted in
   * reviewOfSubInstance with its review; only the unfinished ones unless all.
   */
  private List<HistoricProcessInstance> subInstances(String processKey, Set<String> reviewIds, String only,
      boolean all, Map<String, String> reviewOfSubInstance) {
    HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .orderByProcessInstanceStartTime().asc();
    if (only != null) {
      query.superProcessInstanceId(only);
    }
    if (!all) {
      query.unfinished();
    }
    List<HistoricProcessInstance> instances = query.list().stream()
        .filter(i -> reviewIds.contains(i.getSuperProcessInstanceId())).toList();
    instances.forEach(i -> reviewOfSubInstance.put(i.getId(), i.getSuperProcessInstanceId()));
    return instances;
  }

  private static Set<String> idsOf(List<HistoricProcessInstance> instances) {
    Set<String> ids = new LinkedHashSet<>();
    instances.forEach(i -> ids.add(i.getId()));
    return ids;
  }

  private Map<String, PublicationRecord> publications(Set<String> reviewIds, String only,
      Map<String, String> reviewOfSubInstance) {
    List<HistoricProcessInstance> instances = subInstances(ScrPublication.KEY, reviewIds, only, true,
        reviewOfSubInstance);
    if (instances.isEmpty()) {
      return Map.of();
    }
    Set<String> ids = idsOf(instances);
    Map<String, Map<String, Object>> variables = variables(ids, ReportedVariables.PUBLICATION);
    Map<String, Map<String, Object>> reasons = variables(ids, ReportedVariables.PRESENCE_ONLY);
    Map<String, PublicationRecord> byReview = new HashMap<>();
    for (HistoricProcessInstance instance : instances) {
      Map<String, Object> vars = variables.getOrDefault(instance.getId(), Map.of());
      Map<String, Object> texts = reasons.getOrDefault(instance.getId(), Map.of());
      // the latest publication of a review counts (a review has one)
      byReview.put(instance.getSuperProcessInstanceId(), new PublicationRecord(instance,
          (String) vars.get(PUBLICATION_OUTCOME.name()),
              Boolean.TRUE.equals(vars.get(COMPELLING_WELFARE_REASONS.name())),
          (String) vars.get(LEGAL_ADVICE_OUTCOME.name()), vars.get(PUBLISHED_ON.name()),
          recorded(texts.get(WELFARE_REASONS.name())), recorded(texts.get(LEGAL_ADVICE_REASONS.name()))));
    }
    return byReview;
  }

  /** Reasons count as recorded when some text was entered; the text itself goes no further. */
  private static boolean recorded(Object text) {
    return text != null && !text.toString().isBlank();
  }

  private List<DecidingTask> decidingTasks(String reviewId, PublicationRecord publication) {
    List<HistoricTaskInstance> tasks = new ArrayList<>(history.createHistoricTaskInstanceQuery()
        .processInstanceId(reviewId).taskDefinitionKeyIn(DecidingSteps.TASKS.toArray(String[]::new)).finished().list());
    if (publication != null) {
      tasks.addAll(history.createHistoricTaskInstanceQuery().processInstanceId(publication.instance().getId())
          .taskDefinitionKeyIn(DecidingSteps.TASKS.toArray(String[]::new)).finished().list());
    }
    return tasks.stream()
        .filter(task -> task.getEndTime() != null && "completed".equals(task.getDeleteReason()))
        .sorted(Comparator.comparing(HistoricTaskInstance::getEndTime))
        .map(task -> new DecidingTask(task.getTaskDefinitionKey(), task.getName(), task.getDueDate(),
            task.getEndTime(), completer(task)))
        .toList();
  }

  /** Who completed the task: its assignee (Tasklist claims before completing), else the operation log. */
  private String completer(HistoricTaskInstance task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return history.createUserOperationLogQuery().taskId(task.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
        .map(UserOperationLogEntry::getUserId).filter(user -> user != null).findFirst().orElse(null);
  }

  private List<RevisedTarget> revisedTargets(String reviewId) {
    List<HistoricVariableInstance> variable = history.createHistoricVariableInstanceQuery()
        .processInstanceId(reviewId).variableName(REVISED_TARGET.name()).disableCustomObjectDeserialization().list();
    List<RevisedTarget> targets = new ArrayList<>();
    for (HistoricVariableInstance instance : variable) {
      for (HistoricDetail detail : history.createHistoricDetailQuery().variableInstanceId(instance.getId())
          .variableUpdates().disableCustomObjectDeserialization().orderByTime().asc().list()) {
        Object value = ((HistoricVariableUpdate) detail).getValue();
        if (value != null && !value.toString().isBlank()) {
          targets.add(new RevisedTarget(detail.getTime(), value));
        }
      }
    }
    return targets;
  }

  /**
   * The named variables of each process instance. A name set in several scopes counts once: the process
   * instance's own value first (its execution is the instance), else the latest created.
   */
  private Map<String, Map<String, Object>> variables(Collection<String> processInstanceIds, Set<String> names) {
    Map<String, Map<String, HistoricVariableInstance>> chosen = new HashMap<>();
    List<String> ids = new ArrayList<>(processInstanceIds);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(chunk.toArray(String[]::new)).variableNameIn(names.toArray(String[]::new))
          .disableCustomObjectDeserialization().list()) {
        if ("DELETED".equals(variable.getState())) {
          continue;
        }
        chosen.computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>())
            .merge(variable.getName(), variable, ReviewHistory::preferred);
      }
    }
    Map<String, Map<String, Object>> values = new HashMap<>();
    chosen.forEach((instance, byName) -> {
      Map<String, Object> map = new HashMap<>();
      byName.forEach((name, variable) -> map.put(name, variable.getValue()));
      values.put(instance, map);
    });
    return values;
  }

  private static HistoricVariableInstance preferred(HistoricVariableInstance a, HistoricVariableInstance b) {
    boolean aTop = a.getProcessInstanceId().equals(a.getExecutionId());
    boolean bTop = b.getProcessInstanceId().equals(b.getExecutionId());
    if (aTop != bTop) {
      return aTop ? a : b;
    }
    return a.getCreateTime() != null && b.getCreateTime() != null && b.getCreateTime().after(a.getCreateTime()) ? b : a;
  }
}
