package org.scrworkflow.overview;

import java.util.Map;
import org.scrworkflow.contract.CaseActions;
import org.scrworkflow.contract.CaseActions.Reached;
import org.scrworkflow.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A review's page as JSON, for the page /review.html: 401 without a login, 404 for a case of another LSCB (as if
 * it did not exist) or a reference with no review, 409 where several of the caller's LSCBs have that reference;
 * otherwise what the caller's role may read of it ({@link ReviewOverviews}).
 */
@RestController
class ReviewOverviewController {

  private final CaseActions cases;
  private final ReviewOverviews overviews;
  private final Caller caller;

  ReviewOverviewController(CaseActions cases, ReviewOverviews overviews, Caller caller) {
    this.cases = cases;
    this.overviews = overviews;
    this.caller = caller;
  }

  @GetMapping({"/api/cases/{caseReference}/overview", "/api/lscbs/{lscb}/cases/{caseReference}/overview"})
  ResponseEntity<?> overview(@PathVariable(required = false) String lscb, @PathVariable String caseReference) {
    if (!caller.authenticated()) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "Log in to read a review."));
    }
    Reached reached = cases.reachAsMember(lscb, caseReference);
    if (reached instanceof Reached.Refused refused) {
      return refused.response();
    }
    Reached.Review review = (Reached.Review) reached;
    return ResponseEntity.ok(overviews.of(review.key(), review.processInstanceId()));
  }
}
