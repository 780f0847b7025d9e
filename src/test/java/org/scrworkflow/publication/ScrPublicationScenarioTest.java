package org.scrworkflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.scrworkflow.process.ScrPublication.ANONYMISATION_FINDINGS;
import static org.scrworkflow.process.ScrPublication.ANONYMISATION_PASSED;
import static org.scrworkflow.process.ScrPublication.COMPELLING_WELFARE_REASONS;
import static org.scrworkflow.process.ScrPublication.GROUNDS_RAISED_NOT_TO_PUBLISH;
import static org.scrworkflow.process.ScrPublication.END_NOT_PUBLISHED;
import static org.scrworkflow.process.ScrPublication.END_REPORTS_PUBLISHED;
import static org.scrworkflow.process.ScrPublication.GATEWAY_WITHHOLDING_HANDLED;
import static org.scrworkflow.process.ScrPublication.LEGAL_ADVICE_OUTCOME;
import static org.scrworkflow.process.ScrPublication.LEGAL_ADVICE_REASONS;
import static org.scrworkflow.process.ScrPublication.LEGAL_RESTRICTION;
import static org.scrworkflow.process.ScrPublication.LEGAL_RESTRICTION_DETAILS;
import static org.scrworkflow.process.ScrPublication.OTHER_REQUESTS_AND_REPLIES;
import static org.scrworkflow.process.ScrPublication.PUBLISHABLE_EXECUTIVE_SUMMARY;
import static org.scrworkflow.process.ScrPublication.PUBLISHABLE_OVERVIEW_REPORT;
import static org.scrworkflow.process.ScrPublication.PUBLISH_EXECUTIVE_SUMMARY;
import static org.scrworkflow.process.ScrPublication.PUBLISH_NOT_BEFORE;
import static org.scrworkflow.process.ScrPublication.PUBLISH_OVERVIEW_REPORT;
import static org.scrworkflow.process.ScrPublication.REDACTION_NOTES;
import static org.scrworkflow.process.ScrPublication.TASK_BRIEF_FAMILY;
import static org.scrworkflow.process.ScrPublication.TASK_CHECK_LEGAL_RESTRICTIONS;
import static org.scrworkflow.process.ScrPublication.TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH;
import static org.scrworkflow.process.ScrPublication.TASK_PREPARE_PUBLICATION_VERSIONS;
import static org.scrworkflow.process.ScrPublication.TASK_PUBLISH_REPORTS;
import static org.scrworkflow.process.ScrPublication.TASK_REDACT_DOCUMENTS;
import static org.scrworkflow.process.ScrPublication.TASK_SIGN_OFF_PUBLICATION;
import static org.scrworkflow.process.ScrPublication.TASK_TAKE_LEGAL_ADVICE;
import static org.scrworkflow.process.ScrPublication.TASK_TELL_DFE_OVERVIEW_WITHHELD;
import static org.scrworkflow.process.ScrPublication.TIMER_EARLIEST_PUBLICATION;
import static org.scrworkflow.process.ScrPublication.WELFARE_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.PUBLICATION_OUTCOME;
import static org.scrworkflow.process.SeriousCaseReview.PUBLISHED_ON;
import static org.scrworkflow.process.SeriousCaseReview.REGION;
import static org.scrworkflow.process.SeriousCaseReview.REPORTS_SUBMITTED_ON;
import static org.scrworkflow.scenario.StandardAnswers.values;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.contract.ContractViolation;
import org.scrworkflow.document.Classification;
import org.scrworkflow.document.DocumentKind;
import org.scrworkflow.document.DocumentStore;
import org.scrworkflow.document.StoredDocument;
import org.scrworkflow.process.ProcessVariable;
import org.scrworkflow.process.ScrPublication;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.scenario.ReviewWalk;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.ScenarioSupport;
import org.scrworkflow.testsupport.ScenarioTest;
import org.scrworkflow.testsupport.Uploads;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenario tests of scr-publication.bpmn (S-26, S-27; G-8 to G-12; the letter of 10 June 2010). Each walks the
 * publication with the standard answers ({@link org.scrworkflow.scenario.StandardAnswers}) and says only what its
 * case is about.
 */
@ScenarioTest
class ScrPublicationScenarioTest extends ScenarioSupport {

