package org.scrworkflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.scrworkflow.testsupport.Vars.vars;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.testsupport.ReviewDriver;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.ScenarioSupport;
import org.scrworkflow.testsupport.ScenarioTest;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.beans.factory.annotation.Autowired;

/** Scenario tests of scr-publication.bpmn (S-26, S-27; G-8 to G-12; the letter of 10 June 2010). */
@ScenarioTest
class ScrPublicationScenarioTest extends ScenarioSupport {

  static final String KEY = "scr-publication";
  static final String CLEAN_SUMMARY = "Child C died in 2010. The agencies did not share what they knew.";
  static final String CLEAN_OVERVIEW = "Child C lived with Mother and a sibling. Records were not shared.";

  @Autowired IdentityVault vault;


  /** Reports sent to Ofsted and GO/DfE on submittedOn for a review initiated on decisionDate. */
  ProcessInstance submitted(String ref, String decisionDate, LocalDate submittedOn) {
    vault.add(Cases.scenario(ref), new IdentifyingDetail(IdentifierKind.NAME, "Jayden Price"), "businessmanager");
    vault.add(Cases.scenario(ref), new IdentifyingDetail(IdentifierKind.SCHOOL, "St Hilda's Primary School"), "businessmanager");
    driver.today(submittedOn);
    return driver.start(KEY, ref, vars("caseReference", ref, "childPseudonym", "Child C", "decisionDate", decisionDate,
        "reportsSubmittedOn", submittedOn.toString(), "region", "SOUTH_EAST"));
  }

  void noRequests(ProcessInstance publication, boolean compelling) {
    driver.complete(publication, "Task_ConsiderRequestsNotToPublish", vars("compellingWelfareReasons", compelling,
        "welfareReasons", compelling ? "A surviving sibling would recognise the account." : null));
  }

  void prepare(ProcessInstance publication, String summary, String overview) {
    driver.complete(publication, "Task_PreparePublicationVersions",
        vars("publishableExecutiveSummary", summary, "publishableOverviewReport", overview));
  }

  void signOffAndPublish(ProcessInstance publication, LocalDate earliest) {
    driver.complete(publication, "Task_SignOffPublication",
        vars("publicationSignedOffBy", "LSCB chair", "publicationSignedOffOn", "2011-10-03"));
    driver.complete(publication, "Task_BriefFamily", vars("familyBriefedOn", "2011-10-04"));
    driver.fireTimer(publication, "Timer_EarliestPublication", earliest, NINE);
    driver.complete(publication, "Task_PublishReports", vars("publishedOn", earliest.toString(),
        "publicationUrl", "https://lscb.example/scr"));
  }

