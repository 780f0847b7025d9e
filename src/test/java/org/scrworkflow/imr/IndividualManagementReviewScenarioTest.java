package org.scrworkflow.imr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.scrworkflow.testsupport.Vars.vars;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.testsupport.ReviewDriver;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.ScenarioSupport;
import org.scrworkflow.testsupport.ScenarioTest;
import org.scrworkflow.testsupport.Uploads;
import org.springframework.beans.factory.annotation.Autowired;

/** Scenario tests of individual-management-review.bpmn (S-12 to S-20). */
@ScenarioTest
class IndividualManagementReviewScenarioTest extends ScenarioSupport {

  static final String KEY = "individual-management-review";



  ProcessInstance commission(String ref, LocalDate day, String agency, String dueDate) {
    driver.today(day);
    return driver.start(KEY, ref, vars("caseReference", ref, "childPseudonym", "Child B", "agencyId", agency,
        // an IMR started on its own belongs to the LSCB named here, as one called by a Northmoor review would
        "imrDueDate", dueDate, "leadLscb", "lscb-northmoor", "residenceLscb", "lscb-northmoor"));
  }

  /** What the IMR author submits at S-17/S-18: the IMR and the chronology, and any other fields. */
  static java.util.Map<String, Object> imrWithChronology(Object... more) {
    var variables = vars(more);
    variables.put("imrFile", Uploads.pdf("imr.pdf"));
    variables.put("chronologyFile", Uploads.pdf("chronology.pdf"));
    return variables;
  }

  void appoint(ProcessInstance imr, boolean directInvolvement, boolean lineManager) {
    driver.complete(imr, "Task_AppointImrAuthor", vars("imrAuthorName", "Agency Reviewer", "imrAuthorRole", "Reviewer",
        "directInvolvement", directInvolvement, "lineManagerOfPractitioner", lineManager,
        "recordsSecuredOn", "2011-06-01", "declarationDate", "2011-06-02"));
  }