  static final String CLEAN_SUMMARY = "Child C died in 2010. The agencies did not share what they knew.";
  static final String CLEAN_OVERVIEW = "Child C lived with Mother and a sibling. Records were not shared.";

  @Autowired IdentityVault vault;
  @Autowired DocumentStore documents;
  @Autowired org.scrworkflow.document.PdfRenderer renderer;

  /**
   * Reports sent to Ofsted and GO/DfE on 1 March 2011 for a review initiated on decisionDate; the vault holds the
   * child's name and school, and the publication versions prepared are the clean texts above unless a case says
   * otherwise.
   */
  ReviewWalk submitted(String ref, String decisionDate) {
    vault.add(Cases.scenario(ref), new IdentifyingDetail(IdentifierKind.NAME, "Jayden Price"), "businessmanager");
    vault.add(Cases.scenario(ref), new IdentifyingDetail(IdentifierKind.SCHOOL, "St Hilda's Primary School"),
        "businessmanager");
    LocalDate submittedOn = LocalDate.of(2011, 3, 1);
    driver.today(submittedOn);
    ProcessInstance publication = driver.start(ScrPublication.KEY, ref, values()
        .with(CASE_REFERENCE, ref).with(CHILD_PSEUDONYM, "Child C").with(DECISION_DATE, LocalDate.parse(decisionDate))
        .with(REPORTS_SUBMITTED_ON, submittedOn).with(REGION, "SOUTH_EAST"));
    return walk(publication).answer(TASK_PREPARE_PUBLICATION_VERSIONS, values()
        .with(PUBLISHABLE_EXECUTIVE_SUMMARY, CLEAN_SUMMARY).with(PUBLISHABLE_OVERVIEW_REPORT, CLEAN_OVERVIEW));
  }

  /** Signs off, briefs the family, checks the earliest publication day (T-12) and publishes on it. */
  void signOffAndPublish(ReviewWalk walk, LocalDate earliest) {
    walk.step(TASK_SIGN_OFF_PUBLICATION).step(TASK_BRIEF_FAMILY);
    driver.fireTimer(walk.review(), TIMER_EARLIEST_PUBLICATION, earliest, NINE);
    walk.step(TASK_PUBLISH_REPORTS);
  }

  Object variable(ProcessInstance instance, ProcessVariable<?> variable) {
    return driver.engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(variable.name()).singleResult().getValue();
  }

