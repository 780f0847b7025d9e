package org.scrworkflow.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * One agency's Individual Management Review (S-12 to S-20), called once per agency involved.
 * The model is processes/individual-management-review.bpmn: its key, the ids of the elements code refers to and the
 * variables
 * it owns. {@code ProcessClassesTest} fails when a constant names an element or variable the deployed model or
 * the forms do not have; {@code NoStringNamesTest} fails when code names one with a string literal instead.
 */
public final class IndividualManagementReview {

  /** The process definition key (= the file name). */
  public static final String KEY = "individual-management-review";

  private IndividualManagementReview() {}

  // Elements, in the order of the model.
  /** Start: IMR commissioned. */
  public static final String START_IMR_COMMISSIONED = "StartEvent_ImrCommissioned";
  /** Automatic step: Send the commissioning letter and terms of reference. */
  public static final String TASK_SEND_COMMISSION = "Task_SendCommission";
  /** Step: Appoint the IMR author. */
  public static final String TASK_APPOINT_IMR_AUTHOR = "Task_AppointImrAuthor";
  /** Waits for: No author, IMR due in five working days (on Appoint the IMR author). */
  public static final String TIMER_AUTHOR_NOT_APPOINTED = "Timer_AuthorNotAppointed";
  /** Automatic step: Chase the agency for its IMR author. */
  public static final String TASK_CHASE_AUTHOR_APPOINTMENT = "Task_ChaseAuthorAppointment";
  /** End: Agency chased for its author. */
  public static final String END_AUTHOR_APPOINTMENT_CHASED = "EndEvent_AuthorAppointmentChased";
  /** Waits for: No author, IMR ten working days late (on Appoint the IMR author). */
  public static final String TIMER_AUTHOR_STILL_NOT_APPOINTED = "Timer_AuthorStillNotAppointed";
  /** Automatic step: Tell the LSCB no IMR author is appointed. */
  public static final String TASK_ESCALATE_NO_AUTHOR = "Task_EscalateNoAuthor";
  /** End: LSCB told of no author. */
  public static final String END_NO_AUTHOR_ESCALATED = "EndEvent_NoAuthorEscalated";
  /** Decision: Check the author's independence. */
  public static final String TASK_CHECK_AUTHOR_INDEPENDENCE = "Task_CheckAuthorIndependence";
  /** Sub-process: Write the IMR, with reminders and escalations. */
  public static final String SUB_PROCESS_WRITE_IMR = "SubProcess_WriteImr";
  /** Start: Author at work. */
  public static final String START_IMR_WRITING_STARTED = "StartEvent_ImrWritingStarted";
  /** Step: Write the chronology and the IMR. */
  public static final String TASK_WRITE_IMR = "Task_WriteImr";
  /** End: IMR received. */
  public static final String END_IMR_RECEIVED = "EndEvent_ImrReceived";
  /** Waits for: Five working days before the due date. */
  public static final String TIMER_IMR_DUE_SOON = "Timer_ImrDueSoon";
  /** Automatic step: Remind the agency before the due date. */
  public static final String TASK_REMIND_AGENCY_BEFORE_DUE = "Task_RemindAgencyBeforeDue";
  /** Waits for: One working day late. */
  public static final String TIMER_IMR_OVERDUE = "Timer_ImrOverdue";
  /** Automatic step: Remind the agency of the overdue IMR. */
  public static final String TASK_REMIND_AGENCY_OVERDUE = "Task_RemindAgencyOverdue";
  /** Waits for: Five working days late. */
  public static final String TIMER_IMR_OVERDUE_SENIOR_MANAGER = "Timer_ImrOverdueSeniorManager";
  /** Automatic step: Escalate to the agency senior manager. */
  public static final String TASK_ESCALATE_TO_SENIOR_MANAGER = "Task_EscalateToSeniorManager";
  /** Waits for: Ten working days late. */
  public static final String TIMER_IMR_OVERDUE_LSCB = "Timer_ImrOverdueLscb";
  /** Automatic step: Escalate to the LSCB business manager and chair. */
  public static final String TASK_ESCALATE_TO_LSCB = "Task_EscalateToLscb";
  /** End: All escalations sent. */
  public static final String END_ESCALATIONS_SENT = "EndEvent_EscalationsSent";
  /** Step: Sign off the IMR. */
  public static final String TASK_SIGN_OFF_IMR = "Task_SignOffImr";
  /** Step: Scrutinise the IMR. */
  public static final String TASK_SCRUTINISE_IMR = "Task_ScrutiniseImr";
  /** Step: Revise the IMR. */
  public static final String TASK_REVISE_IMR = "Task_ReviseImr";
  /** Timer: Revised IMR overdue (T-10, the day after the revision was due). */
  public static final String TIMER_REVISED_IMR_OVERDUE = "Timer_RevisedImrOverdue";
  /** Automatic step: Chase the agency for its revised IMR. */
  public static final String TASK_CHASE_REVISED_IMR = "Task_ChaseRevisedImr";
  /** End: Agency chased for the revised IMR. */
  public static final String END_REVISED_IMR_CHASED = "EndEvent_RevisedImrChased";
  /** End: IMR accepted. */
  public static final String END_IMR_ACCEPTED = "EndEvent_ImrAccepted";

