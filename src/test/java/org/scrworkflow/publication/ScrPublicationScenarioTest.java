package org.scrworkflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.scrworkflow.process.ScrPublication.ANONYMISATION_FINDINGS;
import static org.scrworkflow.process.ScrPublication.ANONYMISATION_PASSED;
import static org.scrworkflow.process.ScrPublication.COMPELLING_WELFARE_REASONS;
import static org.scrworkflow.process.ScrPublication.END_NOT_PUBLISHED;
import static org.scrworkflow.process.ScrPublication.END_REPORTS_PUBLISHED;
import static org.scrworkflow.process.ScrPublication.FAMILY_BRIEFED_ON;
import static org.scrworkflow.process.ScrPublication.GATEWAY_WITHHOLDING_HANDLED;
import static org.scrworkflow.process.ScrPublication.LEGAL_ADVICE_OUTCOME;
import static org.scrworkflow.process.ScrPublication.LEGAL_ADVICE_REASONS;
import static org.scrworkflow.process.ScrPublication.LEGAL_RESTRICTION;
import static org.scrworkflow.process.ScrPublication.LEGAL_RESTRICTION_DETAILS;
import static org.scrworkflow.process.ScrPublication.OTHER_REQUESTS_AND_REPLIES;
import static org.scrworkflow.process.ScrPublication.PUBLICATION_SIGNED_OFF_BY;
import static org.scrworkflow.process.ScrPublication.PUBLICATION_SIGNED_OFF_ON;
import static org.scrworkflow.process.ScrPublication.PUBLICATION_URL;
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
import static org.scrworkflow.testsupport.Vars.vars;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.process.ScrPublication;
import org.scrworkflow.scenario.ReviewDriver;
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

  static final String KEY = ScrPublication.KEY;
  static final String CLEAN_SUMMARY = "Child C died in 2010. The agencies did not share what they knew.";
  static final String CLEAN_OVERVIEW = "Child C lived with Mother and a sibling. Records were not shared.";

  @Autowired IdentityVault vault;

  /** Reports sent to Ofsted and GO/DfE on submittedOn for a review initiated on decisionDate. */
  ProcessInstance submitted(String ref, String decisionDate, LocalDate submittedOn) {
    vault.add(Cases.scenario(ref), new IdentifyingDetail(IdentifierKind.NAME, "Jayden Price"), "businessmanager");
    vault.add(Cases.scenario(ref), new IdentifyingDetail(IdentifierKind.SCHOOL, "St Hilda's Primary School"),
        "businessmanager");
    driver.today(submittedOn);
    return driver.start(KEY, ref, vars(CASE_REFERENCE.name(), ref, CHILD_PSEUDONYM.name(), "Child C",
        DECISION_DATE.name(), decisionDate,
        REPORTS_SUBMITTED_ON.name(), submittedOn.toString(), REGION.name(), "SOUTH_EAST"));
  }

  void noRequests(ProcessInstance publication, boolean compelling) {
    driver.complete(publication, TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, vars(COMPELLING_WELFARE_REASONS.name(),
        compelling,
        WELFARE_REASONS.name(), compelling ? "A surviving sibling would recognise the account." : null));
  }

  void prepare(ProcessInstance publication, String summary, String overview) {
    driver.complete(publication, TASK_PREPARE_PUBLICATION_VERSIONS,
        vars(PUBLISHABLE_EXECUTIVE_SUMMARY.name(), summary, PUBLISHABLE_OVERVIEW_REPORT.name(), overview));
  }

  void signOffAndPublish(ProcessInstance publication, LocalDate earliest) {
    driver.complete(publication, TASK_SIGN_OFF_PUBLICATION,
        vars(PUBLICATION_SIGNED_OFF_BY.name(), "LSCB chair", PUBLICATION_SIGNED_OFF_ON.name(), "2011-10-03"));
    driver.complete(publication, TASK_BRIEF_FAMILY, vars(FAMILY_BRIEFED_ON.name(), "2011-10-04"));
    driver.fireTimer(publication, TIMER_EARLIEST_PUBLICATION, earliest, NINE);
    driver.complete(publication, TASK_PUBLISH_REPORTS, vars(PUBLISHED_ON.name(), earliest.toString(),
        PUBLICATION_URL.name(), "https://lscb.example/scr"));
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
    assertThat(variable(publication, PUBLISH_OVERVIEW_REPORT.name())).isEqualTo(true);
    driver.complete(publication, TASK_CHECK_LEGAL_RESTRICTIONS, vars(LEGAL_RESTRICTION.name(), false));
    prepare(publication, CLEAN_SUMMARY, CLEAN_OVERVIEW);
    assertThat(variable(publication, ANONYMISATION_PASSED.name())).isEqualTo(true);
    // T-12: twenty working days after Tue 1 Mar 2011
    signOffAndPublish(publication, LocalDate.of(2011, 3, 29));
    assertThat(publication).isEnded().hasPassed(END_REPORTS_PUBLISHED);
    assertThat(variable(publication, PUBLICATION_OUTCOME.name())).isEqualTo("OVERVIEW_AND_SUMMARY");
  }

  @Test
  @DisplayName("AT-11 Initiated 9 June 2010: executive summary only, nothing told to the DfE")
  void initiatedBeforeTenthJunePublishesSummaryOnly() {
    String ref = newCase();
    ProcessInstance publication = submitted(ref, "2010-06-09", LocalDate.of(2011, 3, 1));
    noRequests(publication, false);
    assertThat(variable(publication, PUBLISH_OVERVIEW_REPORT.name())).isEqualTo(false);
    assertThat(variable(publication, PUBLISH_EXECUTIVE_SUMMARY.name())).isEqualTo(true);
    driver.complete(publication, TASK_CHECK_LEGAL_RESTRICTIONS, vars(LEGAL_RESTRICTION.name(), false));
    // the overview report is not checked: it is not in the pack
    prepare(publication, CLEAN_SUMMARY, "Jayden Price lived at the address in the vault.");
    assertThat(variable(publication, ANONYMISATION_PASSED.name())).isEqualTo(true);
    signOffAndPublish(publication, LocalDate.of(2011, 3, 29));
    assertThat(variable(publication, PUBLICATION_OUTCOME.name())).isEqualTo("SUMMARY_ONLY");
    // no withholding to report (the overview report was never publishable); only the publication notice
    assertThat(templates(ref)).containsExactly("publication-notice");
  }

  @Test
  @DisplayName("AT-22 Compelling reasons about a child's welfare: overview withheld, reasons to the DfE, summary published")
  void compellingWelfareReasonsWithholdOverview() {
    String ref = newCase();
    ProcessInstance publication = submitted(ref, "2010-09-14", LocalDate.of(2011, 3, 1));
    noRequests(publication, true);
    assertThat(variable(publication, PUBLISH_OVERVIEW_REPORT.name())).isEqualTo(false);
    assertThat(templates(ref)).containsExactly("overview-report-withheld");
    assertThat(notifications.forCase(Cases.scenario(ref)).get(0).governmentRecipient()).isEqualTo("DFE_SAFEGUARDING_GROUP");
    driver.complete(publication, TASK_CHECK_LEGAL_RESTRICTIONS, vars(LEGAL_RESTRICTION.name(), false));
    prepare(publication, CLEAN_SUMMARY, null);
    signOffAndPublish(publication, LocalDate.of(2011, 3, 29));
    assertThat(variable(publication, PUBLICATION_OUTCOME.name())).isEqualTo("SUMMARY_ONLY");
  }

  @Test
  @DisplayName("AT-21 Requests on other grounds are refused: G-9 no, both published")
  void otherGroundsAreRefused() {
    String ref = newCase();
    ProcessInstance publication = submitted(ref, "2010-09-14", LocalDate.of(2011, 3, 1));
    driver.complete(publication, TASK_CONSIDER_REQUESTS_NOT_TO_PUBLISH, vars(COMPELLING_WELFARE_REASONS.name(), false,
        OTHER_REQUESTS_AND_REPLIES.name(), "Trust (reputation), social worker (objection), LSCB (cost): all refused."));
    assertThat(variable(publication, PUBLISH_OVERVIEW_REPORT.name())).isEqualTo(true);
    assertThat(publication).hasPassed(GATEWAY_WITHHOLDING_HANDLED).hasNotPassed(TASK_TELL_DFE_OVERVIEW_WITHHELD);
  }

  @Test
  @DisplayName("AT-20 Anonymisation failure: a school held in the vault blocks publication until redacted")
  void anonymisationFailureBlocksUntilRedacted() {
    String ref = newCase();
    ProcessInstance publication = submitted(ref, "2010-09-14", LocalDate.of(2011, 3, 1));
    noRequests(publication, false);
    driver.complete(publication, TASK_CHECK_LEGAL_RESTRICTIONS, vars(LEGAL_RESTRICTION.name(), false));
    prepare(publication, CLEAN_SUMMARY, "Child C attended St Hilda's\nPrimary School until 2009.");
    assertThat(variable(publication, ANONYMISATION_PASSED.name())).isEqualTo(false);
    assertThat((String) driver.engine().getRuntimeService().getVariable(publication.getId(),
        ANONYMISATION_FINDINGS.name()))
        .contains("Publication bundle, page").contains("Child C attended [school]").doesNotContain("Hilda");
    assertThat(publication).isWaitingAt(TASK_REDACT_DOCUMENTS);
    driver.complete(publication, TASK_REDACT_DOCUMENTS, vars(PUBLISHABLE_OVERVIEW_REPORT.name(),
        "Child C attended a local primary school until 2009.", REDACTION_NOTES.name(), "School removed."));
    assertThat(driver.engine().getRuntimeService().getVariable(publication.getId(), ANONYMISATION_PASSED.name()))
        .isEqualTo(true);
    assertThat(publication).isWaitingAt(TASK_SIGN_OFF_PUBLICATION);
  }

  @Test
  @DisplayName("AT-19 Court order: legal advice, compliant form, held until the order allows")
  void courtOrderDefersPublication() {
    String ref = newCase();
    ProcessInstance publication = submitted(ref, "2010-09-14", LocalDate.of(2011, 3, 1));
    noRequests(publication, false);
    driver.complete(publication, TASK_CHECK_LEGAL_RESTRICTIONS, vars(LEGAL_RESTRICTION.name(), true,
        LEGAL_RESTRICTION_DETAILS.name(), "Reporting restriction order in a sibling's care proceedings."));
    driver.complete(publication, TASK_TAKE_LEGAL_ADVICE, vars(LEGAL_ADVICE_OUTCOME.name(), "COMPLIANT_FORM",
        PUBLISH_NOT_BEFORE.name(), "2011-06-01", LEGAL_ADVICE_REASONS.name(),
            "Placement details removed; wait for the order."));
    prepare(publication, CLEAN_SUMMARY, CLEAN_OVERVIEW);
    signOffAndPublish(publication, LocalDate.of(2011, 6, 1));
    assertThat(publication).isEnded().hasPassed(TASK_TAKE_LEGAL_ADVICE, END_REPORTS_PUBLISHED);
  }

  @Test
  @DisplayName("G-12 Not at all: after legal advice nothing is published and the DfE is told why")
  void legalAdviceNotToPublish() {
    String ref = newCase();
    ProcessInstance publication = submitted(ref, "2010-09-14", LocalDate.of(2011, 3, 1));
    noRequests(publication, false);
    driver.complete(publication, TASK_CHECK_LEGAL_RESTRICTIONS, vars(LEGAL_RESTRICTION.name(), true));
    driver.complete(publication, TASK_TAKE_LEGAL_ADVICE, vars(LEGAL_ADVICE_OUTCOME.name(), "NOT_AT_ALL",
        LEGAL_ADVICE_REASONS.name(), "No compliant form is possible."));
    assertThat(publication).isEnded().hasPassed(END_NOT_PUBLISHED);
    assertThat(templates(ref)).containsExactly("not-published");
    assertThat(variable(publication, PUBLICATION_OUTCOME.name())).isEqualTo("NOT_PUBLISHED");
  }
}