  @Test
  @DisplayName("AT-12 Initiated on 10 June 2010: overview report and executive summary, after G-9 to G-11")
  void initiatedOnTenthJunePublishesBoth() {
    ReviewWalk walk = submitted(newCase(), "2010-06-10");
    ProcessInstance publication = walk.review();
    walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH);
    assertThat(variable(publication, PUBLISH_OVERVIEW_REPORT)).isEqualTo(true);
    walk.step(TASK_CHECK_LEGAL_RESTRICTIONS).step(TASK_PREPARE_PUBLICATION_VERSIONS);
    assertThat(variable(publication, ANONYMISATION_PASSED)).isEqualTo(true);
    // T-12: twenty working days after Tue 1 Mar 2011
    signOffAndPublish(walk, LocalDate.of(2011, 3, 29));
    assertThat(publication).isEnded().hasPassed(END_REPORTS_PUBLISHED);
    assertThat(variable(publication, PUBLICATION_OUTCOME)).isEqualTo("OVERVIEW_AND_SUMMARY");
    assertThat(variable(publication, PUBLISHED_ON)).isEqualTo("2011-03-29");
  }

  @Test
  @DisplayName("R-7.1, G-8 Initiated after 10 June 2010, nothing withheld: the publication versions cannot go on"
      + " without the overview report, and the pack then holds both documents")
  void overviewReportCannotBeLeftOut() {
    ReviewWalk walk = submitted(newCase(), "2010-11-01");
    ProcessInstance publication = walk.review();
    walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH).step(TASK_CHECK_LEGAL_RESTRICTIONS);
    assertThatThrownBy(() -> walk.step(TASK_PREPARE_PUBLICATION_VERSIONS, values()
        .with(PUBLISHABLE_OVERVIEW_REPORT, "  "))).hasRootCauseInstanceOf(ContractViolation.class)
        .hasMessageContaining(PUBLISHABLE_OVERVIEW_REPORT.name()).hasMessageContaining("R-7.1");
    assertThat(driver.tasks(publication, TASK_PREPARE_PUBLICATION_VERSIONS)).hasSize(1);
    walk.step(TASK_PREPARE_PUBLICATION_VERSIONS);
    assertThat(documents.ofCase(Cases.scenario(publication.getBusinessKey()))).extracting(StoredDocument::kind)
        .contains(DocumentKind.OVERVIEW_REPORT, DocumentKind.EXECUTIVE_SUMMARY, DocumentKind.PUBLICATION_BUNDLE);
  }

  @Test
  @DisplayName("AT-11 Initiated 9 June 2010: executive summary only, nothing told to the DfE")
  void initiatedBeforeTenthJunePublishesSummaryOnly() {
    String ref = newCase();
    ReviewWalk walk = submitted(ref, "2010-06-09");
    ProcessInstance publication = walk.review();
    walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH);
    assertThat(variable(publication, PUBLISH_OVERVIEW_REPORT)).isEqualTo(false);
    assertThat(variable(publication, PUBLISH_EXECUTIVE_SUMMARY)).isEqualTo(true);
    // the overview report is not checked: it is not in the pack
    walk.step(TASK_CHECK_LEGAL_RESTRICTIONS).step(TASK_PREPARE_PUBLICATION_VERSIONS, values()
        .with(PUBLISHABLE_OVERVIEW_REPORT, "Jayden Price lived at the address in the vault."));
    assertThat(variable(publication, ANONYMISATION_PASSED)).isEqualTo(true);
    signOffAndPublish(walk, LocalDate.of(2011, 3, 29));
    assertThat(variable(publication, PUBLICATION_OUTCOME)).isEqualTo("SUMMARY_ONLY");
    // no withholding to report (the overview report was never publishable); only the publication notice
    assertThat(templates(ref)).containsExactly("publication-notice");
  }

  @Test
  @DisplayName("AT-22 Compelling reasons about a child's welfare: overview withheld, reasons to the DfE, summary"
      + " published")
  void compellingWelfareReasonsWithholdOverview() {
    String ref = newCase();
    ReviewWalk walk = submitted(ref, "2010-09-14");
    ProcessInstance publication = walk.review();
    walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, values().with(COMPELLING_WELFARE_REASONS, true)
        .with(WELFARE_REASONS, "A surviving sibling would recognise the account."));
    assertThat(variable(publication, PUBLISH_OVERVIEW_REPORT)).isEqualTo(false);
    assertThat(templates(ref)).containsExactly("overview-report-withheld");
    assertThat(notifications.forCase(Cases.scenario(ref)).get(0).governmentRecipient())
        .isEqualTo("DFE_SAFEGUARDING_GROUP");
    walk.step(TASK_CHECK_LEGAL_RESTRICTIONS)
        .step(TASK_PREPARE_PUBLICATION_VERSIONS, values().put(PUBLISHABLE_OVERVIEW_REPORT, null));
    signOffAndPublish(walk, LocalDate.of(2011, 3, 29));
    assertThat(variable(publication, PUBLICATION_OUTCOME)).isEqualTo("SUMMARY_ONLY");
  }

  @Test
  @DisplayName("G-9, R-7.2 Withholding the overview report for a child's welfare needs the reasons: without them"
      + " nothing is saved and the DfE is told nothing")
  void welfareGroundNeedsItsReasons() {
    ReviewWalk walk = submitted(newCase(), "2010-11-01");
    ProcessInstance publication = walk.review();
    assertThatThrownBy(() -> walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, values()
        .with(COMPELLING_WELFARE_REASONS, true).with(WELFARE_REASONS, null))).hasRootCauseInstanceOf(ContractViolation.class)
        .hasMessageContaining(WELFARE_REASONS.name()).hasMessageContaining("G-9");
    assertThat(driver.tasks(publication, TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH)).hasSize(1);
    assertThat(driver.engine().getRuntimeService().getVariable(publication.getId(),
        COMPELLING_WELFARE_REASONS.name())).isNull();
  }

  @Test
  @DisplayName("AT-21 Requests on other grounds are refused: G-9 no, both published")
  void otherGroundsAreRefused() {
    ReviewWalk walk = submitted(newCase(), "2010-09-14");
    walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, values().with(OTHER_REQUESTS_AND_REPLIES,
        "Trust (reputation), social worker (objection), LSCB (cost): all refused."));
    assertThat(variable(walk.review(), PUBLISH_OVERVIEW_REPORT)).isEqualTo(true);
    assertThat(walk.review()).hasPassed(GATEWAY_WITHHOLDING_HANDLED).hasNotPassed(TASK_TELL_DFE_OVERVIEW_WITHHELD);
  }

  @Test
  @DisplayName("AT-21, AT-22, G-9, R-7.2 The grounds of requests not to publish come from a closed list: a request on"
      + " the family's privacy without its recorded reply is refused; with it, both documents are published; an"
      + " unknown ground is refused")
  void groundsAreAClosedListAndOtherGroundsAreRefusedWithAReply() {
    ReviewWalk walk = submitted(newCase(), "2010-09-14");
    ProcessInstance publication = walk.review();
    assertThatThrownBy(() -> walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, values()
        .put(GROUNDS_RAISED_NOT_TO_PUBLISH, List.of("FAMILY_PRIVACY")).with(OTHER_REQUESTS_AND_REPLIES, null)))
        .hasRootCauseInstanceOf(ContractViolation.class).hasMessageContaining(OTHER_REQUESTS_AND_REPLIES.name())
        .hasMessageContaining("G-9");
    assertThatThrownBy(() -> walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, values()
        .put(GROUNDS_RAISED_NOT_TO_PUBLISH, List.of("EMBARRASSMENT"))
        .with(OTHER_REQUESTS_AND_REPLIES, "A councillor (embarrassment): refused.")))
        .hasRootCauseInstanceOf(ContractViolation.class).hasMessageContaining(GROUNDS_RAISED_NOT_TO_PUBLISH.name());
    assertThat(driver.tasks(publication, TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH)).hasSize(1);
    walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, values()
        .put(GROUNDS_RAISED_NOT_TO_PUBLISH, List.of("FAMILY_PRIVACY", "AGENCY_OR_STAFF"))
        .with(OTHER_REQUESTS_AND_REPLIES, "The mother (privacy) and the trust (reputation): both refused in writing."));
    assertThat(variable(publication, PUBLISH_OVERVIEW_REPORT)).isEqualTo(true);
    assertThat(publication).hasNotPassed(TASK_TELL_DFE_OVERVIEW_WITHHELD);
  }

  @Test
  @DisplayName("AT-24, R-7.6 IMRs never published, through the process: with the case's IMR in the document store, a"
      + " caller who names it as the pack is refused and nothing is saved; the pack the process assembles holds none"
      + " of it")
  void imrNeverPublishedThroughTheProcess() throws Exception {
    String ref = newCase();
    ReviewWalk walk = submitted(ref, "2010-11-01");
    ProcessInstance publication = walk.review();
    var imr = documents.store(Cases.scenario(ref), publication.getId(), DocumentKind.IMR, "police-imr.pdf",
        "application/pdf", renderer.render("text-document", Map.of("title", "IMR", CASE_REFERENCE.name(), ref,
            "text", "Police IMR: the officer's notes of the visit")), "policeimr", java.time.Instant.now());
    walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH).step(TASK_CHECK_LEGAL_RESTRICTIONS);
    assertThatThrownBy(() -> walk.step(TASK_PREPARE_PUBLICATION_VERSIONS, values()
        .put(ScrPublication.PUBLICATION_BUNDLE_DOCUMENT_ID, imr.id())))
        .hasMessageContaining(ScrPublication.PUBLICATION_BUNDLE_DOCUMENT_ID.name());
    assertThat(driver.tasks(publication, TASK_PREPARE_PUBLICATION_VERSIONS)).hasSize(1);
    walk.step(TASK_PREPARE_PUBLICATION_VERSIONS);
    Object bundle = variable(publication, ScrPublication.PUBLICATION_BUNDLE_DOCUMENT_ID);
    assertThat(bundle).isNotNull().isNotEqualTo(imr.id());
    assertThat(documents.find(((Number) bundle).longValue())).get()
        .extracting(document -> document.kind()).isEqualTo(DocumentKind.PUBLICATION_BUNDLE);
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(documents.content(((Number) bundle).longValue()))) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).doesNotContain("officer's notes")
          .isNotBlank();
    }
  }

  @Test
  @DisplayName("AT-20 Anonymisation failure: a school held in the vault blocks publication until redacted")
  void anonymisationFailureBlocksUntilRedacted() {
    ReviewWalk walk = submitted(newCase(), "2010-09-14");
    ProcessInstance publication = walk.review();
    walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH).step(TASK_CHECK_LEGAL_RESTRICTIONS)
        .step(TASK_PREPARE_PUBLICATION_VERSIONS, values()
            .with(PUBLISHABLE_OVERVIEW_REPORT, "Child C attended St Hilda's\nPrimary School until 2009."));
    assertThat(variable(publication, ANONYMISATION_PASSED)).isEqualTo(false);
    assertThat((String) driver.engine().getRuntimeService().getVariable(publication.getId(),
        ANONYMISATION_FINDINGS.name()))
        .contains("Publication bundle, page").contains("Child C attended [school]").doesNotContain("Hilda");
    assertThat(publication).isWaitingAt(TASK_REDACT_DOCUMENTS);
    walk.step(TASK_REDACT_DOCUMENTS, values().with(PUBLISHABLE_EXECUTIVE_SUMMARY, CLEAN_SUMMARY)
        .with(PUBLISHABLE_OVERVIEW_REPORT, "Child C attended a local primary school until 2009.")
        .with(REDACTION_NOTES, "School removed."));
    assertThat(driver.engine().getRuntimeService().getVariable(publication.getId(), ANONYMISATION_PASSED.name()))
        .isEqualTo(true);
    assertThat(publication).isWaitingAt(TASK_SIGN_OFF_PUBLICATION);
  }

  @Test
  @DisplayName("G-11 The check reads the pack as a document: the surname alone blocks, and a common first name"
      + " alone only warns, listed for the person redacting, never written out")
  void surnameBlocksCommonFirstNameWarns() {
    ReviewWalk walk = submitted(newCase(), "2010-09-14");
    ProcessInstance publication = walk.review();
    walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH).step(TASK_CHECK_LEGAL_RESTRICTIONS)
        .step(TASK_PREPARE_PUBLICATION_VERSIONS, values()
            .with(PUBLISHABLE_OVERVIEW_REPORT, "Child C lived with Ms Price. Jayden, a neighbour's boy, visited."));
    String findings = (String) driver.engine().getRuntimeService().getVariable(publication.getId(),
        ANONYMISATION_FINDINGS.name());
    assertThat(variable(publication, ANONYMISATION_PASSED)).isEqualTo(false);
    assertThat(findings).contains("Publication bundle, page").contains("with Ms [name]").contains("(written \"P****\")")
        .contains("a common first name alone only warns").doesNotContain("Price").doesNotContain("Jayden");
    assertThat(findings.indexOf("written \"P****\"")).isLessThan(findings.indexOf("common first name"));
    walk.step(TASK_REDACT_DOCUMENTS, values().with(PUBLISHABLE_EXECUTIVE_SUMMARY, CLEAN_SUMMARY)
        .with(PUBLISHABLE_OVERVIEW_REPORT, "Child C lived with Mother. Jayden, a neighbour's boy, visited.")
        .with(REDACTION_NOTES, "Surname removed; the neighbour's boy shares only a common first name."));
    assertThat(variable(publication, ANONYMISATION_PASSED)).isEqualTo(true);
    assertThat((String) driver.engine().getRuntimeService().getVariable(publication.getId(),
        ANONYMISATION_FINDINGS.name())).contains("a common first name alone only warns");
    assertThat(publication).isWaitingAt(TASK_SIGN_OFF_PUBLICATION);
  }

  @Test
  @DisplayName("R-7.6 The check reads the pack this publication assembled, whatever the record names: an IMR put"
      + " there is never checked, signed off or published")
  void checkReadsTheAssembledPackOnly() throws Exception {
    String ref = newCase();
    ReviewWalk walk = submitted(ref, "2010-09-14");
    ProcessInstance publication = walk.review();
    walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH).step(TASK_CHECK_LEGAL_RESTRICTIONS);
    StoredDocument imr = documents.store(caseOf(ref), publication.getId(), DocumentKind.IMR, "imr-police.pdf",
        "application/pdf", Uploads.pdf("imr-police.pdf").getValue().readAllBytes(), "imr-author",
        driver.day().atStartOfDay(ReviewDriver.LONDON).toInstant());
    var tasks = driver.engine().getTaskService();
    tasks.complete(driver.task(publication, TASK_PREPARE_PUBLICATION_VERSIONS).getId(), StandardAnswers.answer(
        TASK_PREPARE_PUBLICATION_VERSIONS, driver.day(), Uploads::pdf, values()
            .with(PUBLISHABLE_EXECUTIVE_SUMMARY, CLEAN_SUMMARY).with(PUBLISHABLE_OVERVIEW_REPORT, CLEAN_OVERVIEW)));
    var management = driver.engine().getManagementService();
    management.executeJob(jobAt(publication, ScrPublication.TASK_ASSEMBLE_PUBLICATION_PACK).getId());
    // the record is changed behind the process's back (no caller can: the owned-variable rule refuses it)
    asProcessCode(() -> driver.engine().getRuntimeService().setVariable(publication.getId(),
        ScrPublication.PUBLICATION_BUNDLE_DOCUMENT_ID.name(), imr.id()));
    Job check = jobAt(publication, ScrPublication.TASK_CHECK_ANONYMISATION);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> management.executeJob(check.getId())))
        .hasMessageContaining("names document " + imr.id()).hasMessageContaining("nothing was checked or published");
    assertThat(driver.engine().getRuntimeService().getVariable(publication.getId(), ANONYMISATION_PASSED.name()))
        .isNull();
    assertThat(publication).hasNotPassed(TASK_SIGN_OFF_PUBLICATION);
    assertThat(documents.ofCase(caseOf(ref))).filteredOn(d -> d.kind() == DocumentKind.PUBLICATION_BUNDLE)
        .hasSize(1).allMatch(d -> d.classification() == Classification.PUBLISHABLE);
  }

  Job jobAt(ProcessInstance instance, String activityId) {
    var management = driver.engine().getManagementService();
    return management.createJobQuery().processInstanceId(instance.getId()).list().stream()
        .filter(job -> activityId.equals(management.createJobDefinitionQuery()
            .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()))
        .findFirst().orElseThrow(() -> new AssertionError("no job at " + activityId));
  }

  @Test
  @DisplayName("AT-19 Court order: legal advice, compliant form, held until the order allows")
  void courtOrderDefersPublication() {
    ReviewWalk walk = submitted(newCase(), "2010-09-14");
    walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH)
        .step(TASK_CHECK_LEGAL_RESTRICTIONS, values().with(LEGAL_RESTRICTION, true)
            .with(LEGAL_RESTRICTION_DETAILS, "Reporting restriction order in a sibling's care proceedings."))
        .step(TASK_TAKE_LEGAL_ADVICE, values().with(PUBLISH_NOT_BEFORE, LocalDate.of(2011, 6, 1))
            .with(LEGAL_ADVICE_REASONS, "Placement details removed; wait for the order."))
        .step(TASK_PREPARE_PUBLICATION_VERSIONS);
    signOffAndPublish(walk, LocalDate.of(2011, 6, 1));
    assertThat(walk.review()).isEnded().hasPassed(TASK_TAKE_LEGAL_ADVICE, END_REPORTS_PUBLISHED);
  }

  @Test
  @DisplayName("R-7.7, AT-16 Criminal proceedings held publication: past the earliest day the business manager"
      + " confirms whether they have ended; still live, the hold is updated to the expected verdict and asked again"
      + " that day; a date not after today or a missing one is refused; ended, the reports are published")
  void publicationHeldWhileProceedingsAreLive() {
    String ref = newCase();
    vault.add(Cases.scenario(ref), new IdentifyingDetail(IdentifierKind.NAME, "Jayden Price"), "businessmanager");
    driver.today(LocalDate.of(2011, 3, 1));
    ProcessInstance publication = driver.start(ScrPublication.KEY, ref, values()
        .with(CASE_REFERENCE, ref).with(CHILD_PSEUDONYM, "Child C").with(DECISION_DATE, LocalDate.of(2010, 9, 14))
        .with(REPORTS_SUBMITTED_ON, LocalDate.of(2011, 3, 1)).with(REGION, "SOUTH_EAST")
        .with(SeriousCaseReview.PARALLEL_PROCEEDINGS, true));
    ReviewWalk walk = walk(publication).answer(TASK_PREPARE_PUBLICATION_VERSIONS, values()
        .with(PUBLISHABLE_EXECUTIVE_SUMMARY, CLEAN_SUMMARY).with(PUBLISHABLE_OVERVIEW_REPORT, CLEAN_OVERVIEW));
    walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH).step(TASK_CHECK_LEGAL_RESTRICTIONS)
        .step(TASK_PREPARE_PUBLICATION_VERSIONS).step(TASK_SIGN_OFF_PUBLICATION).step(TASK_BRIEF_FAMILY);
    driver.fireTimer(publication, TIMER_EARLIEST_PUBLICATION, LocalDate.of(2011, 3, 29), NINE);
    assertThat(publication).isWaitingAt(ScrPublication.TASK_CONFIRM_PROCEEDINGS_ENDED);
    assertThat(driver.tasks(publication, TASK_PUBLISH_REPORTS)).isEmpty();

    Task confirm = driver.task(publication, ScrPublication.TASK_CONFIRM_PROCEEDINGS_ENDED);
    for (LocalDate wrong : java.util.Arrays.asList(null, LocalDate.of(2011, 3, 29))) {
      assertThatThrownBy(() -> driver.complete(publication, confirm, values()
          .with(ScrPublication.PROCEEDINGS_ENDED, false).with(ScrPublication.PROCEEDINGS_EXPECTED_END, wrong)))
          .hasRootCauseInstanceOf(ContractViolation.class)
          .hasMessageContaining(ScrPublication.PROCEEDINGS_EXPECTED_END.name());
    }
    assertThatThrownBy(() -> driver.complete(publication, confirm, values()
        .with(ScrPublication.PROCEEDINGS_ENDED, true)))
        .hasRootCauseInstanceOf(ContractViolation.class)
        .hasMessageContaining(ScrPublication.PROCEEDINGS_ENDED_ON.name());
    assertThat(publication).isWaitingAt(ScrPublication.TASK_CONFIRM_PROCEEDINGS_ENDED);

    walk.step(ScrPublication.TASK_CONFIRM_PROCEEDINGS_ENDED, values().with(ScrPublication.PROCEEDINGS_ENDED, false)
        .with(ScrPublication.PROCEEDINGS_ENDED_ON, null)
        .with(ScrPublication.PROCEEDINGS_EXPECTED_END, LocalDate.of(2012, 3, 30))
        .with(ScrPublication.PROCEEDINGS_NOTES, "Trial listed for March 2012."));
    assertThat(publication).isWaitingAt(ScrPublication.TIMER_PROCEEDINGS_EXPECTED_END);
    assertThat(driver.local(driver.timer(publication, ScrPublication.TIMER_PROCEEDINGS_EXPECTED_END).getDuedate()))
        .isEqualTo(LocalDate.of(2012, 3, 30).atTime(NINE));
    driver.fireTimer(publication, ScrPublication.TIMER_PROCEEDINGS_EXPECTED_END);
    assertThat(publication).isWaitingAt(ScrPublication.TASK_CONFIRM_PROCEEDINGS_ENDED);
    walk.step(ScrPublication.TASK_CONFIRM_PROCEEDINGS_ENDED).step(TASK_PUBLISH_REPORTS);
    assertThat(publication).isEnded().hasPassed(ScrPublication.TIMER_PROCEEDINGS_EXPECTED_END,
        END_REPORTS_PUBLISHED);
    assertThat(variable(publication, PUBLISHED_ON)).isEqualTo("2012-03-30");
  }

  @Test
  @DisplayName("G-12 Not at all: after legal advice nothing is published and the DfE is told why")
  void legalAdviceNotToPublish() {
    String ref = newCase();
    ReviewWalk walk = submitted(ref, "2010-09-14");
    walk.step(TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH)
        .step(TASK_CHECK_LEGAL_RESTRICTIONS, values().with(LEGAL_RESTRICTION, true))
        .step(TASK_TAKE_LEGAL_ADVICE, values().with(LEGAL_ADVICE_OUTCOME, "NOT_AT_ALL")
            .with(LEGAL_ADVICE_REASONS, "No compliant form is possible."));
    assertThat(walk.review()).isEnded().hasPassed(END_NOT_PUBLISHED);
    assertThat(templates(ref)).containsExactly("not-published");
    assertThat(variable(walk.review(), PUBLICATION_OUTCOME)).isEqualTo("NOT_PUBLISHED");
  }
}
