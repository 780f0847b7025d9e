package org.scrworkflow.scenario;

import static org.scrworkflow.process.IndividualManagementReview.CHRONOLOGY_FILE;
import static org.scrworkflow.process.IndividualManagementReview.DECLARATION_DATE;
import static org.scrworkflow.process.IndividualManagementReview.DIRECT_INVOLVEMENT;
import static org.scrworkflow.process.IndividualManagementReview.IMR_AUTHOR_NAME;
import static org.scrworkflow.process.IndividualManagementReview.IMR_AUTHOR_ROLE;
import static org.scrworkflow.process.IndividualManagementReview.IMR_FILE;
import static org.scrworkflow.process.IndividualManagementReview.IMR_NOTES;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SCRUTINISED_ON;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SCRUTINY_OUTCOME;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SIGNED_OFF_BY;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SIGNED_OFF_ON;
import static org.scrworkflow.process.IndividualManagementReview.LINE_MANAGER_OF_PRACTITIONER;
import static org.scrworkflow.process.IndividualManagementReview.RECORDS_SECURED_ON;
import static org.scrworkflow.process.IndividualManagementReview.REVISION_NOTES;
import static org.scrworkflow.process.IndividualManagementReview.SCRUTINY_FEEDBACK;
import static org.scrworkflow.process.ScrPublication.COMPELLING_WELFARE_REASONS;
import static org.scrworkflow.process.ScrPublication.FAMILY_BRIEFED_ON;
import static org.scrworkflow.process.ScrPublication.LEGAL_ADVICE_OUTCOME;
import static org.scrworkflow.process.ScrPublication.LEGAL_ADVICE_REASONS;
import static org.scrworkflow.process.ScrPublication.LEGAL_RESTRICTION;
import static org.scrworkflow.process.ScrPublication.OTHER_REQUESTS_AND_REPLIES;
import static org.scrworkflow.process.ScrPublication.PUBLICATION_SIGNED_OFF_BY;
import static org.scrworkflow.process.ScrPublication.PUBLICATION_SIGNED_OFF_ON;
import static org.scrworkflow.process.ScrPublication.PUBLICATION_URL;
import static org.scrworkflow.process.ScrPublication.PUBLISHABLE_EXECUTIVE_SUMMARY;
import static org.scrworkflow.process.ScrPublication.PUBLISHABLE_OVERVIEW_REPORT;
import static org.scrworkflow.process.ScrPublication.REDACTION_NOTES;
import static org.scrworkflow.process.SeriousCaseReview.ACCEPTANCE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.ACTION_PLAN_FILE;
import static org.scrworkflow.process.SeriousCaseReview.ACTION_PLAN_LAST_REVIEWED_ON;
import static org.scrworkflow.process.SeriousCaseReview.ACTION_PLAN_PROGRESS;
import static org.scrworkflow.process.SeriousCaseReview.ALL_ACTIONS_COMPLETE;
import static org.scrworkflow.process.SeriousCaseReview.CASE_QUESTIONS;
import static org.scrworkflow.process.SeriousCaseReview.CLOSURE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.DEFERRAL_ADVISER;
import static org.scrworkflow.process.SeriousCaseReview.DEFERRAL_EXPECTED_DATE;
import static org.scrworkflow.process.SeriousCaseReview.DEFERRAL_REASON;
import static org.scrworkflow.process.SeriousCaseReview.DRAFTS_AGREED_ON;
import static org.scrworkflow.process.SeriousCaseReview.DRAFT_NOTES;
import static org.scrworkflow.process.SeriousCaseReview.EXECUTIVE_SUMMARY_FILE;
import static org.scrworkflow.process.SeriousCaseReview.FAMILY_CONTRIBUTION_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.FAMILY_INVITED_ON;
import static org.scrworkflow.process.SeriousCaseReview.FAMILY_RESPONSE;
import static org.scrworkflow.process.SeriousCaseReview.FURTHER_REVIEWER;
import static org.scrworkflow.process.SeriousCaseReview.FURTHER_REVIEW_COMMISSIONED_ON;
import static org.scrworkflow.process.SeriousCaseReview.FURTHER_REVIEW_COMMISSIONER;
import static org.scrworkflow.process.SeriousCaseReview.HEALTH_OVERVIEW_FILE;
import static org.scrworkflow.process.SeriousCaseReview.HEALTH_OVERVIEW_NOTES;
import static org.scrworkflow.process.SeriousCaseReview.HEALTH_OVERVIEW_REQUIRED;
import static org.scrworkflow.process.SeriousCaseReview.IMMEDIATE_ACTION_STATUS;
import static org.scrworkflow.process.SeriousCaseReview.IMR_DUE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.INITIATE_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.INTERVIEWS_DEFERRED;
import static org.scrworkflow.process.SeriousCaseReview.LEARNING_REVIEW_COMMISSIONED;
import static org.scrworkflow.process.SeriousCaseReview.LIAISON_NOTES;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_REASON;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.OFSTED_GRADE;
import static org.scrworkflow.process.SeriousCaseReview.OFSTED_LETTER_DATE;
import static org.scrworkflow.process.SeriousCaseReview.OVERVIEW_AUTHOR_CONNECTED_TO_AGENCY;
import static org.scrworkflow.process.SeriousCaseReview.OVERVIEW_AUTHOR_NAME;
import static org.scrworkflow.process.SeriousCaseReview.OVERVIEW_REPORT_FILE;
import static org.scrworkflow.process.SeriousCaseReview.PANEL_CHAIR_CONNECTED_TO_AGENCY;
import static org.scrworkflow.process.SeriousCaseReview.PANEL_CHAIR_NAME;
import static org.scrworkflow.process.SeriousCaseReview.PARALLEL_PROCEEDINGS;
import static org.scrworkflow.process.SeriousCaseReview.PARTNER_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.PERIOD_UNDER_REVIEW_FROM;
import static org.scrworkflow.process.SeriousCaseReview.PERIOD_UNDER_REVIEW_TO;
import static org.scrworkflow.process.SeriousCaseReview.PROCEEDINGS_TYPE;
import static org.scrworkflow.process.SeriousCaseReview.PUBLISHED_ON;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.REPORTS_ACCEPTED;
import static org.scrworkflow.process.SeriousCaseReview.RE_REVIEW_NOTES;
import static org.scrworkflow.process.SeriousCaseReview.REVIEW_WILL_SLIP;
import static org.scrworkflow.process.SeriousCaseReview.SCREENING_ANSWERS;
import static org.scrworkflow.process.SeriousCaseReview.SUBMISSION_NOTES;
import static org.scrworkflow.process.SeriousCaseReview.TERMS_OF_REFERENCE_AGREED_ON;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.process.ProcessVariable;
import org.scrworkflow.process.ScrFurtherReview;
import org.scrworkflow.process.ScrPublication;
import org.scrworkflow.process.SeriousCaseReview;