  Object variable(ProcessInstance instance, String name) {
    return driver.engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  @Test
  @DisplayName("AT-12 Initiated on 10 June 2010: overview report and executive summary, after G-9 to G-11")
  void initiatedOnTenthJunePublishesBoth() {
    String ref = newCase();
    ProcessInstance publication = submitted(ref, "2010-06-10", LocalDate.of(2011, 3, 1));
    noRequests(publication, false);
    assertThat(variable(publication, "publishOverviewReport")).isEqualTo(true);
    driver.complete(publication, "Task_CheckLegalRestrictions", vars("legalRestriction", false));
    prepare(publication, CLEAN_SUMMARY, CLEAN_OVERVIEW);
    assertThat(variable(publication, "anonymisationPassed")).isEqualTo(true);
    // T-12: twenty working days after Tue 1 Mar 2011
    signOffAndPublish(publication, LocalDate.of(2011, 3, 29));
    assertThat(publication).isEnded().hasPassed("EndEvent_ReportsPublished");
    assertThat(variable(publication, "publicationOutcome")).isEqualTo("OVERVIEW_AND_SUMMARY");
  }

  @Test
  @DisplayName("AT-11 Initiated 9 June 2010: executive summary only, nothing told to the DfE")
  void initiatedBeforeTenthJunePublishesSummaryOnly() {
    String ref = newCase();
    ProcessInstance publication = submitted(ref, "2010-06-09", LocalDate.of(2011, 3, 1));
    noRequests(publication, false);
    assertThat(variable(publication, "publishOverviewReport")).isEqualTo(false);
    assertThat(variable(publication, "publishExecutiveSummary")).isEqualTo(true);
    driver.complete(publication, "Task_CheckLegalRestrictions", vars("legalRestriction", false));
    // the overview report is not checked: it is not in the pack
    prepare(publication, CLEAN_SUMMARY, "Jayden Price lived at the address in the vault.");
    assertThat(variable(publication, "anonymisationPassed")).isEqualTo(true);
    signOffAndPublish(publication, LocalDate.of(2011, 3, 29));
    assertThat(variable(publication, "publicationOutcome")).isEqualTo("SUMMARY_ONLY");
    // no withholding to report (the overview report was never publishable); only the publication notice
    assertThat(templates(ref)).containsExactly("publication-notice");
  }

  @Test
  @DisplayName("AT-22 Compelling reasons about a child's welfare: overview withheld, reasons to the DfE, summary published")
  void compellingWelfareReasonsWithholdOverview() {
    String ref = newCase();
    ProcessInstance publication = submitted(ref, "2010-09-14", LocalDate.of(2011, 3, 1));
    noRequests(publication, true);
    assertThat(variable(publication, "publishOverviewReport")).isEqualTo(false);
    assertThat(templates(ref)).containsExactly("overview-report-withheld");
    assertThat(notifications.forCase(Cases.scenario(ref)).get(0).governmentRecipient()).isEqualTo("DFE_SAFEGUARDING_GROUP");
    driver.complete(publication, "Task_CheckLegalRestrictions", vars("legalRestriction", false));
    prepare(publication, CLEAN_SUMMARY, null);
    signOffAndPublish(publication, LocalDate.of(2011, 3, 29));
    assertThat(variable(publication, "publicationOutcome")).isEqualTo("SUMMARY_ONLY");
  }

  @Test
  @DisplayName("AT-21 Requests on other grounds are refused: G-9 no, both published")
  void otherGroundsAreRefused() {
    String ref = newCase();
    ProcessInstance publication = submitted(ref, "2010-09-14", LocalDate.of(2011, 3, 1));
    driver.complete(publication, "Task_ConsiderRequestsNotToPublish", vars("compellingWelfareReasons", false,
        "otherRequestsAndReplies", "Trust (reputation), social worker (objection), LSCB (cost): all refused."));
    assertThat(variable(publication, "publishOverviewReport")).isEqualTo(true);
    assertThat(publication).hasPassed("Gateway_WithholdingHandled").hasNotPassed("Task_TellDfeOverviewWithheld");
  }

  @Test
  @DisplayName("AT-20 Anonymisation failure: a school held in the vault blocks publication until redacted")
  void anonymisationFailureBlocksUntilRedacted() {
    String ref = newCase();
    ProcessInstance publication = submitted(ref, "2010-09-14", LocalDate.of(2011, 3, 1));
    noRequests(publication, false);
    driver.complete(publication, "Task_CheckLegalRestrictions", vars("legalRestriction", false));
    prepare(publication, CLEAN_SUMMARY, "Child C attended St Hilda's\nPrimary School until 2009.");
    assertThat(variable(publication, "anonymisationPassed")).isEqualTo(false);
    assertThat((String) driver.engine().getRuntimeService().getVariable(publication.getId(), "anonymisationFindings"))
        .contains("Publication bundle, page").contains("Child C attended [school]").doesNotContain("Hilda");
    assertThat(publication).isWaitingAt("Task_RedactDocuments");
    driver.complete(publication, "Task_RedactDocuments", vars("publishableOverviewReport",
        "Child C attended a local primary school until 2009.", "redactionNotes", "School removed."));
    assertThat(driver.engine().getRuntimeService().getVariable(publication.getId(), "anonymisationPassed"))
        .isEqualTo(true);
    assertThat(publication).isWaitingAt("Task_SignOffPublication");
  }

  @Test
  @DisplayName("AT-19 Court order: legal advice, compliant form, held until the order allows")
  void courtOrderDefersPublication() {
    String ref = newCase();
    ProcessInstance publication = submitted(ref, "2010-09-14", LocalDate.of(2011, 3, 1));
    noRequests(publication, false);
    driver.complete(publication, "Task_CheckLegalRestrictions", vars("legalRestriction", true,
        "legalRestrictionDetails", "Reporting restriction order in a sibling's care proceedings."));
    driver.complete(publication, "Task_TakeLegalAdvice", vars("legalAdviceOutcome", "COMPLIANT_FORM",
        "publishNotBefore", "2011-06-01", "legalAdviceReasons", "Placement details removed; wait for the order."));
    prepare(publication, CLEAN_SUMMARY, CLEAN_OVERVIEW);
    signOffAndPublish(publication, LocalDate.of(2011, 6, 1));
    assertThat(publication).isEnded().hasPassed("Task_TakeLegalAdvice", "EndEvent_ReportsPublished");
  }

  @Test
  @DisplayName("G-12 Not at all: after legal advice nothing is published and the DfE is told why")
  void legalAdviceNotToPublish() {
    String ref = newCase();
    ProcessInstance publication = submitted(ref, "2010-09-14", LocalDate.of(2011, 3, 1));
    noRequests(publication, false);
    driver.complete(publication, "Task_CheckLegalRestrictions", vars("legalRestriction", true));
    driver.complete(publication, "Task_TakeLegalAdvice", vars("legalAdviceOutcome", "NOT_AT_ALL",
        "legalAdviceReasons", "No compliant form is possible."));
    assertThat(publication).isEnded().hasPassed("EndEvent_NotPublished");
    assertThat(templates(ref)).containsExactly("not-published");
    assertThat(variable(publication, "publicationOutcome")).isEqualTo("NOT_PUBLISHED");
  }
}
