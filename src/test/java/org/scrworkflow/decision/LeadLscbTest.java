package org.scrworkflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.decision.DecisionTableUnderTest.variables;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.LEAD_REASON;
import static org.scrworkflow.process.SeriousCaseReview.LOOKED_AFTER;
import static org.scrworkflow.process.SeriousCaseReview.PLACEMENT_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;
import static org.scrworkflow.process.SeriousCaseReview.RESPONSIBLE_AUTHORITY_LSCB;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scrworkflow.decision.DecisionTableUnderTest.Outcome;

/** {@code lead-lscb}: G-4; S-03. */
class LeadLscbTest {

  static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("lead-lscb");

  @RegisterExtension static final EveryRuleFired EVERY_RULE_FIRED = new EveryRuleFired(TABLE);

  @Test
  @DisplayName("AT-05 G-4 a child living in LSCB-A is harmed while staying in LSCB-B's area: A leads")
  void childNotLookedAfterIsLedByTheResidenceLscb() {
    Outcome outcome =
        TABLE.evaluate(
            variables(LOOKED_AFTER.name(), false, RESIDENCE_LSCB.name(), "LSCB-A", RESPONSIBLE_AUTHORITY_LSCB.name(),
                null));

    assertThat(outcome.ruleId()).isEqualTo("Rule_NotLookedAfter");
    assertThat(outcome.get(LEAD_LSCB.name())).isEqualTo("LSCB-A");
    assertThat((String) outcome.get(LEAD_REASON.name())).contains("not looked after");
  }

  @Test
  @DisplayName("AT-06 G-4 looked after by LA-C, fostered in LSCB-D's area: C leads ([unconfirmed] default)")
  void lookedAfterChildIsLedByTheResponsibleAuthoritysLscb() {
    Outcome outcome =
        TABLE.evaluate(
            variables(
                LOOKED_AFTER.name(), true,
                RESIDENCE_LSCB.name(), "LSCB-D",
                RESPONSIBLE_AUTHORITY_LSCB.name(), "LSCB-C",
                PLACEMENT_LSCB.name(), "LSCB-D"));

    assertThat(outcome.ruleId()).isEqualTo("Rule_LookedAfterResponsibleAuthority");
    assertThat(outcome.get(LEAD_LSCB.name())).isEqualTo("LSCB-C");
    assertThat((String) outcome.get(LEAD_REASON.name())).contains("responsible authority", "[unconfirmed]");
  }

  @Test
  @DisplayName("G-4 looked after, responsible authority not recorded: the residence LSCB leads, and says why")
  void lookedAfterWithoutResponsibleAuthorityFallsBackToResidence() {
    Outcome outcome =
        TABLE.evaluate(
            variables(LOOKED_AFTER.name(), true, RESIDENCE_LSCB.name(), "LSCB-D", RESPONSIBLE_AUTHORITY_LSCB.name(),
                null));

    assertThat(outcome.ruleId()).isEqualTo("Rule_LookedAfterNoResponsibleAuthority");
    assertThat(outcome.get(LEAD_LSCB.name())).isEqualTo("LSCB-D");
    assertThat((String) outcome.get(LEAD_REASON.name())).contains("no responsible authority is recorded");
  }

  @Test
  @DisplayName("G-4 looked after, responsible authority left blank on the form: treated as not recorded")
  void blankResponsibleAuthorityCountsAsNotRecorded() {
    Outcome outcome =
        TABLE.evaluate(variables(LOOKED_AFTER.name(), true, RESIDENCE_LSCB.name(), "LSCB-D",
            RESPONSIBLE_AUTHORITY_LSCB.name(), ""));

    assertThat(outcome.ruleId()).isEqualTo("Rule_LookedAfterNoResponsibleAuthority");
    assertThat(outcome.get(LEAD_LSCB.name())).isEqualTo("LSCB-D");
  }

  @Test
  @DisplayName("G-4 looked-after status not recorded: the residence LSCB leads, and the reason asks for the status")
  void unrecordedLookedAfterStatusFallsBackToResidence() {
    Outcome outcome =
        TABLE.evaluate(
            variables(LOOKED_AFTER.name(), null, RESIDENCE_LSCB.name(), "LSCB-A", RESPONSIBLE_AUTHORITY_LSCB.name(),
                "LSCB-C"));

    assertThat(outcome.ruleId()).isEqualTo("Rule_LookedAfterNotRecorded");
    assertThat(outcome.get(LEAD_LSCB.name())).isEqualTo("LSCB-A");
    assertThat((String) outcome.get(LEAD_REASON.name())).contains("not recorded");
  }
}
