package org.scrworkflow.imr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.scrworkflow.process.IndividualManagementReview.AGENCY_ID;
import static org.scrworkflow.process.IndividualManagementReview.AUTHOR_INDEPENDENCE_FINDING;
import static org.scrworkflow.process.IndividualManagementReview.AUTHOR_INDEPENDENT;
import static org.scrworkflow.process.IndividualManagementReview.CHRONOLOGY_FILE;
import static org.scrworkflow.process.IndividualManagementReview.DIRECT_INVOLVEMENT;
import static org.scrworkflow.process.IndividualManagementReview.END_ESCALATIONS_SENT;
import static org.scrworkflow.process.IndividualManagementReview.END_IMR_ACCEPTED;
import static org.scrworkflow.process.IndividualManagementReview.IMR_AUTHOR_NAME;
import static org.scrworkflow.process.IndividualManagementReview.IMR_AUTHOR_ROLE;
import static org.scrworkflow.process.IndividualManagementReview.IMR_DOCUMENT_ID;
import static org.scrworkflow.process.IndividualManagementReview.IMR_FILE;
import static org.scrworkflow.process.IndividualManagementReview.IMR_NOTES;
import static org.scrworkflow.process.IndividualManagementReview.IMR_RECEIVED_ON;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SCRUTINISED_ON;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SCRUTINY_OUTCOME;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SIGNED_OFF_BY;
import static org.scrworkflow.process.IndividualManagementReview.IMR_SIGNED_OFF_ON;
import static org.scrworkflow.process.IndividualManagementReview.LINE_MANAGER_OF_PRACTITIONER;
import static org.scrworkflow.process.IndividualManagementReview.REVISION_NOTES;
import static org.scrworkflow.process.IndividualManagementReview.SCRUTINY_FEEDBACK;
import static org.scrworkflow.process.IndividualManagementReview.TASK_APPOINT_IMR_AUTHOR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_REVISE_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_SCRUTINISE_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_SIGN_OFF_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TASK_WRITE_IMR;
import static org.scrworkflow.process.IndividualManagementReview.TIMER_IMR_DUE_SOON;
import static org.scrworkflow.process.IndividualManagementReview.TIMER_IMR_OVERDUE;
import static org.scrworkflow.process.IndividualManagementReview.TIMER_IMR_OVERDUE_LSCB;
import static org.scrworkflow.process.IndividualManagementReview.TIMER_IMR_OVERDUE_SENIOR_MANAGER;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.IMR_DUE_DATE;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;
import static org.scrworkflow.testsupport.Vars.vars;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.process.IndividualManagementReview;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.ScenarioSupport;
import org.scrworkflow.testsupport.ScenarioTest;
import org.scrworkflow.testsupport.Uploads;
import org.springframework.beans.factory.annotation.Autowired;

/** Scenario tests of individual-management-review.bpmn (S-12 to S-20). */
@ScenarioTest
class IndividualManagementReviewScenarioTest extends ScenarioSupport {

  static final String KEY = IndividualManagementReview.KEY;

  ProcessInstance commission(String ref, LocalDate day, String agency, String dueDate) {
    driver.today(day);
    return driver.start(KEY, ref, vars(CASE_REFERENCE.name(), ref, CHILD_PSEUDONYM.name(), "Child B", AGENCY_ID.name(),
        agency,
        // an IMR started on its own belongs to the LSCB named here, as one called by a Northmoor review would
        IMR_DUE_DATE.name(), dueDate, LEAD_LSCB.name(), "lscb-northmoor", RESIDENCE_LSCB.name(), "lscb-northmoor"));
  }

  /** What the IMR author submits at S-17/S-18: the IMR and the chronology, and any other fields. */
  static java.util.Map<String, Object> imrWithChronology(Object... more) {
    var variables = vars(more);
    variables.put(IMR_FILE.name(), Uploads.pdf("imr.pdf"));
    variables.put(CHRONOLOGY_FILE.name(), Uploads.pdf("chronology.pdf"));
    return variables;
  }

  void appoint(ProcessInstance imr, boolean directInvolvement, boolean lineManager) {
    answer(imr, TASK_APPOINT_IMR_AUTHOR, vars(IMR_AUTHOR_NAME.name(), "Agency Reviewer",
        IMR_AUTHOR_ROLE.name(), "Reviewer",
        DIRECT_INVOLVEMENT.name(), directInvolvement, LINE_MANAGER_OF_PRACTITIONER.name(), lineManager));
  }

