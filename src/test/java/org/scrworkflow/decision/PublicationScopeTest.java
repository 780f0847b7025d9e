package org.scrworkflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.decision.DecisionTableUnderTest.variables;
import static org.scrworkflow.process.ScrPublication.COMPELLING_WELFARE_REASONS;
import static org.scrworkflow.process.ScrPublication.INITIATION_DATE;
import static org.scrworkflow.process.ScrPublication.PUBLICATION_BASIS;
import static org.scrworkflow.process.ScrPublication.PUBLISH_EXECUTIVE_SUMMARY;
import static org.scrworkflow.process.ScrPublication.PUBLISH_OVERVIEW_REPORT;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scrworkflow.decision.DecisionTableUnderTest.Outcome;

/** {@code publication-scope}: G-8, G-9; WT2010 8.44; the letter of 10 June 2010. */
class PublicationScopeTest {

  static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("publication-scope");

  @RegisterExtension static final EveryRuleFired EVERY_RULE_FIRED = new EveryRuleFired(TABLE);

  @Test
  @DisplayName("AT-11 G-8 initiated Wed 9 Jun 2010: executive summary only, overview report stays confidential")
  void initiatedBeforeTheLetterPublishesTheExecutiveSummaryOnly() {
    Outcome outcome = scope("2010-06-09", false);

    assertThat(outcome.ruleId()).isEqualTo("Rule_InitiatedBefore10June2010");
    assertScope(outcome, false, true);
  }

  @Test
  @DisplayName("AT-12 G-8 initiated Thu 10 Jun 2010: overview report and executive summary")
  void initiatedOnTheDayOfTheLetterPublishesBoth() {
    Outcome outcome = scope("2010-06-10", false);

    assertThat(outcome.ruleId()).isEqualTo("Rule_PublishBoth");
    assertScope(outcome, true, true);
  }

  @Test
  @DisplayName("AT-21 G-9 initiated 14 Sep 2010, requests on reputation, objection and cost refused: publish both")
  void groundsOtherThanAChildsWelfareDoNotWithholdTheOverviewReport() {
    // Reputational harm, a practitioner's objection and redaction cost are not inputs at all: the only ground
    // the table knows is compellingWelfareReasons, and it is false.
    Outcome outcome = scope("2010-09-14", false);

    assertThat(outcome.ruleId()).isEqualTo("Rule_PublishBoth");
    assertScope(outcome, true, true);
  }

  @Test
  @DisplayName("G-9 initiated on or after 10 Jun 2010, welfare question not answered: publish both (the default)")
  void unansweredWelfareQuestionDoesNotWithhold() {
    Outcome outcome = scope("2011-03-01", null);

    assertThat(outcome.ruleId()).isEqualTo("Rule_PublishBoth");
    assertScope(outcome, true, true);
  }

  @Test
  @DisplayName("AT-22 G-9 compelling reasons about a surviving sibling's welfare: overview withheld, summary published")
  void compellingWelfareReasonsWithholdTheOverviewReportOnly() {
    Outcome outcome = scope("2010-11-02", true);

    assertThat(outcome.ruleId()).isEqualTo("Rule_OverviewWithheldForChildWelfare");
    assertScope(outcome, false, true);
    assertThat((String) outcome.get(PUBLICATION_BASIS.name())).contains("reasons are recorded");
  }

  @Test
  @DisplayName("G-9 edge: compelling reasons on Thu 10 Jun 2010 itself: overview withheld, summary published")
  void compellingWelfareReasonsOnTheDayOfTheLetter() {
    Outcome outcome = scope("2010-06-10", true);

    assertThat(outcome.ruleId()).isEqualTo("Rule_OverviewWithheldForChildWelfare");
    assertScope(outcome, false, true);
  }

  @Test
  @DisplayName("G-8 initiated Wed 9 Jun 2010 with compelling reasons: still executive summary only")
  void beforeTheLetterTheWelfareQuestionChangesNothing() {
    Outcome outcome = scope("2010-06-09", true);

    assertThat(outcome.ruleId()).isEqualTo("Rule_InitiatedBefore10June2010");
    assertScope(outcome, false, true);
  }

  private static Outcome scope(String initiationDate, Boolean compellingWelfareReasons) {
    return TABLE.evaluate(
        variables(INITIATION_DATE.name(), initiationDate, COMPELLING_WELFARE_REASONS.name(), compellingWelfareReasons));
  }

  private static void assertScope(Outcome outcome, boolean overviewReport, boolean executiveSummary) {
    assertThat(outcome.get(PUBLISH_OVERVIEW_REPORT.name())).as(PUBLISH_OVERVIEW_REPORT.name()).isEqualTo(overviewReport);
    assertThat(outcome.get(PUBLISH_EXECUTIVE_SUMMARY.name())).as(PUBLISH_EXECUTIVE_SUMMARY.name()).isEqualTo(executiveSummary);
    assertThat((String) outcome.get(PUBLICATION_BASIS.name())).as(PUBLICATION_BASIS.name()).isNotBlank();
  }
}
