package org.scrworkflow.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.scrworkflow.calendar.Deadlines;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.publication.AnonymisationScanner;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.review.CaseRegister;
import org.scrworkflow.review.VariableWrite;
import org.scrworkflow.security.LscbList;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way to put right a value entered wrongly in a review (an incident date typed the wrong way round, a
 * misspelt agency contact): named, with the reason, by a person the caller's authorizations let write the review,
 * and audited. Only what a step asks a person to enter can be corrected, to a value that step would accept; what
 * the review works out or records itself (dates the engine recorded, decisions, document ids, the anonymisation
 * result) cannot. The change and its reason stand in the engine's operation log, which the case's audit trail
 * shows ({@code GET /api/cases/{ref}/audit}).
 */
@Component
public class Corrections {

  /**
   * What a correction may change: text, dates and numbers a person typed. Choices (a decision, a screening answer,
   * an LSCB, a tick box) and files are not corrected: the review already acted on them.
   */
  static final Set<String> CORRECTABLE_TYPES = Set.of("textfield", "textarea", "datetime", "number", "string");
  /** Longest reason kept. */
  static final int MAX_REASON = 2000;
  /** The field a problem with the case itself is reported under. */
  private static final String CASE = SeriousCaseReview.CASE_REFERENCE.name();
  private static final ThreadLocal<Boolean> IN_PROGRESS = ThreadLocal.withInitial(() -> false);

  private final ProcessEngine engine;
  private final CaseRegister register;
  private final DeployedForms forms;
  private final Deadlines deadlines;
  private final TransactionTemplate transactions;

  private final AnonymisationScanner scanner;
  private final IdentityVault vault;
  private final LscbList lscbList;

  Corrections(ProcessEngine engine, CaseRegister register, DeployedForms forms, Deadlines deadlines,
      PlatformTransactionManager transactions, AnonymisationScanner scanner, IdentityVault vault, LscbList lscbList) {
    this.engine = engine;
    this.lscbList = lscbList;
    this.scanner = scanner;
    this.vault = vault;
    this.transactions = new TransactionTemplate(transactions);
    this.register = register;
    this.forms = forms;
    this.deadlines = deadlines;
  }

  /** Whether this thread is making a correction, which {@link OwnedVariables} lets through. */
  static boolean inProgress() {
    return IN_PROGRESS.get();
  }

  /**
   * Corrects one value of the review, as the engine's current user (who must be allowed to update the review's
   * process instance); refuses with every problem by field, saving nothing.
   *
   * @param caseKey the review (its LSCB and reference), found by the caller's own LSCB
   * @param field the variable, as the step's form names it
   * @param value the right value, as the step would take it
   * @param reason why it is corrected, for the audit trail
   */
  public void correct(CaseKey caseKey, String field, Object value, String reason) {
    String processInstanceId = register.find(caseKey).orElseThrow(
        () -> new ContractViolation(List.of(new Problem(CASE, "There is no review "
            + caseKey.reference() + " in this LSCB.")))).processInstanceId();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    IN_PROGRESS.set(true);
    try {
      // one transaction: the value and the reason are saved together, or neither
      transactions.executeWithoutResult(status -> {
        String operationId = configuration.getCommandExecutorTxRequired().execute(command -> {
          ExecutionEntity instance = command.getExecutionManager().findExecutionById(processInstanceId);
          if (instance == null) {
            throw new ContractViolation(List.of(new Problem(CASE, "The review " + caseKey.reference()
                + " has ended: its record is history and is not changed.")));
          }
          List<Problem> problems = problems(instance, field, value, reason);
          if (!problems.isEmpty()) {
            throw new ContractViolation(problems);
          }
          // who may correct is the caller's role in the case's LSCB, checked before; the engine still records the
          // change under the caller's name in its operation log
          command.disableAuthorizationCheck();
          try {
            // a whole number is kept as the steps keep it (a long), whatever width the caller's JSON gave it
            engine.getRuntimeService().setVariable(processInstanceId, field,
                value instanceof Integer number ? Long.valueOf(number) : value);
          } finally {
            command.enableAuthorizationCheck();
          }
          return command.getOperationId(); // the id of this change's entry in the operation log
        });
        // the reason goes on the engine's own record of the change (a business manager may not annotate the
        // operation log otherwise)
        configuration.getCommandExecutorTxRequired().execute((Command<Void>) command -> {
          command.disableAuthorizationCheck();
          try {
            long logged = engine.getHistoryService().createUserOperationLogQuery().operationId(operationId)
                .processInstanceId(processInstanceId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE).count();
            if (operationId == null || logged == 0) {
              throw new IllegalStateException("The correction of " + field
                  + " left no entry in the operation log: it is not saved");
            }
            engine.getHistoryService().setAnnotationForOperationLogById(operationId,
                "Correction of " + field + ": " + reason.strip());
          } finally {
            command.enableAuthorizationCheck();
          }
          return null;
        });
      });
    } finally {
      IN_PROGRESS.remove();
    }
  }