  @Test
  @DisplayName("AT-13 IMR not returned: reminder 19 Aug, agency 30 Aug, senior manager 5 Sep, LSCB 12 Sep; receipt cancels the rest")
  void overdueImrIsRemindedThenEscalated() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 6, 26), "police", "2011-08-26");
    assertThat(templates(ref)).containsExactly("imr-commission");
    Task appoint = driver.task(imr, TASK_APPOINT_IMR_AUTHOR);
    assertThat(appoint).hasCandidateGroup("senior-manager-police");
    appoint(imr, false, false);

    Task write = driver.task(imr, TASK_WRITE_IMR);
    assertThat(write).hasCandidateGroup("imr-author-police");
    assertThat(ReviewDriver.london(write.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 8, 26));

    driver.fireTimer(imr, TIMER_IMR_DUE_SOON, LocalDate.of(2011, 8, 19), NINE);
    assertThat(notifications.forCase(Cases.northmoor(ref)).get(1).recipients()).contains("policeimr@demo.scr-workflow.invalid",
        "policesenior@demo.scr-workflow.invalid", "public.protection@northmoor-police.example");
    // Mon 29 Aug 2011 is a bank holiday
    driver.fireTimer(imr, TIMER_IMR_OVERDUE, LocalDate.of(2011, 8, 30), NINE);
    driver.fireTimer(imr, TIMER_IMR_OVERDUE_SENIOR_MANAGER, LocalDate.of(2011, 9, 5), NINE);
    assertThat(templates(ref)).containsExactly("imr-commission", "imr-reminder", "imr-overdue",
        "imr-escalation-senior-manager");

    driver.today(LocalDate.of(2011, 9, 7));
    answer(imr, TASK_WRITE_IMR, imrWithChronology(IMR_NOTES.name(), "Late, but here."));
    assertThat(driver.timers(imr, TIMER_IMR_OVERDUE_LSCB)).as("receipt cancels the pending escalation").isEmpty();
    assertThat(driver.engine().getRuntimeService().getVariable(imr.getId(),
        IMR_RECEIVED_ON.name())).isEqualTo("2011-09-07");
    assertThat(imr).isWaitingAt(TASK_SIGN_OFF_IMR);
  }

  @Test
  @DisplayName("G-17, T-6, T-7 An agency that appoints no author is chased five working days before the IMR is due,"
      + " and the LSCB is told ten working days after; the appointment still opens the IMR")
  void agencyWithoutAuthorIsChased() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 6, 26), "police", "2011-08-26");
    driver.fireTimer(imr, IndividualManagementReview.TIMER_AUTHOR_NOT_APPOINTED, LocalDate.of(2011, 8, 19), NINE);
    var chased = notifications.forCase(Cases.northmoor(ref)).get(1);
    assertThat(chased.template()).isEqualTo("imr-author-not-appointed");
    assertThat(chased.recipients()).contains("policesenior@demo.scr-workflow.invalid")
        .doesNotContain("businessmanager@demo.scr-workflow.invalid");
    // Mon 29 Aug 2011 is a bank holiday: ten working days after Fri 26 Aug is Mon 12 Sep
    driver.fireTimer(imr, IndividualManagementReview.TIMER_AUTHOR_STILL_NOT_APPOINTED, LocalDate.of(2011, 9, 12),
        NINE);
    var escalated = notifications.forCase(Cases.northmoor(ref)).get(2);
    assertThat(escalated.template()).isEqualTo("imr-author-not-appointed-lscb");
    assertThat(escalated.recipients()).contains("businessmanager@demo.scr-workflow.invalid",
        "chair@demo.scr-workflow.invalid");
    assertThat(imr).isWaitingAt(TASK_APPOINT_IMR_AUTHOR);
    appoint(imr, false, false);
    assertThat(imr).isWaitingAt(TASK_WRITE_IMR).hasPassed(IndividualManagementReview.END_AUTHOR_APPOINTMENT_CHASED,
        IndividualManagementReview.END_NO_AUTHOR_ESCALATED);
  }

  @Test
  @DisplayName("AT-13 last step: ten working days late, the LSCB business manager and chair are told")
  void imrTenDaysLateGoesToTheLscb() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 6, 26), "health", "2011-08-26");
    appoint(imr, false, false);
    driver.fireTimer(imr, TIMER_IMR_DUE_SOON, LocalDate.of(2011, 8, 19), NINE);
    driver.fireTimer(imr, TIMER_IMR_OVERDUE, LocalDate.of(2011, 8, 30), NINE);
    driver.fireTimer(imr, TIMER_IMR_OVERDUE_SENIOR_MANAGER, LocalDate.of(2011, 9, 5), NINE);
    driver.fireTimer(imr, TIMER_IMR_OVERDUE_LSCB, LocalDate.of(2011, 9, 12), NINE);
    var last = notifications.forCase(Cases.northmoor(ref)).get(4);
    assertThat(last.template()).isEqualTo("imr-escalation-lscb");
    assertThat(last.recipients()).contains("businessmanager@demo.scr-workflow.invalid",
        "chair@demo.scr-workflow.invalid");
    assertThat(imr).isWaitingAt(TASK_WRITE_IMR);
    answer(imr, TASK_WRITE_IMR, imrWithChronology());
    assertThat(imr).isWaitingAt(TASK_SIGN_OFF_IMR).hasPassed(END_ESCALATIONS_SENT);
  }

  @Test
  @DisplayName("AT-14 IMR sent back: scrutiny due 1 Jul, resubmission due 8 Jul, the second version accepted")
  void imrSentBackThenAccepted() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 4, 11), "health", "2011-06-10");
    appoint(imr, false, false);
    driver.today(LocalDate.of(2011, 6, 10));
    answer(imr, TASK_WRITE_IMR, imrWithChronology(IMR_NOTES.name(), "First version."));
    answer(imr, TASK_SIGN_OFF_IMR, vars(IMR_SIGNED_OFF_BY.name(), "Director", IMR_SIGNED_OFF_ON.name(),
        "2011-06-10"));
    Task scrutiny = driver.task(imr, TASK_SCRUTINISE_IMR);
    assertThat(scrutiny).hasCandidateGroup("scr-panel");
    assertThat(ReviewDriver.london(scrutiny.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 7, 1));

    driver.today(LocalDate.of(2011, 6, 24));
    answer(imr, scrutiny, vars(IMR_SCRUTINY_OUTCOME.name(), "REVISE", IMR_SCRUTINISED_ON.name(), "2011-06-24",
        SCRUTINY_FEEDBACK.name(), "The analysis is thin."));
    Task revise = driver.task(imr, TASK_REVISE_IMR);
    assertThat(ReviewDriver.london(revise.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 7, 8));
    driver.today(LocalDate.of(2011, 7, 6));
    answer(imr, revise, vars(REVISION_NOTES.name(), "Analysis extended.", IMR_FILE.name(),
        Uploads.pdf("imr-v2.pdf"), CHRONOLOGY_FILE.name(), null));
    answer(imr, TASK_SIGN_OFF_IMR, vars(IMR_SIGNED_OFF_BY.name(), "Director", IMR_SIGNED_OFF_ON.name(),
        "2011-07-06"));
    answer(imr, TASK_SCRUTINISE_IMR, vars(IMR_SCRUTINY_OUTCOME.name(), "ACCEPT", IMR_SCRUTINISED_ON.name(),
        "2011-07-07"));
    assertThat(imr).isEnded().hasPassed(TASK_REVISE_IMR, END_IMR_ACCEPTED);
    // both versions' feedback stays in the history
    assertThat(driver.engine().getHistoryService().createHistoricDetailQuery().processInstanceId(imr.getId())
            .variableUpdates().list().stream()
            .filter(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()
                .equals(IMR_SCRUTINY_OUTCOME.name())).count())
        .isEqualTo(2);
  }

  @Test
  @DisplayName("G-14, T-10 A revised IMR not back by Fri 8 Jul: on Sat 9 Jul the author and the senior manager are"
      + " chased, once; the revision still comes in and is scrutinised")
  void revisedImrOverdueIsChased() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 4, 11), "police", "2011-06-10");
    appoint(imr, false, false);
    driver.today(LocalDate.of(2011, 6, 10));
    answer(imr, TASK_WRITE_IMR, imrWithChronology(IMR_NOTES.name(), "First version."));
    answer(imr, TASK_SIGN_OFF_IMR, vars(IMR_SIGNED_OFF_BY.name(), "Director", IMR_SIGNED_OFF_ON.name(),
        "2011-06-10"));
    driver.today(LocalDate.of(2011, 6, 24));
    answer(imr, TASK_SCRUTINISE_IMR, vars(IMR_SCRUTINY_OUTCOME.name(), "REVISE", IMR_SCRUTINISED_ON.name(),
        "2011-06-24", SCRUTINY_FEEDBACK.name(), "The analysis is thin."));
    assertThat(driver.local(driver.timer(imr, IndividualManagementReview.TIMER_REVISED_IMR_OVERDUE).getDuedate()))
        .isEqualTo(LocalDate.of(2011, 7, 9).atStartOfDay());

    driver.fireTimer(imr, IndividualManagementReview.TIMER_REVISED_IMR_OVERDUE, LocalDate.of(2011, 7, 9), MIDNIGHT);
    var records = notifications.forCase(Cases.northmoor(ref));
    var chased = records.get(records.size() - 1);
    assertThat(chased.template()).isEqualTo("imr-revision-overdue");
    assertThat(chased.recipients()).contains("policesenior@demo.scr-workflow.invalid")
        .doesNotContain("businessmanager@demo.scr-workflow.invalid");
    assertThat(imr).isWaitingAt(TASK_REVISE_IMR);
    assertThat(driver.timers(imr, IndividualManagementReview.TIMER_REVISED_IMR_OVERDUE)).isEmpty();

    driver.today(LocalDate.of(2011, 7, 11));
    answer(imr, TASK_REVISE_IMR, vars(REVISION_NOTES.name(), "Analysis extended.", IMR_FILE.name(),
        Uploads.pdf("imr-v2.pdf"), CHRONOLOGY_FILE.name(), null));
    assertThat(imr).isWaitingAt(TASK_SIGN_OFF_IMR)
        .hasPassed(IndividualManagementReview.END_REVISED_IMR_CHASED);
  }

  @Test
  @DisplayName("AT-15, R-1.1 Independence failure: a line manager cannot write the IMR; the appointment comes back to"
      + " the senior manager with the finding, as often as it takes, until a new author declares no conflict")
  void conflictedAuthorIsReplaced() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 5, 2), "socialcare", "2011-07-01");
    appoint(imr, false, true);
    assertThat(driver.engine().getRuntimeService().getVariable(imr.getId(),
        AUTHOR_INDEPENDENT.name())).isEqualTo(false);
    Task again = driver.task(imr, TASK_APPOINT_IMR_AUTHOR);
    assertThat(again).hasCandidateGroup("senior-manager-socialcare");
    assertThat((String) driver.engine().getTaskService().getVariable(again.getId(),
        AUTHOR_INDEPENDENCE_FINDING.name())).isNotBlank();
    // no one may override the conflict: a second conflicted author comes back again
    appoint(imr, true, false);
    assertThat(imr).isWaitingAt(TASK_APPOINT_IMR_AUTHOR).isNotWaitingAt(TASK_WRITE_IMR);
    appoint(imr, false, false);
    assertThat(imr).isWaitingAt(TASK_WRITE_IMR);
    assertThat(driver.engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(imr.getId())
        .activityId(TASK_APPOINT_IMR_AUTHOR).count()).isEqualTo(3);
  }

  @Autowired org.scrworkflow.document.DocumentStore documents;

  /** The case's uploaded documents (the store also holds the notification letters it generated). */
  java.util.List<org.scrworkflow.document.StoredDocument> uploads(String ref) {
    return documents.ofCase(Cases.northmoor(ref)).stream().filter(d -> d.uploadedAs() != null).toList();
  }

  @Test
  @DisplayName("S-17 upload: the IMR and chronology are stored with who, when, name, size, type and checksum; their bytes are never a variable")
  void uploadsGoToTheDocumentStoreOnly() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 6, 1), "police", "2011-08-01");
    appoint(imr, false, false);
    driver.today(LocalDate.of(2011, 7, 20));
    Task write = driver.task(imr, TASK_WRITE_IMR);
    var identity = driver.engine().getIdentityService();
    identity.setAuthentication("policeimr", java.util.List.of("imr-author-police"),
        java.util.List.of("lscb-northmoor"));
    try {
      driver.engine().getTaskService().complete(write.getId(), imrWithChronology());
    } finally {
      identity.clearAuthentication();
    }
    driver.runJobs(imr);
    var stored = uploads(ref);
    assertThat(stored).extracting(d -> d.kind().name(), d -> d.fileName(), d -> d.uploadedAs(), d -> d.author(),
            d -> d.mediaType(), d -> d.classification().name())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("IMR", ref + "-police-imr.pdf", "imr.pdf", "policeimr",
                "application/pdf", "CONFIDENTIAL"),
            org.assertj.core.groups.Tuple.tuple("CHRONOLOGY", ref + "-police-chronology.pdf", "chronology.pdf",
                "policeimr", "application/pdf", "IDENTIFYING"));
    var imrDocument = stored.stream().filter(d -> d.kind().name().equals("IMR")).findFirst().orElseThrow();
    assertThat(imrDocument.size()).isEqualTo(Uploads.pdfBytes("imr.pdf").length);
    assertThat(documents.content(imrDocument.id())).isEqualTo(Uploads.pdfBytes("imr.pdf"));
    assertThat(imrDocument.sha256()).hasSize(64);
    assertThat(imrDocument.createdAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())
        .isEqualTo(LocalDate.of(2011, 7, 20));

    var runtime = driver.engine().getRuntimeService();
    assertThat(runtime.getVariable(imr.getId(), IMR_DOCUMENT_ID.name())).isEqualTo(imrDocument.id());
    assertThat(runtime.getVariable(imr.getId(), IMR_FILE.name())).isNull();
    var history = driver.engine().getHistoryService();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(imr.getId())
        .variableNameIn(IMR_FILE.name(), CHRONOLOGY_FILE.name()).count()).as("no file in the history tables").isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(imr.getId()).variableUpdates().list())
        .extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getTypeName())
        .doesNotContain("file");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(imr.getId())
        .variableName(IMR_DOCUMENT_ID.name()).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("Bad uploads are refused whole with every problem named: missing, empty, wrong type, renamed, too large")
  void badUploadsAreRefusedWhole() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 6, 1), "health", "2011-08-01");
    appoint(imr, false, false);
    Task write = driver.task(imr, TASK_WRITE_IMR);
    var tasks = driver.engine().getTaskService();

    assertThatThrownBy(() -> tasks.complete(write.getId(), vars(IMR_NOTES.name(), "No files.")))
        .hasRootCauseInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class)
        .hasMessageContaining("Individual Management Review: attach the file.")
        .hasMessageContaining("Chronology: attach the file.");
    assertThatThrownBy(() -> tasks.complete(write.getId(), vars(
            IMR_FILE.name(), Uploads.file("imr.pdf", "application/pdf", new byte[0]),
            CHRONOLOGY_FILE.name(), Uploads.file("chronology.exe", "application/octet-stream", new byte[] {'M', 'Z',
                1}))))
        .hasMessageContaining("the file \"imr.pdf\" is empty")
        .hasMessageContaining("\"chronology.exe\" is not one of the types allowed (PDF, DOCX, ODT)");
    assertThatThrownBy(() -> tasks.complete(write.getId(), vars(
            IMR_FILE.name(), Uploads.file("imr.docx", "application/pdf", Uploads.pdfBytes("a pdf named docx")),
            CHRONOLOGY_FILE.name(), Uploads.file("chronology.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1]))))
        .hasMessageContaining("\"imr.docx\" is not a DOCX document inside")
        .hasMessageContaining("the file is 10.0 MB; the largest allowed is 10.0 MB");

    assertThat(uploads(ref)).as("nothing half-saved").isEmpty();
    assertThat(imr).isWaitingAt(TASK_WRITE_IMR);
    assertThat(driver.engine().getRuntimeService().getVariables(imr.getId())).doesNotContainKeys(IMR_FILE.name(),
        CHRONOLOGY_FILE.name(), IMR_NOTES.name(), IMR_DOCUMENT_ID.name());
    assertThat(driver.engine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(imr.getId()).variableName(IMR_NOTES.name()).count()).isZero();

    answer(imr, write, imrWithChronology());
    assertThat(uploads(ref)).hasSize(2);
  }

  @Test
  @DisplayName("G-14 revision: the revised IMR is version 2 of the same document, the first version kept")
  void revisedImrIsANewVersion() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 4, 11), "police", "2011-06-10");
    appoint(imr, false, false);
    answer(imr, TASK_WRITE_IMR, imrWithChronology());
    answer(imr, TASK_SIGN_OFF_IMR, vars(IMR_SIGNED_OFF_BY.name(), "Director", IMR_SIGNED_OFF_ON.name(),
        "2011-06-10"));
    answer(imr, TASK_SCRUTINISE_IMR, vars(IMR_SCRUTINY_OUTCOME.name(), "REVISE", IMR_SCRUTINISED_ON.name(),
        "2011-06-24",
        SCRUTINY_FEEDBACK.name(), "Say what the force would do differently."));
    answer(imr, TASK_REVISE_IMR, vars(IMR_FILE.name(), Uploads.pdf("imr-revised.pdf"),
        CHRONOLOGY_FILE.name(), null));
    var imrs = documents.ofCase(Cases.northmoor(ref)).stream().filter(d -> d.kind().name().equals("IMR")).toList();
    assertThat(imrs).extracting(d -> d.version(), d -> d.uploadedAs())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "imr.pdf"),
            org.assertj.core.groups.Tuple.tuple(2, "imr-revised.pdf"));
    assertThat(driver.engine().getRuntimeService().getVariable(imr.getId(),
        IMR_DOCUMENT_ID.name())).isEqualTo(imrs.get(1).id());
    assertThat(documents.ofCase(Cases.northmoor(ref)).stream().filter(d -> d.kind().name().equals("CHRONOLOGY")).count())
        .as("the chronology was optional on revision").isEqualTo(1);
  }
}
