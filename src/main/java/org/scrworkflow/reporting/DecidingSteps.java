package org.scrworkflow.reporting;

import java.util.List;
import org.scrworkflow.process.ScrPublication;
import org.scrworkflow.process.SeriousCaseReview;

/** The steps whose completer the timeline names (who decided what), in the review and its publication. */
final class DecidingSteps {

  static final List<String> TASKS = List.of(SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION,
      SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR, SeriousCaseReview.TASK_DECIDE_INITIATION,
      SeriousCaseReview.TASK_REVISE_PROJECT_PLAN, SeriousCaseReview.TASK_ACCEPT_REPORTS,
      SeriousCaseReview.TASK_PREPARE_SUBMISSION, SeriousCaseReview.TASK_RECORD_OFSTED_EVALUATION,
      ScrPublication.TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, ScrPublication.TASK_TAKE_LEGAL_ADVICE,
      ScrPublication.TASK_PUBLISH_REPORTS);

  private DecidingSteps() {}
}