  private List<Problem> problems(ExecutionEntity instance, String field, Object value, String reason) {
    List<Problem> problems = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      problems.add(new Problem("reason", "Give the reason for the correction: it is kept in the case's audit"
          + " trail."));
    } else if (reason.length() > MAX_REASON) {
      problems.add(new Problem("reason", "The reason is " + reason.length() + " characters long; at most "
          + MAX_REASON + " are kept."));
    }
    if (field == null || field.isBlank()) {
      problems.add(new Problem("field", "Name the field to correct, as the step's form names it."));
      return problems;
    }
    if (reason != null && !reason.isBlank() && !scanner.check(Map.of("reason", reason),
        vault.detailsOf(new CaseKey(instance.getTenantId(), instance.getBusinessKey()))).isEmpty()) {
      problems.add(new Problem("reason", "The reason names a detail recorded in the identity vault: write the"
          + " child's pseudonym instead, or leave the detail out."));
    }
    ProcessDefinitionEntity definition = instance.getProcessDefinition();
    StepForm form = forms.all(definition.getDeploymentId()).values().stream()
        .filter(candidate -> candidate.field(field) != null && !candidate.field(field).readonly())
        .findFirst().orElse(null);
    FormField entered = form == null ? null : form.field(field);
    if (entered == null) {
      problems.add(new Problem("field", "\"" + field + "\" is not a value a person enters in a step of the review"
          + " (the review works it out or records it itself), so it cannot be corrected."));
      return problems;
    }
    if (!CORRECTABLE_TYPES.contains(entered.type()) || entered.isChoice() || entered.choicesFrom() != null) {
      problems.add(new Problem("field", StepContract.quoted(entered) + " is a choice the review acted on (a"
          + " decision, an answer that routes the review, an LSCB that gives access to the case, a file), so it is"
          + " not corrected by hand: the step that records it decides it."));
      return problems;
    }
    if (!instance.hasVariable(field)) {
      problems.add(new Problem("field", StepContract.quoted(entered) + " has not been entered in this review yet:"
          + " it is entered on the step that asks for it."));
      return problems;
    }
    if (StepContract.blank(value)) {
      if (entered.required()) {
        problems.add(new Problem("value", StepContract.quoted(entered) + " is required: give the right value."));
      }
    } else {
      LocalDate today = deadlines.currentDate();
      String problem = StepContract.valueProblem(entered, value, today);
      if (problem != null) {
        problems.add(new Problem("value", problem));
      }
    }
    // the rules between fields hold after the correction as they did when the step completed
    Map<String, Object> after = new java.util.HashMap<>(instance.getVariables());
    after.put(field, value);
    CrossFieldRules.problems(form, after).forEach(problem -> problems.add(new Problem("value", problem.message())));
    ChoiceSources.problems(form, List.of(new VariableWrite(field, "string", String.valueOf(value), null, false,
            instance.getId(), true, true, 0)), after, lscbList)
        .forEach(problem -> problems.add(new Problem("value", problem.message())));
    return problems;
  }

  /** What a correction sends: the field, the right value and the reason. */
  record Request(String field, Object value, String reason) {
    static Request of(Map<String, Object> body) {
      Object field = body.get("field");
      Object reason = body.get("reason");
      return new Request(field == null ? null : field.toString(), body.get("value"),
          reason == null ? null : reason.toString());
    }
  }
}