/**
 * What a person records at every step of a review on the ordinary path: the default action of every user task of
 * the three models, and the demo user who takes it. A review walked with these answers and nothing else is
 * notified, initiated, reviewed by every agency, accepted on time, published in full, graded good and closed.
 * A caller overrides only the answers its case is about ({@link ReviewWalk#answer}). Every value is fictional.
 * {@code StandardAnswersTest} checks that every user task has one and that it fills every required field.
 */
public final class StandardAnswers {

  /** The executive summary a review publishes when nothing else is said: no identifying detail in it. */
  public static final String CLEAN_SUMMARY = "A child died. Agencies did not share what they knew. Lessons and"
      + " actions follow.";
  /** The overview report text a review publishes when nothing else is said. */
  public static final String CLEAN_OVERVIEW = "The child lived with a parent and a sibling. Records were not shared"
      + " between the agencies.";

  /**
   * One step's answer.
   *
   * @param taskKey the user task
   * @param user the demo user who takes it; {@code {agency}} stands for the agency of an IMR (policesenior)
   * @param values what the user records on that day; files come from the given maker (name -> file value)
   */
  public record Answer(String taskKey, String user, Values values) {

    /** The user who takes this step in that agency's IMR (or the one user of the step). */
    public String userFor(String agencyId) {
      return user.replace("{agency}", agencyId == null ? "" : agencyId);
    }
  }

  /** What a step records on a day; {@code files} makes a file value from a file name. */
  @FunctionalInterface
  public interface Values {
    Map<String, Object> on(LocalDate day, Function<String, Object> files);
  }

