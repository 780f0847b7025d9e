package org.scrworkflow.contract;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A start or completion that breaks its step's contract: nothing of it is saved. Over REST a 400 whose body lists
 * the problems by field; in Tasklist the sentences.
 */
public class ContractViolation extends BadUserRequestException {

  private final List<Problem> problems;

  public ContractViolation(List<Problem> problems) {
    super("Nothing was saved. " + problems.stream().map(Problem::message).collect(Collectors.joining(" ")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The body of the 400 the application's own API answers with: {message, problems: [{field, message}]}. */
  public java.util.Map<String, Object> body() {
    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("message", getMessage());
    body.put("problems", problems.stream()
        .map(problem -> java.util.Map.of("field", problem.field(), "message", problem.message())).toList());
    return body;
  }
}
