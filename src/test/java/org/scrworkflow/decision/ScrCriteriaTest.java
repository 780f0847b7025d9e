package org.scrworkflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.ABUSE_OR_NEGLECT;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_AGE_YEARS;
import static org.scrworkflow.process.SeriousCaseReview.CRITERIA_OUTCOME;
import static org.scrworkflow.process.SeriousCaseReview.CRITERIA_REASON;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_TYPE;
import static org.scrworkflow.process.SeriousCaseReview.INTERAGENCY_CONCERN;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFIABLE;
import static org.scrworkflow.process.SeriousCaseReview.SERIOUS_HARM_KIND;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrworkflow.decision.DecisionTableUnderTest.Outcome;

/** {@code scr-criteria}: G-1, G-2, G-3; WT2010 8.9, 8.11, 8.12. */
class ScrCriteriaTest {

  static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("scr-criteria");

  @RegisterExtension static final EveryRuleFired EVERY_RULE_FIRED = new EveryRuleFired(TABLE);

  @Test
  @DisplayName("The rows are in the order FIRST relies on: adult, custody death, death, no abuse, serious harm, other")
  void rowsAreInTheOrderTheHitPolicyReliesOn() {
    assertThat(TABLE.ruleIds())
        .containsExactly(
            "Rule_Adult",
            "Rule_CustodyDeath",
            "Rule_DeathAbuseNeglect",
            "Rule_NoAbuseNeglect",
            "Rule_SeriousHarmInteragency",
            "Rule_SeriousHarmNoInteragencyConcern",
            "Rule_HarmNotSeriousWithConcern",
            "Rule_HarmNotSeriousNoConcern",
            "Rule_Other");
  }

  @Test
  @DisplayName("AT-01 G-2 child died, neglect suspected: notifiable, required (DEATH_ABUSE_NEGLECT, 8.9)")
  void deathWithNeglectSuspectedIsRequired() {
    Outcome outcome = evaluate(death().age(0).abuseOrNeglect(true));

    assertThat(outcome.ruleId()).isEqualTo("Rule_DeathAbuseNeglect");
    assertOutcome(outcome, true, "REQUIRED", "DEATH_ABUSE_NEGLECT");
  }

  @Test
  @DisplayName("G-2 R-4.1 suspected suicide at 17 with neglect suspected, no social care involvement: required")
  void suspectedSuicideAtSeventeenIsRequired() {
    // always, whether or not social care was involved; inter-agency concern plays no part for a death.
    Outcome outcome = evaluate(death().age(17).abuseOrNeglect(true).interagencyConcern(false));

    assertThat(outcome.ruleId()).isEqualTo("Rule_DeathAbuseNeglect");
    assertOutcome(outcome, true, "REQUIRED", "DEATH_ABUSE_NEGLECT");
  }

  @Test
  @DisplayName("G-1 age not recorded is not taken for an adult: a death with abuse suspected is still required")
  void unknownAgeDoesNotTripTheAdultRule() {
    Outcome outcome = evaluate(death().age(null).abuseOrNeglect(true));

    assertThat(outcome.ruleId()).isEqualTo("Rule_DeathAbuseNeglect");
    assertOutcome(outcome, true, "REQUIRED", "DEATH_ABUSE_NEGLECT");
  }

  @Test
  @DisplayName("G-1 a young person of 18 who died with abuse suspected is outside Chapter 8: not notifiable")
  void eighteenIsAnAdult() {
    Outcome outcome = evaluate(death().age(18).abuseOrNeglect(true));

    assertThat(outcome.ruleId()).isEqualTo("Rule_Adult");
    assertOutcome(outcome, false, "NOT_MET", "OTHER");
  }

  @Test
  @DisplayName("G-1 the adult row comes before the custody row: death in a YOI at 18 is not notifiable")
  void adultRowOutranksCustodyDeath() {
    Outcome outcome = evaluate(custodyDeath().age(18).abuseOrNeglect(false));

    assertThat(outcome.ruleId()).isEqualTo("Rule_Adult");
    assertOutcome(outcome, false, "NOT_MET", "OTHER");
  }

  @Test
  @DisplayName("AT-04 G-1 G-2 R-4.2 a 16-year-old dies in a YOI, no abuse or neglect suspected: CUSTODY_DEATH")
  void custodyDeathIsRequiredWithoutAbuseOrNeglect() {
    Outcome outcome = evaluate(custodyDeath().age(16).abuseOrNeglect(false));

    assertThat(outcome.ruleId()).isEqualTo("Rule_CustodyDeath");
    assertOutcome(outcome, true, "REQUIRED", "CUSTODY_DEATH");
  }