  private static final Map<String, Answer> ANSWERS = answers();

  private StandardAnswers() {}

  /** Every standard answer by task key. */
  public static Map<String, Answer> all() {
    return ANSWERS;
  }

  /** The standard answer of that task; fails for a task without one. */
  public static Answer of(String taskKey) {
    Answer answer = ANSWERS.get(taskKey);
    if (answer == null) {
      throw new IllegalArgumentException("No standard answer for the step " + taskKey);
    }
    return answer;
  }

  private static Map<String, Answer> answers() {
    Map<String, Answer> all = new LinkedHashMap<>();
    BiConsumer<String, Answer> add = all::put;
    // serious-case-review
    step(add, SeriousCaseReview.TASK_CLOSE_REFERRAL, "businessmanager", (day, files) -> values()
        .with(CLOSURE_REASONS, "The criteria are not met and no further action is needed."));
    step(add, SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION, "businessmanager", (day, files) -> values()
        .with(NOTIFICATION_REASON, "SCR_POSSIBLE").with(NOTIFICATION_SUMMARY, "A child died; neglect is suspected."));
    step(add, SeriousCaseReview.TASK_CONFIRM_LSCBS, "businessmanager", (day, files) -> values()
        .with(PARTNER_LSCBS, ""));
    step(add, SeriousCaseReview.TASK_SEND_REFERRAL_TO_LEAD, "businessmanager", (day, files) -> values()
        .with(SeriousCaseReview.REFERRAL_SENT_TO_LEAD_ON, day));
    step(add, SeriousCaseReview.TASK_SCREEN_CASE, "panelmember", (day, files) -> values()
        .with(SCREENING_ANSWERS, "Answers to the questions of paragraph 8.12."));
    step(add, SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR, "panelmember", (day, files) -> values()
        .with(RECOMMENDATION, "INITIATE").with(RECOMMENDATION_REASONS, "The criteria are met."));
    step(add, SeriousCaseReview.TASK_DECIDE_INITIATION, "chair", (day, files) -> values()
        .with(INITIATE_REVIEW, true).with(DECISION_DATE, day).with(DECISION_REASONS, "The criteria are met."));
    step(add, SeriousCaseReview.TASK_CONSIDER_LEARNING_REVIEW, "chair", (day, files) -> values()
        .with(LEARNING_REVIEW_COMMISSIONED, false));
    step(add, SeriousCaseReview.TASK_SET_UP_PANEL, "businessmanager", (day, files) -> values()
        .with(PANEL_CHAIR_NAME, "Independent panel chair").with(OVERVIEW_AUTHOR_NAME, "Independent overview author")
        .with(PANEL_CHAIR_CONNECTED_TO_AGENCY, false).with(OVERVIEW_AUTHOR_CONNECTED_TO_AGENCY, false));
    step(add, SeriousCaseReview.TASK_AGREE_TERMS_OF_REFERENCE, "panelmember", (day, files) -> values()
        .with(PERIOD_UNDER_REVIEW_FROM, day.minusYears(2)).with(PERIOD_UNDER_REVIEW_TO, day.minusMonths(1))
        .with(CASE_QUESTIONS, "Information sharing between agencies.").with(HEALTH_OVERVIEW_REQUIRED, false)
        .with(PARALLEL_PROCEEDINGS, false).with(TERMS_OF_REFERENCE_AGREED_ON, day));
    step(add, SeriousCaseReview.TASK_DRAW_UP_PROJECT_PLAN, "panelmember", (day, files) -> values()
        .with(IMR_DUE_DATE, day.plusMonths(2)));
    step(add, SeriousCaseReview.TASK_WRITE_HEALTH_OVERVIEW, "healthoverview", (day, files) -> values()
        .put(HEALTH_OVERVIEW_FILE, files.apply("health-overview.pdf"))
        .with(HEALTH_OVERVIEW_NOTES, "The health overview."));
    step(add, SeriousCaseReview.TASK_LIAISE_ON_PROCEEDINGS, "panelmember", (day, files) -> values()
        .with(PROCEEDINGS_TYPE, "CRIMINAL").with(INTERVIEWS_DEFERRED, false)
        .with(LIAISON_NOTES, "The police see no need to defer interviews."));
    step(add, SeriousCaseReview.TASK_RECORD_DEFERRAL, "panelmember", (day, files) -> values()
        .with(DEFERRAL_ADVISER, "Crown Prosecution Service").with(DEFERRAL_REASON, "Witnesses in a criminal trial.")
        .with(DEFERRAL_EXPECTED_DATE, day.plusWeeks(2)));
    step(add, SeriousCaseReview.TASK_INVITE_FAMILY, "panelmember", (day, files) -> values()
        .with(FAMILY_INVITED_ON, day));
    step(add, SeriousCaseReview.TASK_RECORD_FAMILY_RESPONSE, "panelmember", (day, files) -> values()
        .with(FAMILY_RESPONSE, "DECLINED"));
    step(add, SeriousCaseReview.TASK_RECORD_FAMILY_CONTRIBUTION, "panelmember", (day, files) -> values()
        .with(FAMILY_CONTRIBUTION_SUMMARY, "The family's account of events."));
    step(add, SeriousCaseReview.TASK_WRITE_OVERVIEW_REPORT, "overviewauthor", (day, files) -> values()
        .put(OVERVIEW_REPORT_FILE, files.apply("overview-report.pdf"))
        .put(EXECUTIVE_SUMMARY_FILE, files.apply("executive-summary.pdf"))
        .put(ACTION_PLAN_FILE, files.apply("action-plan.pdf")).with(DRAFT_NOTES, "Drafts for the panel."));
    step(add, SeriousCaseReview.TASK_AGREE_DRAFTS, "panelmember", (day, files) -> values()
        .with(DRAFTS_AGREED_ON, day));
    step(add, SeriousCaseReview.TASK_ACCEPT_REPORTS, "chair", (day, files) -> values()
        .with(REPORTS_ACCEPTED, true).with(ACCEPTANCE_DATE, day));
    step(add, SeriousCaseReview.TASK_TRACK_IMMEDIATE_ACTION, "panelmember", (day, files) -> values()
        .with(IMMEDIATE_ACTION_STATUS, "COMPLETE"));
    step(add, SeriousCaseReview.TASK_RECORD_LATE_FAMILY_CONTRIBUTION, "panelmember", (day, files) -> values()
        .with(SeriousCaseReview.FAMILY_LATE_CONTRIBUTION_ON, day)
        .with(SeriousCaseReview.FAMILY_LATE_CONTRIBUTION, "The mother, interviewed after the verdict, spoke of the"
            + " missed health visits."));
    step(add, SeriousCaseReview.TASK_TRACK_OPEN_IMMEDIATE_ACTION, "panelmember", (day, files) -> values()
        .with(IMMEDIATE_ACTION_STATUS, "COMPLETE"));
    step(add, SeriousCaseReview.TASK_REVISE_PROJECT_PLAN, "businessmanager", (day, files) -> values()
        .with(REVIEW_WILL_SLIP, false));
    step(add, SeriousCaseReview.TASK_PREPARE_SUBMISSION, "businessmanager", (day, files) -> values()
        .with(SUBMISSION_NOTES, "The overview report, executive summary and action plan."));
    step(add, SeriousCaseReview.TASK_RECORD_OFSTED_EVALUATION, "businessmanager", (day, files) -> values()
        .with(OFSTED_GRADE, "GOOD").with(OFSTED_LETTER_DATE, day));
    step(add, SeriousCaseReview.TASK_RE_REVIEW, "chair", (day, files) -> values()
        .with(RE_REVIEW_NOTES, "The review is done again as Ofsted advised."));
    step(add, SeriousCaseReview.TASK_REVIEW_ACTION_PLAN, "panelmember", (day, files) -> values()
        .with(ACTION_PLAN_LAST_REVIEWED_ON, day).with(ALL_ACTIONS_COMPLETE, true)
        .with(ACTION_PLAN_PROGRESS, "Every action is complete."));
    step(add, SeriousCaseReview.TASK_FINAL_ACTION_PLAN_REVIEW, "panelmember", (day, files) -> values()
        .with(ACTION_PLAN_LAST_REVIEWED_ON, day).with(ALL_ACTIONS_COMPLETE, false)
        .with(ACTION_PLAN_PROGRESS, "Five of six actions complete; the training audit is still open.")
        .with(SeriousCaseReview.ACTIONS_CARRIED_FORWARD, "The training audit: into the LSCB's business plan,"
            + " reported to the board by the training sub-group."));
    step(add, SeriousCaseReview.TASK_RECORD_FURTHER_REVIEW, "businessmanager", (day, files) -> values()
        .with(FURTHER_REVIEW_COMMISSIONER, "Department for Education").with(FURTHER_REVIEWER, "Independent reviewer")
        .with(FURTHER_REVIEW_COMMISSIONED_ON, day));
    step(add, ScrFurtherReview.TASK_REOPEN_ACTION_PLAN, "panelmember", (day, files) -> values()
        .with(ScrFurtherReview.FURTHER_REVIEW_ACTIONS, "Out-of-hours team: check child protection plans; head of"
            + " service; by the next review."));
    step(add, ScrPublication.TASK_CONFIRM_PROCEEDINGS_ENDED, "businessmanager", (day, files) -> values()
        .with(ScrPublication.PROCEEDINGS_ENDED, true).with(ScrPublication.PROCEEDINGS_ENDED_ON, day)
        .with(ScrPublication.PROCEEDINGS_NOTES, "Verdict given; the CPS confirms no further action."));
    step(add, SeriousCaseReview.TASK_DECIDE_STAND_DOWN, "chair", (day, files) -> values()
        .with(SeriousCaseReview.STAND_DOWN, false)
        .with(SeriousCaseReview.STAND_DOWN_REASONS, "The review goes on: the facts still meet the criteria.")
        .with(SeriousCaseReview.STAND_DOWN_DECIDED_ON, day));
    // individual-management-review: the agency's own users ({agency}senior, {agency}imr)
    step(add, IndividualManagementReview.TASK_APPOINT_IMR_AUTHOR, "{agency}senior", (day, files) -> values()
        .with(IMR_AUTHOR_NAME, "Agency reviewer").with(IMR_AUTHOR_ROLE, "Safeguarding reviewer")
        .with(DIRECT_INVOLVEMENT, false).with(LINE_MANAGER_OF_PRACTITIONER, false).with(RECORDS_SECURED_ON, day)
        .with(DECLARATION_DATE, day));
    step(add, IndividualManagementReview.TASK_WRITE_IMR, "{agency}imr", (day, files) -> values()
        .put(IMR_FILE, files.apply("imr.pdf")).put(CHRONOLOGY_FILE, files.apply("chronology.pdf"))
        .with(IMR_NOTES, "Written."));
    step(add, IndividualManagementReview.TASK_SIGN_OFF_IMR, "{agency}senior", (day, files) -> values()
        .with(IMR_SIGNED_OFF_BY, "Senior manager").with(IMR_SIGNED_OFF_ON, day));
    step(add, IndividualManagementReview.TASK_SCRUTINISE_IMR, "panelmember", (day, files) -> values()
        .with(IMR_SCRUTINY_OUTCOME, "ACCEPT").with(IMR_SCRUTINISED_ON, day).with(SCRUTINY_FEEDBACK, ""));
    step(add, IndividualManagementReview.TASK_REVISE_IMR, "{agency}imr", (day, files) -> values()
        .put(IMR_FILE, files.apply("imr-revised.pdf")).put(CHRONOLOGY_FILE, files.apply("chronology-revised.pdf"))
        .with(REVISION_NOTES, "Revised as the panel asked."));
    // scr-publication
    step(add, ScrPublication.TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, "chair", (day, files) -> values()
        .with(COMPELLING_WELFARE_REASONS, false).with(OTHER_REQUESTS_AND_REPLIES, "None received."));
    step(add, ScrPublication.TASK_CHECK_LEGAL_RESTRICTIONS, "businessmanager", (day, files) -> values()
        .with(LEGAL_RESTRICTION, false));
    step(add, ScrPublication.TASK_TAKE_LEGAL_ADVICE, "chair", (day, files) -> values()
        .with(LEGAL_ADVICE_OUTCOME, "COMPLIANT_FORM").with(LEGAL_ADVICE_REASONS, "Counsel advises a compliant form."));
    step(add, ScrPublication.TASK_PREPARE_PUBLICATION_VERSIONS, "businessmanager", (day, files) -> values()
        .with(PUBLISHABLE_EXECUTIVE_SUMMARY, CLEAN_SUMMARY).with(PUBLISHABLE_OVERVIEW_REPORT, CLEAN_OVERVIEW));
    step(add, ScrPublication.TASK_REDACT_DOCUMENTS, "businessmanager", (day, files) -> values()
        .with(PUBLISHABLE_EXECUTIVE_SUMMARY, CLEAN_SUMMARY).with(PUBLISHABLE_OVERVIEW_REPORT, CLEAN_OVERVIEW)
        .with(REDACTION_NOTES, "Identifying details removed."));
    step(add, ScrPublication.TASK_SIGN_OFF_PUBLICATION, "chair", (day, files) -> values()
        .with(PUBLICATION_SIGNED_OFF_BY, "LSCB chair").with(PUBLICATION_SIGNED_OFF_ON, day));
    step(add, ScrPublication.TASK_BRIEF_FAMILY, "panelmember", (day, files) -> values()
        .with(FAMILY_BRIEFED_ON, day));
    step(add, ScrPublication.TASK_PUBLISH_REPORTS, "businessmanager", (day, files) -> values()
        .with(PUBLISHED_ON, day).with(PUBLICATION_URL, "https://lscb.example/scr"));
    return Collections.unmodifiableMap(all);
  }

