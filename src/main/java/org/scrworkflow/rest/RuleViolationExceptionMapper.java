package org.scrworkflow.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.scrworkflow.review.CaseReferenceInUseException;

/**
 * A rule that refuses bad input inside the engine (a task listener checking a decision date, say) throws a
 * {@link BadUserRequestException}, which the engine wraps while invoking the listener. The caller gets a
 * 400 with that rule's own message instead of a 500; everything else is answered as Camunda answers it.
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
    BadUserRequestException refusal = refusal(exception);
    if (refusal == null || refusal == exception) {
      return camunda.toResponse(exception);
    }
    return badRequest(refusal);
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

  static Response notInYourLscb() {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "InvalidRequestException", "message", "No such task or review in your LSCB."))
        .build();
  }

  /** A refused start or completion: 400, or 409 where the refusal is a conflict with a case that exists. */
  static Response badRequest(BadUserRequestException refusal) {
    Response.Status status = refusal instanceof CaseReferenceInUseException
        ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "InvalidRequestException", "message", refusal.getMessage()))
        .build();
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