  @Test
  @DisplayName("G-2 R-4.2 death under MHA 1983 detention at 17, abuse question unanswered: required (CUSTODY_DEATH)")
  void custodyDeathIsRequiredWhateverTheAbuseAnswer() {
    Outcome outcome = evaluate(custodyDeath().age(17).abuseOrNeglect(null));

    assertThat(outcome.ruleId()).isEqualTo("Rule_CustodyDeath");
    assertOutcome(outcome, true, "REQUIRED", "CUSTODY_DEATH");
  }

  @Test
  @DisplayName("G-1 G-3 child died, no abuse or neglect known or suspected: not notifiable (NO_ABUSE_NEGLECT)")
  void deathWithoutAbuseOrNeglectIsNotMet() {
    Outcome outcome = evaluate(death().age(9).abuseOrNeglect(false));

    assertThat(outcome.ruleId()).isEqualTo("Rule_NoAbuseNeglect");
    assertOutcome(outcome, false, "NOT_MET", "NO_ABUSE_NEGLECT");
  }

  @Test
  @DisplayName("G-1 G-3 life-threatening injury, no abuse or neglect suspected, agencies concerned: not notifiable")
  void seriousHarmWithoutAbuseOrNeglectIsNotMet() {
    Outcome outcome =
        evaluate(seriousHarm("LIFE_THREATENING_INJURY").age(6).abuseOrNeglect(false).interagencyConcern(true));

    assertThat(outcome.ruleId()).isEqualTo("Rule_NoAbuseNeglect");
    assertOutcome(outcome, false, "NOT_MET", "NO_ABUSE_NEGLECT");
  }

  @Test
  @DisplayName("AT-02 G-2 a 4-month-old with fractures, the health visitor's concerns not passed on: required")
  void seriousHarmWithInteragencyConcernIsRequired() {
    Outcome outcome =
        evaluate(seriousHarm("LIFE_THREATENING_INJURY").age(0).abuseOrNeglect(true).interagencyConcern(true));

    assertThat(outcome.ruleId()).isEqualTo("Rule_SeriousHarmInteragency");
    assertOutcome(outcome, true, "REQUIRED", "SERIOUS_HARM_INTERAGENCY");
  }

  @ParameterizedTest(name = "G-2 R-4.3 8.11 kind {0} with inter-agency concern: required")
  @ValueSource(
      strings = {"LIFE_THREATENING_INJURY", "SERIOUS_SEXUAL_ABUSE", "PERMANENT_IMPAIRMENT", "PARENT_MURDERED_DHR"})
  @DisplayName("G-2 R-4.3 every 8.11 kind of serious harm with inter-agency concern: required")
  void everySeriousHarmKindWithConcernIsRequired(String kind) {
    Outcome outcome = evaluate(seriousHarm(kind).age(12).abuseOrNeglect(true).interagencyConcern(true));

    assertThat(outcome.ruleId()).isEqualTo("Rule_SeriousHarmInteragency");
    assertOutcome(outcome, true, "REQUIRED", "SERIOUS_HARM_INTERAGENCY");
  }

  @Test
  @DisplayName("AT-03 serious sexual abuse by a stranger, no inter-agency concern: notifiable, not met")
  void seriousSexualAbuseWithoutInteragencyConcernIsNotMet() {
    Outcome outcome =
        evaluate(seriousHarm("SERIOUS_SEXUAL_ABUSE").age(11).abuseOrNeglect(true).interagencyConcern(false));

    assertThat(outcome.ruleId()).isEqualTo("Rule_SeriousHarmNoInteragencyConcern");
    assertOutcome(outcome, true, "NOT_MET", "NO_INTERAGENCY_CONCERN");
  }

  @Test
  @DisplayName("G-1 serious harm through abuse, 8.12 not yet answered: notifiable now, criteria not (yet) met")
  void seriousHarmBeforeScreeningIsNotifiable() {
    Outcome outcome =
        evaluate(seriousHarm("PERMANENT_IMPAIRMENT").age(3).abuseOrNeglect(true).interagencyConcern(null));

    assertThat(outcome.ruleId()).isEqualTo("Rule_SeriousHarmNoInteragencyConcern");
    assertOutcome(outcome, true, "NOT_MET", "NO_INTERAGENCY_CONCERN");
  }

