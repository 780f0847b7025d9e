package org.scrworkflow.contract;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.scrworkflow.process.ScrFurtherReview;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.security.AsTheApplication;
import org.scrworkflow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Secretary of State has commissioned a further independent review (S-30, AT-25), at any time, of a review
 * still running or closed: {@code POST /api/cases/{ref}/further-review}, for the LSCB's business manager or chair
 * or an administrator, for a case of the caller's own LSCB (another LSCB's case is a 404). A running review records
 * it in its own event sub-process (message FurtherReviewCommissioned, sent to that review alone); a closed review
 * gets a further review of its own (scr-further-review) that reopens action-plan monitoring for the new findings.
 * Either way the business manager then records it at "Record the further independent review"; the LSCB's own
 * publication record is not changed.
 */
@RestController
class FurtherReviewController {

  /** Who may record that a further review was commissioned. */
  static final Set<String> RECORDERS = Set.of(Role.BUSINESS_MANAGER.groupId(), Role.LSCB_CHAIR.groupId(),
      Groups.CAMUNDA_ADMIN);
  /** The message a running review's event sub-process starts on. */
  static final String MESSAGE = "FurtherReviewCommissioned";

  private final ProcessEngine engine;
  private final CaseActions actions;

  FurtherReviewController(ProcessEngine engine, CaseActions actions) {
    this.engine = engine;
    this.actions = actions;
  }

  @PostMapping({"/api/cases/{caseReference}/further-review",
      "/api/lscbs/{lscb}/cases/{caseReference}/further-review"})
  ResponseEntity<?> commission(@PathVariable(required = false) String lscb, @PathVariable String caseReference) {
    CaseActions.Reached reached = actions.reach(lscb, caseReference, RECORDERS,
        "Only the LSCB business manager or chair records a further review by the Secretary of State.");
    if (!(reached instanceof CaseActions.Reached.Review review)) {
      return ((CaseActions.Reached.Refused) reached).response();
    }
    String reference = review.key().reference();
    String reviewId = review.processInstanceId();
    var runtime = engine.getRuntimeService();
    // who may record was checked above, for this LSCB's case; everything below is the product's own doing
    boolean running = AsTheApplication.run(engine,
        () -> runtime.createProcessInstanceQuery().processInstanceId(reviewId).count() > 0);
    if (running) {
      AsTheApplication.run(engine, () -> runtime.createMessageCorrelation(MESSAGE).processInstanceId(reviewId)
          .correlateWithResult());
      return ResponseEntity.ok(Map.of("message", "The review " + reference + " is still running: record the further"
          + " review at \"Record the further independent review\"; its action plan is still being followed up."));
    }
    boolean open = AsTheApplication.run(engine, () -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(ScrFurtherReview.KEY).variableValueEquals(ScrFurtherReview.REVIEW_FOLLOWED.name(),
            reviewId).count() > 0);
    if (open) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", "A further review of " + reference
          + " is already open: record it, or its action plan, in Tasklist."));
    }
    Object pseudonym = recorded(reviewId, SeriousCaseReview.CHILD_PSEUDONYM.name());
    // started by the product, not by the person (a person may not start it: only a review's own steps do); the
    // engine takes the LSCB from the review it follows (security/ReviewTenants)
    var identity = engine.getIdentityService();
    var person = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      runtime.createProcessInstanceByKey(ScrFurtherReview.KEY).businessKey(reference)
          .setVariable(ScrFurtherReview.REVIEW_FOLLOWED.name(), reviewId)
          .setVariable(SeriousCaseReview.CASE_REFERENCE.name(), reference)
          .setVariable(SeriousCaseReview.CHILD_PSEUDONYM.name(), pseudonym)
          .execute();
    } finally {
      identity.setAuthentication(person);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("message", "The review " + reference + " has"
        + " closed: a further review of it is open. Record it at \"Record the further independent review\"; its"
        + " findings then go into the action plan, which the sub-group follows up again."));
  }

  /** A value the closed review held, read from its history. */
  private Object recorded(String reviewId, String name) {
    return AsTheApplication.run(engine, () -> engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(reviewId).variableName(name).list().stream().findFirst()
        .map(HistoricVariableInstance::getValue).orElse(null));
  }
}
