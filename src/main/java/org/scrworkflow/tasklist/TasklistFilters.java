package org.scrworkflow.tasklist;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.scrworkflow.process.IndividualManagementReview.AGENCY_ID;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CHILD_PSEUDONYM;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.security.AgencyAdded;
import org.scrworkflow.security.AgencyRole;
import org.scrworkflow.security.AuthorizationGrants;
import org.scrworkflow.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters of each role, created or updated at every start (matched by name), each showing the
 * case reference, the pseudonym and the due date with the task (the task's own copies of its case,
 * {@link CaseOnEveryTask}, so every role sees them). Agencies' groups see their filters through
 * the generic "My group's tasks" and "IMRs for my agency".
 */
@Component
@Order(5)
public class TasklistFilters implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);
  static final int MAX_ATTEMPTS = 10;

  static final String MY_TASKS = "My tasks";
  static final String GROUP_TASKS = "My group's tasks";
  static final String IMRS = "IMRs for my agency";
  static final String CHAIR_DECISIONS = "Decisions for the LSCB chair";
  static final String OVERDUE = "Overdue";
  static final String ALL_OPEN = "All open reviews";

  private final ProcessEngine engine;

  TasklistFilters(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The LSCB roles; agencies' groups are added by {@link #shareWithAgencyGroup}. */
  static List<String> everyone() {
    return java.util.Arrays.stream(Role.values()).map(Role::groupId).toList();
  }

  /**
   * Saves the filters at every start. Nodes started together on one database save the same filters at the same
   * time; the engine's optimistic locking then refuses the later save, which is done again on the saved filter.
   */
  @Override
  public void run(ApplicationArguments args) {
    for (int attempt = 1; ; attempt++) {
      try {
        saveAll();
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
        LOG.info("Another node saved the Tasklist filters at the same time; saving them again (attempt {} of {})",
            attempt + 1, MAX_ATTEMPTS);
        try {
          Thread.sleep(ThreadLocalRandom.current().nextLong(50, 250));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private void saveAll() {
    TaskService tasks = engine.getTaskService();
    List<String> allRoles = everyone();
    save(MY_TASKS, -10, "Tasks assigned to me", "#1f77b4",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), allRoles);
    save(GROUP_TASKS, -5, "Tasks offered to my groups, claimed or not", "#2ca02c",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        allRoles);
    save(OVERDUE, 0, "My groups' tasks past their due date", "#d62728",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .dueBeforeExpression("${now()}"),
        allRoles);
    save(IMRS, 5, "Individual Management Reviews offered to my agency's groups", "#9467bd",
        tasks.createTaskQuery().processDefinitionKey(IndividualManagementReview.KEY)
            .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        List.of());
    save(CHAIR_DECISIONS, 5, "Decisions only the LSCB chair takes (R-1.3)", "#ff7f0e",
        tasks.createTaskQuery().taskCandidateGroup(Role.LSCB_CHAIR.groupId()).includeAssignedTasks(),
        List.of(Role.LSCB_CHAIR.groupId(), Role.BUSINESS_MANAGER.groupId()));
    save(ALL_OPEN, 10, "Every open task of every review (business manager and chair)", "#7f7f7f",
        tasks.createTaskQuery(), List.of(Role.BUSINESS_MANAGER.groupId(), Role.LSCB_CHAIR.groupId()));
  }

  /** A new agency's groups read the agency filters (security/OnboardingController publishes the event). */
  @EventListener
  void on(AgencyAdded agency) {
    for (AgencyRole role : AgencyRole.values()) {
      shareWithAgencyGroup(role.groupId(agency.agencyId()));
    }
  }

  /** Lets an agency's group read the filters agencies use (its tasks, overdue ones, its IMRs). */
  public void shareWithAgencyGroup(String groupId) {
    var grants = new AuthorizationGrants(engine.getAuthorizationService());
    for (String name : List.of(MY_TASKS, GROUP_TASKS, OVERDUE, IMRS)) {
      Filter filter = engine.getFilterService().createFilterQuery().filterName(name).singleResult();
      if (filter != null) {
        grants.grant(groupId, FILTER, filter.getId(), READ);
      }
    }
  }

  private void save(String name, int priority, String description, String color, TaskQuery query,
      List<String> groups) {
    FilterService filters = engine.getFilterService();
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    // the task's own copies of its case (CaseOnEveryTask), which every role that has the task may read; the agency
    // is the IMR's, shown to those who read the IMR's variables (business manager, chair)
    properties.put("variables", List.of(
        Map.of("name", TASK_CASE_REFERENCE.name(), "label", "Case"),
        Map.of("name", TASK_CHILD_PSEUDONYM.name(), "label", "Child"),
        Map.of("name", AGENCY_ID.name(), "label", "Agency")));
    filter.setProperties(properties);
    filter.setQuery(query);
    filters.saveFilter(filter);
    var grants = new AuthorizationGrants(engine.getAuthorizationService());
    for (String group : groups) {
      grants.grant(group, FILTER, filter.getId(), READ);
    }
  }
}