  @Test
  @DisplayName("AT-13 IMR not returned: reminder 19 Aug, agency 30 Aug, senior manager 5 Sep, LSCB 12 Sep; receipt cancels the rest")
  void overdueImrIsRemindedThenEscalated() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 6, 26), "police", "2011-08-26");
    assertThat(templates(ref)).containsExactly("imr-commission");
    Task appoint = driver.task(imr, "Task_AppointImrAuthor");
    assertThat(appoint).hasCandidateGroup("senior-manager-police");
    appoint(imr, false, false);

    Task write = driver.task(imr, "Task_WriteImr");
    assertThat(write).hasCandidateGroup("imr-author-police");
    assertThat(ReviewDriver.london(write.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 8, 26));

    driver.fireTimer(imr, "Timer_ImrDueSoon", LocalDate.of(2011, 8, 19), NINE);
    assertThat(notifications.forCase(Cases.northmoor(ref)).get(1).recipients()).contains("policeimr@demo.scr-workflow.invalid",
        "policesenior@demo.scr-workflow.invalid", "public.protection@northmoor-police.example");
    // Mon 29 Aug 2011 is a bank holiday
    driver.fireTimer(imr, "Timer_ImrOverdue", LocalDate.of(2011, 8, 30), NINE);
    driver.fireTimer(imr, "Timer_ImrOverdueSeniorManager", LocalDate.of(2011, 9, 5), NINE);
    assertThat(templates(ref)).containsExactly("imr-commission", "imr-reminder", "imr-overdue",
        "imr-escalation-senior-manager");

    driver.today(LocalDate.of(2011, 9, 7));
    driver.complete(imr, "Task_WriteImr", imrWithChronology("imrNotes", "Late, but here."));
    assertThat(driver.timers(imr, "Timer_ImrOverdueLscb")).as("receipt cancels the pending escalation").isEmpty();
    assertThat(driver.engine().getRuntimeService().getVariable(imr.getId(), "imrReceivedOn")).isEqualTo("2011-09-07");
    assertThat(imr).isWaitingAt("Task_SignOffImr");
  }

  @Test
  @DisplayName("AT-13 last step: ten working days late, the LSCB business manager and chair are told")
  void imrTenDaysLateGoesToTheLscb() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 6, 26), "health", "2011-08-26");
    appoint(imr, false, false);
    driver.fireTimer(imr, "Timer_ImrDueSoon", LocalDate.of(2011, 8, 19), NINE);
    driver.fireTimer(imr, "Timer_ImrOverdue", LocalDate.of(2011, 8, 30), NINE);
    driver.fireTimer(imr, "Timer_ImrOverdueSeniorManager", LocalDate.of(2011, 9, 5), NINE);
    driver.fireTimer(imr, "Timer_ImrOverdueLscb", LocalDate.of(2011, 9, 12), NINE);
    var last = notifications.forCase(Cases.northmoor(ref)).get(4);
    assertThat(last.template()).isEqualTo("imr-escalation-lscb");
    assertThat(last.recipients()).contains("businessmanager@demo.scr-workflow.invalid", "chair@demo.scr-workflow.invalid");
    assertThat(imr).isWaitingAt("Task_WriteImr");
    driver.complete(imr, "Task_WriteImr", imrWithChronology());
    assertThat(imr).isWaitingAt("Task_SignOffImr").hasPassed("EndEvent_EscalationsSent");
  }

  @Test
  @DisplayName("AT-14 IMR sent back: scrutiny due 1 Jul, resubmission due 8 Jul, the second version accepted")
  void imrSentBackThenAccepted() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 4, 11), "health", "2011-06-10");
    appoint(imr, false, false);
    driver.today(LocalDate.of(2011, 6, 10));
    driver.complete(imr, "Task_WriteImr", imrWithChronology("imrNotes", "First version."));
    driver.complete(imr, "Task_SignOffImr", vars("imrSignedOffBy", "Director", "imrSignedOffOn", "2011-06-10"));
    Task scrutiny = driver.task(imr, "Task_ScrutiniseImr");
    assertThat(scrutiny).hasCandidateGroup("scr-panel");
    assertThat(ReviewDriver.london(scrutiny.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 7, 1));

    driver.today(LocalDate.of(2011, 6, 24));
    driver.complete(imr, scrutiny, vars("imrScrutinyOutcome", "REVISE", "imrScrutinisedOn", "2011-06-24",
        "scrutinyFeedback", "The analysis is thin."));
    Task revise = driver.task(imr, "Task_ReviseImr");
    assertThat(ReviewDriver.london(revise.getDueDate()).toLocalDate()).isEqualTo(LocalDate.of(2011, 7, 8));
    driver.today(LocalDate.of(2011, 7, 6));
    driver.complete(imr, revise, vars("revisionNotes", "Analysis extended.", "imrFile", Uploads.pdf("imr-v2.pdf")));
    driver.complete(imr, "Task_SignOffImr", vars("imrSignedOffBy", "Director", "imrSignedOffOn", "2011-07-06"));
    driver.complete(imr, "Task_ScrutiniseImr", vars("imrScrutinyOutcome", "ACCEPT", "imrScrutinisedOn", "2011-07-07"));
    assertThat(imr).isEnded().hasPassed("Task_ReviseImr", "EndEvent_ImrAccepted");
    // both versions' feedback stays in the history
    assertThat(driver.engine().getHistoryService().createHistoricDetailQuery().processInstanceId(imr.getId())
            .variableUpdates().list().stream()
            .filter(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()
                .equals("imrScrutinyOutcome")).count())
        .isEqualTo(2);
  }

  @Test
  @DisplayName("AT-15 Independence failure: a line manager cannot write the IMR until a new author declares no conflict")
  void conflictedAuthorIsReplaced() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 5, 2), "socialcare", "2011-07-01");
    appoint(imr, false, true);
    assertThat(driver.engine().getRuntimeService().getVariable(imr.getId(), "authorIndependent")).isEqualTo(false);
    Task conflict = driver.task(imr, "Task_DecideOnConflict");
    assertThat(conflict).hasCandidateGroup("scr-panel");
    driver.complete(imr, conflict, vars("conflictOverridden", false, "conflictOverrideReasons", "A new author is needed."));
    assertThat(imr).isWaitingAt("Task_AppointImrAuthor");
    appoint(imr, false, false);
    assertThat(imr).isWaitingAt("Task_WriteImr");
  }

  @Test
  @DisplayName("R-1.1 A declared conflict may be overridden by the panel chair, with reasons on record")
  void conflictOverriddenWithReasons() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 5, 2), "police", "2011-07-01");
    appoint(imr, true, false);
    driver.complete(imr, "Task_DecideOnConflict", vars("conflictOverridden", true,
        "conflictOverrideReasons", "Contact was a single strategy meeting; no one else in the force is independent."));
    assertThat(imr).isWaitingAt("Task_WriteImr").hasPassed("Gateway_ConflictOverridden", "Gateway_AuthorAppointed");
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
    Task write = driver.task(imr, "Task_WriteImr");
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
    assertThat(runtime.getVariable(imr.getId(), "imrDocumentId")).isEqualTo(imrDocument.id());
    assertThat(runtime.getVariable(imr.getId(), "imrFile")).isNull();
    var history = driver.engine().getHistoryService();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(imr.getId())
        .variableNameIn("imrFile", "chronologyFile").count()).as("no file in the history tables").isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(imr.getId()).variableUpdates().list())
        .extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getTypeName())
        .doesNotContain("file");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(imr.getId())
        .variableName("imrDocumentId").count()).isEqualTo(1);
  }

  @Test
  @DisplayName("Bad uploads are refused whole with every problem named: missing, empty, wrong type, renamed, too large")
  void badUploadsAreRefusedWhole() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 6, 1), "health", "2011-08-01");
    appoint(imr, false, false);
    Task write = driver.task(imr, "Task_WriteImr");
    var tasks = driver.engine().getTaskService();

    assertThatThrownBy(() -> tasks.complete(write.getId(), vars("imrNotes", "No files.")))
        .hasRootCauseInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class)
        .hasMessageContaining("Individual Management Review: attach the file.")
        .hasMessageContaining("Chronology: attach the file.");
    assertThatThrownBy(() -> tasks.complete(write.getId(), vars(
            "imrFile", Uploads.file("imr.pdf", "application/pdf", new byte[0]),
            "chronologyFile", Uploads.file("chronology.exe", "application/octet-stream", new byte[] {'M', 'Z', 1}))))
        .hasMessageContaining("the file \"imr.pdf\" is empty")
        .hasMessageContaining("\"chronology.exe\" is not one of the types allowed (PDF, DOCX, ODT)");
    assertThatThrownBy(() -> tasks.complete(write.getId(), vars(
            "imrFile", Uploads.file("imr.docx", "application/pdf", Uploads.pdfBytes("a pdf named docx")),
            "chronologyFile", Uploads.file("chronology.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1]))))
        .hasMessageContaining("\"imr.docx\" is not a DOCX document inside")
        .hasMessageContaining("the file is 10.0 MB; the largest allowed is 10.0 MB");

    assertThat(uploads(ref)).as("nothing half-saved").isEmpty();
    assertThat(imr).isWaitingAt("Task_WriteImr");
    assertThat(driver.engine().getRuntimeService().getVariables(imr.getId())).doesNotContainKeys("imrFile",
        "chronologyFile", "imrNotes", "imrDocumentId");
    assertThat(driver.engine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(imr.getId()).variableName("imrNotes").count()).isZero();

    driver.complete(imr, write, imrWithChronology());
    assertThat(uploads(ref)).hasSize(2);
  }

  @Test
  @DisplayName("G-14 revision: the revised IMR is version 2 of the same document, the first version kept")
  void revisedImrIsANewVersion() {
    String ref = newCase();
    ProcessInstance imr = commission(ref, LocalDate.of(2011, 4, 11), "police", "2011-06-10");
    appoint(imr, false, false);
    driver.complete(imr, "Task_WriteImr", imrWithChronology());
    driver.complete(imr, "Task_SignOffImr", vars("imrSignedOffBy", "Director", "imrSignedOffOn", "2011-06-10"));
    driver.complete(imr, "Task_ScrutiniseImr", vars("imrScrutinyOutcome", "REVISE", "imrScrutinisedOn", "2011-06-24",
        "scrutinyFeedback", "Say what the force would do differently."));
    driver.complete(imr, "Task_ReviseImr", vars("imrFile", Uploads.pdf("imr-revised.pdf")));
    var imrs = documents.ofCase(Cases.northmoor(ref)).stream().filter(d -> d.kind().name().equals("IMR")).toList();
    assertThat(imrs).extracting(d -> d.version(), d -> d.uploadedAs())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "imr.pdf"),
            org.assertj.core.groups.Tuple.tuple(2, "imr-revised.pdf"));
    assertThat(driver.engine().getRuntimeService().getVariable(imr.getId(), "imrDocumentId")).isEqualTo(imrs.get(1).id());
    assertThat(documents.ofCase(Cases.northmoor(ref)).stream().filter(d -> d.kind().name().equals("CHRONOLOGY")).count())
        .as("the chronology was optional on revision").isEqualTo(1);
  }
}