  @Test
  @DisplayName("G-3 harm through abuse, not of an 8.11 kind, agencies concerned: the chair may consider a review")
  void harmNotSeriousWithConcernIsForTheChairToConsider() {
    Outcome outcome = evaluate(seriousHarm("OTHER").age(8).abuseOrNeglect(true).interagencyConcern(true));

    assertThat(outcome.ruleId()).isEqualTo("Rule_HarmNotSeriousWithConcern");
    assertOutcome(outcome, true, "CONSIDER", "HARM_NOT_SERIOUS");
  }

  @Test
  @DisplayName("G-3 harm through abuse, kind not recorded, agencies concerned: consider (not shown to be 8.11)")
  void harmOfUnrecordedKindWithConcernIsForTheChairToConsider() {
    Outcome outcome = evaluate(seriousHarm(null).age(8).abuseOrNeglect(true).interagencyConcern(true));

    assertThat(outcome.ruleId()).isEqualTo("Rule_HarmNotSeriousWithConcern");
    assertOutcome(outcome, true, "CONSIDER", "HARM_NOT_SERIOUS");
  }

  @Test
  @DisplayName("G-3 harm through abuse, not of an 8.11 kind, no inter-agency concern: not met (HARM_NOT_SERIOUS)")
  void harmNotSeriousWithoutConcernIsNotMet() {
    Outcome outcome = evaluate(seriousHarm("OTHER").age(14).abuseOrNeglect(true).interagencyConcern(false));

    assertThat(outcome.ruleId()).isEqualTo("Rule_HarmNotSeriousNoConcern");
    assertOutcome(outcome, true, "NOT_MET", "HARM_NOT_SERIOUS");
  }

  @Test
  @DisplayName("G-1 G-3 a child died but the abuse-or-neglect question is unanswered: not met, OTHER")
  void unansweredAbuseQuestionFallsToOther() {
    Outcome outcome = evaluate(death().age(5).abuseOrNeglect(null));

    assertThat(outcome.ruleId()).isEqualTo("Rule_Other");
    assertOutcome(outcome, false, "NOT_MET", "OTHER");
  }

  @Test
  @DisplayName("G-1 G-3 an incident type the table does not know: not met, OTHER")
  void unknownIncidentTypeFallsToOther() {
    Outcome outcome = evaluate(new Referral().with(INCIDENT_TYPE.name(), "NEAR_MISS").age(5).abuseOrNeglect(true));

    assertThat(outcome.ruleId()).isEqualTo("Rule_Other");
    assertOutcome(outcome, false, "NOT_MET", "OTHER");
  }

  private static void assertOutcome(Outcome outcome, boolean notifiable, String criteriaOutcome, String reason) {
    assertThat(outcome.get(NOTIFIABLE.name())).as(NOTIFIABLE.name()).isEqualTo(notifiable);
    assertThat(outcome.get(CRITERIA_OUTCOME.name())).as(CRITERIA_OUTCOME.name()).isEqualTo(criteriaOutcome);
    assertThat(outcome.get(CRITERIA_REASON.name())).as(CRITERIA_REASON.name()).isEqualTo(reason);
  }

  private static Outcome evaluate(Referral referral) {
    return TABLE.evaluate(referral.variables);
  }

  private static Referral death() {
    return new Referral().with(INCIDENT_TYPE.name(), "DEATH");
  }

  private static Referral custodyDeath() {
    return new Referral().with(INCIDENT_TYPE.name(), "CUSTODY_DEATH");
  }

  private static Referral seriousHarm(String kind) {
    return new Referral().with(INCIDENT_TYPE.name(), "SERIOUS_HARM").with(SERIOUS_HARM_KIND.name(), kind);
  }

  /** The referral variables the table reads; anything not set stays unrecorded. */
  private static final class Referral {
    private final Map<String, Object> variables = new HashMap<>();

    Referral with(String name, Object value) {
      variables.put(name, value);
      return this;
    }

    Referral age(Integer years) {
      return with(CHILD_AGE_YEARS.name(), years);
    }

    Referral abuseOrNeglect(Boolean knownOrSuspected) {
      return with(ABUSE_OR_NEGLECT.name(), knownOrSuspected);
    }

    Referral interagencyConcern(Boolean concern) {
      return with(INTERAGENCY_CONCERN.name(), concern);
    }
  }
}
