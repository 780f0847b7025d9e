package org.scrworkflow.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.scrworkflow.contract.ContractViolation;
import org.scrworkflow.review.CaseReferenceInUseException;
import org.scrworkflow.security.AsTheApplication;
import org.scrworkflow.security.RequestSizeLimitFilter;

/**
 * A rule that refuses bad input inside the engine (a task listener checking a decision date, say) throws a
 * {@link BadUserRequestException}, which the engine wraps while invoking the listener. The caller gets a
 * 400 with that rule's own message instead of a 500. Two people working one task at the same moment get a plain
 * answer too (409 or 404, see {@link #race}), and so does a step the caller's groups may not work on (403, see
 * {@link #notYourStep}); everything else is answered as Camunda answers it.
 */
@Provider
@Priority(1)
public class RuleViolationExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    if (otherLscb(exception)) {
      return notInYourLscb();
    }
    Response race = race(exception);
    if (race != null) {
      return race;
    }
    Response notYours = notYourStep(exception);
    if (notYours != null) {
      return notYours;
    }
    Response standalone = noStandaloneTask(exception);
    if (standalone != null) {
      return standalone;
    }
    BadUserRequestException refusal = refusal(exception);
    if (refusal == null || refusal == exception) {
      return camunda.toResponse(exception);
    }
    return badRequest(refusal);
  }

  /**
   * 7.24.0 can fail the loser of a race with a NullPointerException: it loaded the task, then the winner's
   * transaction removed the task's execution before the loser's complete or submit-form reached it. When the task
   * of the request is gone by the time this is answered, the caller is told so (404); any other such fault is
   * answered as Camunda answers it (500).
   */
  @Provider
  @Priority(1)
  public static class FromEngineFault implements ExceptionMapper<NullPointerException> {

    /** The task actions a race can hit, relative to the REST API's root (/engine-rest or the webapps' engine API). */
    private static final Pattern TASK_ACTION =
        Pattern.compile("(?:^|.*/)task/([^/]+)/(?:complete|submit-form|resolve|claim|unclaim|assignee|delegate)/?");

    private final ExceptionHandler camunda = new ExceptionHandler();

    // JAX-RS gives a provider the request it answers through a context proxy; there is no constructor for it
    @Context private UriInfo request;

    @Override
    public Response toResponse(NullPointerException fault) {
      Matcher action = TASK_ACTION.matcher(request.getPath());
      if (action.matches() && !exists(action.group(1))) {
        return taskGone();
      }
      return camunda.toResponse(fault);
    }
  }

  /**
   * A body that went over the request limit while the REST API read it: the size limit filter answers 413
   * itself; this only keeps Camunda from logging it as a server error (ENGINE-REST-HTTP500 with a stack trace).
   */
  @Provider
  @Priority(1)
  public static class FromRequestTooLarge implements ExceptionMapper<RequestSizeLimitFilter.TooLarge> {

    @Override
    public Response toResponse(RequestSizeLimitFilter.TooLarge tooLarge) {
      return Response.status(413).build();
    }
  }

  /** Camunda's task resource turns engine exceptions into a 500 RestException; the refusal is its cause. */
  @Provider
  @Priority(1)
  public static class FromRestException implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      if (otherLscb(exception)) {
        return notInYourLscb();
      }
      Response race = race(exception);
      if (race != null) {
        return race;
      }
      Response notYours = notYourStep(exception);
      if (notYours != null) {
        return notYours;
      }
      BadUserRequestException refusal = refusal(exception);
      return refusal == null ? camunda.toResponse(exception) : badRequest(refusal);
    }
  }

  /**
   * The engine refuses work on another tenant's task or instance with a plain exception (a 500): to the caller
   * it is a 404, as a query would have answered, so nothing confirms that another LSCB holds that id.
   */
  static boolean otherLscb(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("ENGINE-13034")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two people completing, submitting or claiming one task at once: the engine lets one through and fails the
   * other with an optimistic-locking exception naming an engine entity (a 500 with ENGINE-03005), or, when the
   * other came a moment later, with "Cannot find task with id ..." (a 500 too), and a claim of a task someone
   * else holds is a TaskAlreadyClaimedException (a 500 naming the holder). Each is the ordinary result of working
   * together, so the caller is told plainly what happened and what to do; who holds a task is not said, since
   * the caller may not know that person. Camunda's task resource wraps these in a 500 RestException, so the
   * causes are searched.
   */
  static Response race(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockingException) {
        return answer(Response.Status.CONFLICT, "TaskChanged",
            "This task changed meanwhile (someone else completed, claimed or updated it): reload it.");
      }
      if (t instanceof TaskAlreadyClaimedException) {
        return answer(Response.Status.CONFLICT, "TaskAlreadyClaimed",
            "This task is already claimed by someone else: reload your task list.");
      }
      // a message that no waiting review takes (a wrong case reference, or a step the review is not at): Camunda
      // answers a 400 naming its exception class
      if (t instanceof MismatchingMessageCorrelationException) {
        return answer(Response.Status.BAD_REQUEST, "MessageNotTaken", "No review of your LSCB with that case"
            + " reference is at a point where it takes this message (check the business key and the message name);"
            + " nothing was changed.");
      }
      // EnsureUtil's message of the complete, submit-form, claim and assign commands when the task is gone
      if (t instanceof NullValueException && t.getMessage() != null
          && t.getMessage().startsWith("Cannot find task with id ")) {
        return taskGone();
      }
      // completing a task removes the grants its candidate groups held on it: the other, a moment later, is
      // refused TASK_WORK on a task that no longer exists. A refusal on a task that exists stays a 403.
      if (t instanceof AuthorizationException refused && onGoneTasksOnly(refused)) {
        return taskGone();
      }
    }
    return null;
  }

  private static boolean onGoneTasksOnly(AuthorizationException refused) {
    List<String> tasks = refused.getMissingAuthorizations().stream()
        .filter(missing -> Resources.TASK.resourceName().equals(missing.getResourceType()))
        .map(MissingAuthorization::getResourceId).filter(id -> id != null && !id.equals("*")).distinct().toList();
    return !tasks.isEmpty() && tasks.stream().noneMatch(RuleViolationExceptionMapper::exists);
  }

  /** Whether the task exists at all, whoever may see it: the caller's own rights are what was refused. */
  private static boolean exists(String taskId) {
    ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
    return AsTheApplication.run(engine, () -> engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0);
  }

  /**
   * A claim or completion of a task the caller's groups may not work on (a business manager pressing Claim on a
   * panel member's step): Camunda's 403 lists engine permissions (TASK_WORK, UPDATE_TASK) and resource ids. The
   * caller is told in one sentence whose step it is, by the role's name; only a caller who may see the task is
   * told the role, anyone else just that the step is not theirs. Still a 403.
   */
  static Response notYourStep(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof AuthorizationException refused) {
        List<String> tasks = refused.getMissingAuthorizations().stream()
            .filter(missing -> Resources.TASK.resourceName().equals(missing.getResourceType()))
            .filter(missing -> TaskPermissions.TASK_WORK.getName().equals(missing.getViolatedPermissionName()))
            .map(MissingAuthorization::getResourceId).filter(id -> id != null && !id.equals("*")).distinct().toList();
        if (tasks.size() != 1) {
          return null;
        }
        String roles = rolesOf(tasks.get(0));
        return answer(Response.Status.FORBIDDEN, "NotYourStep", roles.isEmpty()
            ? "You cannot take this step: it belongs to another role."
            : "You cannot take this step: it belongs to the " + roles + " role.");
      }
    }
    return null;
  }

  /**
   * A standalone task (Tasklist's "Create task", POST /task/create) from a role without CREATE on tasks (every role
   * but the administrator): Camunda's 403 names the permission and the resource; the caller is told in a sentence why.
   */
  static Response noStandaloneTask(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof AuthorizationException refused && !refused.getMissingAuthorizations().isEmpty()
          && refused.getMissingAuthorizations().stream().allMatch(missing ->
              Resources.TASK.resourceName().equals(missing.getResourceType())
                  && Permissions.CREATE.getName().equals(missing.getViolatedPermissionName()))) {
        return answer(Response.Status.FORBIDDEN, "NoStandaloneTask", "You cannot create a task: each step of a"
            + " review is created by the review itself, for the role that takes it.");
      }
    }
    return null;
  }

  /** The names of the task's candidate groups ("SCR panel member"), or "" when the caller may not see the task. */
  private static String rolesOf(String taskId) {
    ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
    if (engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
      return "";
    }
    return AsTheApplication.run(engine, () -> {
      String[] groups = engine.getTaskService().getIdentityLinksForTask(taskId).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).distinct().toArray(String[]::new);
      if (groups.length == 0) {
        return "";
      }
      Map<String, String> names = new LinkedHashMap<>();
      engine.getIdentityService().createGroupQuery().groupIdIn(groups).list()
          .forEach(group -> names.put(group.getId(), group.getName()));
      return String.join(" or ", java.util.Arrays.stream(groups)
          .map(id -> names.get(id) == null || names.get(id).isBlank() ? id : names.get(id)).toList());
    });
  }

  static Response taskGone() {
    return answer(Response.Status.NOT_FOUND, "TaskGone",
        "This task no longer exists: it was completed or cancelled. Reload your task list.");
  }

  private static Response answer(Response.Status status, String type, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", type, "message", message)).build();
  }

  static Response notInYourLscb() {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "InvalidRequestException", "message", "No such task or review in your LSCB."))
        .build();
  }

  /**
   * A refused start or completion: 400, or 409 where the refusal is a conflict with a case that exists. A step's
   * contract lists its problems by field too: {@code "problems": [{"field": ..., "message": ...}]}.
   */
  static Response badRequest(BadUserRequestException refusal) {
    Response.Status status = refusal instanceof CaseReferenceInUseException
        ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", refusal.getMessage());
    if (refusal instanceof ContractViolation violation) {
      body.put("problems", violation.problems().stream()
          .map(problem -> Map.of("field", problem.field(), "message", problem.message())).toList());
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  private static BadUserRequestException refusal(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof BadUserRequestException bad) {
        return bad;
      }
    }
    return null;
  }
}
