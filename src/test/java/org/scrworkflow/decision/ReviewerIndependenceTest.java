package org.scrworkflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.decision.DecisionTableUnderTest.variables;
import static org.scrworkflow.process.SeriousCaseReview.CONNECTED_TO_INVOLVED_AGENCY;
import static org.scrworkflow.process.SeriousCaseReview.INDEPENDENCE_FINDING;
import static org.scrworkflow.process.SeriousCaseReview.INDEPENDENT;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scrworkflow.decision.DecisionTableUnderTest.Outcome;

/** {@code reviewer-independence}; S-09 (overview author and panel chair). */
class ReviewerIndependenceTest {

  static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("reviewer-independence");

  @RegisterExtension static final EveryRuleFired EVERY_RULE_FIRED = new EveryRuleFired(TABLE);

  @Test
  @DisplayName("AT-15 R-1.2 an overview author employed by an involved PCT during the review period: blocked")
  void employeeOfAnInvolvedAgencyIsNotIndependent() {
    Outcome outcome = TABLE.evaluate(variables(CONNECTED_TO_INVOLVED_AGENCY.name(), true));

    assertThat(outcome.ruleId()).isEqualTo("Rule_ConnectedToInvolvedAgency");
    assertThat(outcome.get(INDEPENDENT.name())).isEqualTo(false);
    assertThat((String) outcome.get(INDEPENDENCE_FINDING.name()))
        .contains("employed by, contracted to or on the board of an involved agency");
  }

  @Test
  @DisplayName("R-1.2 a panel chair with no connection to any involved agency: independent")
  void noConnectionIsIndependent() {
    Outcome outcome = TABLE.evaluate(variables(CONNECTED_TO_INVOLVED_AGENCY.name(), false));

    assertThat(outcome.ruleId()).isEqualTo("Rule_Independent");
    assertThat(outcome.get(INDEPENDENT.name())).isEqualTo(true);
  }

  @Test
  @DisplayName("R-1.2 the declaration is not answered: not shown to be independent")
  void unansweredDeclarationIsNotAPass() {
    Outcome outcome = TABLE.evaluate(variables(CONNECTED_TO_INVOLVED_AGENCY.name(), null));

    assertThat(outcome.ruleId()).isEqualTo("Rule_NotDeclared");
    assertThat(outcome.get(INDEPENDENT.name())).isEqualTo(false);
  }
}