  private static void step(BiConsumer<String, Answer> add, String taskKey, String user, Values values) {
    add.accept(taskKey, new Answer(taskKey, user, values));
  }

  /**
   * The referral of a child's death with neglect suspected and concern about how agencies worked together (S-01):
   * what the business manager enters to start a review. Callers change what their case is about with {@code with}.
   */
  public static VariableValues referral(String caseReference, String pseudonym, String lscb, String region,
      LocalDate awareness, java.util.List<String> agencies) {
    return values().with(SeriousCaseReview.CASE_REFERENCE, caseReference)
        .with(SeriousCaseReview.CHILD_PSEUDONYM, pseudonym).with(SeriousCaseReview.CHILD_AGE_YEARS, 3L)
        .with(SeriousCaseReview.INCIDENT_DATE, awareness.minusDays(1)).with(SeriousCaseReview.INCIDENT_TYPE, "DEATH")
        .with(SeriousCaseReview.ABUSE_OR_NEGLECT, true).with(SeriousCaseReview.INTERAGENCY_CONCERN, true)
        .with(SeriousCaseReview.RESIDENCE_LSCB, lscb).with(SeriousCaseReview.REGION, region)
        .with(SeriousCaseReview.LOOKED_AFTER, false)
        .put(SeriousCaseReview.AGENCIES_INVOLVED, new java.util.ArrayList<>(agencies))
        .with(SeriousCaseReview.PARALLEL_PROCEEDINGS_KNOWN, false).with(SeriousCaseReview.AWARENESS_DATE, awareness)
        .with(SeriousCaseReview.REFERRAL_SUMMARY, "A child died at home; neglect is suspected.");
  }

  /**
   * The step's standard answer on that day with these values over it (a null value leaves the field out): what a
   * caller who cares only about some fields sends.
   */
  public static Map<String, Object> answer(String taskKey, LocalDate day, Function<String, Object> files,
      Map<String, Object> overrides) {
    Map<String, Object> values = new LinkedHashMap<>(of(taskKey).values().on(day, files));
    overrides.forEach((name, value) -> {
      if (value == null) {
        values.remove(name);
      } else {
        values.put(name, value);
      }
    });
    return values;
  }

  /** A map of variables built with typed names: {@code values().with(DECISION_DATE, day)}. */
  public static VariableValues values() {
    return new VariableValues();
  }

  /** Variables as the engine stores them, written through the typed names of the process classes. */
  public static final class VariableValues extends LinkedHashMap<String, Object> {

    public <T> VariableValues with(ProcessVariable<T> variable, T value) {
      put(variable.name(), variable.stored(value));
      return this;
    }

    /** A value of another form than the variable's type, e.g. a file value made by the caller. */
    public VariableValues put(ProcessVariable<?> variable, Object value) {
      put(variable.name(), value);
      return this;
    }
  }
}