  // Variables it owns.
  /** the IMR author was directly involved with the child, the family or the case. */
  public static final ProcessVariable<Boolean> DIRECT_INVOLVEMENT = ProcessVariable.flag("directInvolvement");
  /** the IMR author is the immediate line manager of a practitioner involved. */
  public static final ProcessVariable<Boolean> LINE_MANAGER_OF_PRACTITIONER =
      ProcessVariable.flag("lineManagerOfPractitioner");
  /**
   * Uploaded documents (embedded forms' file fields, see UploadSlot): the file variable lives only until the
   * task completes; the stored document's id stays in the matching ...DocumentId variable.
   */
  public static final ProcessVariable<FileValue> IMR_FILE = ProcessVariable.file("imrFile");
  public static final ProcessVariable<Long> IMR_DOCUMENT_ID = ProcessVariable.documentId("imrDocumentId");
  public static final ProcessVariable<FileValue> CHRONOLOGY_FILE = ProcessVariable.file("chronologyFile");
  public static final ProcessVariable<Long> CHRONOLOGY_DOCUMENT_ID = ProcessVariable.documentId("chronologyDocumentId");
  /** The agency whose IMR an individual-management-review instance is. */
  public static final ProcessVariable<String> AGENCY_ID = ProcessVariable.text("agencyId");
  public static final ProcessVariable<Boolean> AUTHOR_INDEPENDENT = ProcessVariable.flag("authorIndependent");
  public static final ProcessVariable<LocalDate> IMR_RECEIVED_ON = ProcessVariable.date("imrReceivedOn");
  /** G-14: ACCEPT or REVISE. */
  public static final ProcessVariable<String> IMR_SCRUTINY_OUTCOME = ProcessVariable.text("imrScrutinyOutcome");
  public static final ProcessVariable<LocalDate> IMR_SCRUTINISED_ON = ProcessVariable.date("imrScrutinisedOn");
  public static final ProcessVariable<String> AUTHOR_INDEPENDENCE_FINDING =
      ProcessVariable.text("authorIndependenceFinding");
  public static final ProcessVariable<LocalDate> DECLARATION_DATE = ProcessVariable.date("declarationDate");
  public static final ProcessVariable<String> IMR_AUTHOR_NAME = ProcessVariable.text("imrAuthorName");
  public static final ProcessVariable<String> IMR_AUTHOR_ROLE = ProcessVariable.text("imrAuthorRole");
  public static final ProcessVariable<String> IMR_NOTES = ProcessVariable.text("imrNotes");
  public static final ProcessVariable<String> IMR_SIGNED_OFF_BY = ProcessVariable.text("imrSignedOffBy");
  public static final ProcessVariable<LocalDate> IMR_SIGNED_OFF_ON = ProcessVariable.date("imrSignedOffOn");
  public static final ProcessVariable<String> PRIOR_CONTACT = ProcessVariable.text("priorContact");
  public static final ProcessVariable<LocalDate> RECORDS_SECURED_ON = ProcessVariable.date("recordsSecuredOn");
  public static final ProcessVariable<String> REVISION_NOTES = ProcessVariable.text("revisionNotes");
  public static final ProcessVariable<String> SCRUTINY_FEEDBACK = ProcessVariable.text("scrutinyFeedback");
}
