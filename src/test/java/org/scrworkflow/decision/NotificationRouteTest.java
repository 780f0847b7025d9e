package org.scrworkflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.decision.DecisionTableUnderTest.variables;
import static org.scrworkflow.process.SeriousCaseReview.GOVERNMENT_RECIPIENT;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFY_OFSTED;
import static org.scrworkflow.process.SeriousCaseReview.REGION;
import static org.scrworkflow.process.SeriousCaseReview.ROUTE_REASON;
import static org.scrworkflow.process.SeriousCaseReview.SEND_DATE;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrworkflow.decision.DecisionTableUnderTest.Outcome;

/** {@code notification-route}: G-5. */
class NotificationRouteTest {

  static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("notification-route");

  @RegisterExtension static final EveryRuleFired EVERY_RULE_FIRED = new EveryRuleFired(TABLE);

  static final String DFE = "DFE_SAFEGUARDING_GROUP";

  static final List<String> REGIONS =
      List.of(
          "NORTH_EAST",
          "NORTH_WEST",
          "YORKSHIRE_AND_THE_HUMBER",
          "EAST_MIDLANDS",
          "WEST_MIDLANDS",
          "EAST_OF_ENGLAND",
          "LONDON",
          "SOUTH_EAST",
          "SOUTH_WEST");

  @Test
  @DisplayName("AT-09 G-5 North West, sent Fri 18 Feb 2011: Ofsted and GO North West")
  void northWestBeforeTheSwitchGoesToItsGovernmentOffice() {
    Outcome outcome = route("2011-02-18", "NORTH_WEST");

    assertThat(outcome.ruleId()).isEqualTo("Rule_GovernmentOfficeOutsideLondonUntilFebruary2011");
    assertRoute(outcome, "GO_NORTH_WEST");
  }

  @Test
  @DisplayName("AT-09 G-5 North West, sent Mon 21 Feb 2011: Ofsted and the DfE Safeguarding Group")
  void northWestFromTheSwitchGoesToTheDfe() {
    Outcome outcome = route("2011-02-21", "NORTH_WEST");

    assertThat(outcome.ruleId()).isEqualTo("Rule_DfeFromFebruary2011");
    assertRoute(outcome, DFE);
  }

  @Test
  @DisplayName("G-5 edge: sent Sun 20 Feb 2011 outside London is the last day for the Government Office")
  void twentiethOfFebruaryIsTheLastGovernmentOfficeDay() {
    Outcome outcome = route("2011-02-20", "YORKSHIRE_AND_THE_HUMBER");

    assertThat(outcome.ruleId()).isEqualTo("Rule_GovernmentOfficeOutsideLondonUntilFebruary2011");
    assertRoute(outcome, "GO_YORKSHIRE_AND_THE_HUMBER");
  }

  @Test
  @DisplayName("AT-10 G-5 a London borough sends a decision notice on Mon 15 Nov 2010: Ofsted and the DfE")
  void londonInNovember2010GoesToTheDfe() {
    Outcome outcome = route("2010-11-15", "LONDON");

    assertThat(outcome.ruleId()).isEqualTo("Rule_LondonDfeFromOctober2010");
    assertRoute(outcome, DFE);
  }

  @Test
  @DisplayName("AT-10 G-5 a Kent LSCB sends on the same day, Mon 15 Nov 2010: Ofsted and GO South East")
  void kentInNovember2010GoesToGoSouthEast() {
    Outcome outcome = route("2010-11-15", "SOUTH_EAST");

    assertThat(outcome.ruleId()).isEqualTo("Rule_GovernmentOfficeOutsideLondonUntilFebruary2011");
    assertRoute(outcome, "GO_SOUTH_EAST");
  }

  @Test
  @DisplayName("G-5 edge: London, sent Thu 30 Sep 2010: Ofsted and GO London")
  void londonOnThirtiethOfSeptemberGoesToGoLondon() {
    Outcome outcome = route("2010-09-30", "LONDON");

    assertThat(outcome.ruleId()).isEqualTo("Rule_GovernmentOfficeUntilSeptember2010");
    assertRoute(outcome, "GO_LONDON");
  }

  @Test
  @DisplayName("G-5 edge: London, sent Fri 1 Oct 2010: Ofsted and the DfE")
  void londonOnFirstOfOctoberGoesToTheDfe() {
    Outcome outcome = route("2010-10-01", "LONDON");

    assertThat(outcome.ruleId()).isEqualTo("Rule_LondonDfeFromOctober2010");
    assertRoute(outcome, DFE);
  }

  @Test
  @DisplayName("G-5 edge: West Midlands on Thu 30 Sep and Fri 1 Oct 2010: GO West Midlands both days")
  void otherRegionsKeepTheirGovernmentOfficeAcrossOctober2010() {
    Outcome before = route("2010-09-30", "WEST_MIDLANDS");
    Outcome after = route("2010-10-01", "WEST_MIDLANDS");

    assertThat(before.ruleId()).isEqualTo("Rule_GovernmentOfficeUntilSeptember2010");
    assertRoute(before, "GO_WEST_MIDLANDS");
    assertThat(after.ruleId()).isEqualTo("Rule_GovernmentOfficeOutsideLondonUntilFebruary2011");
    assertRoute(after, "GO_WEST_MIDLANDS");
  }

  @Test
  @DisplayName("G-5 London, sent Mon 21 Feb 2011: still the DfE, now under the every-region row")
  void londonFromFebruary2011GoesToTheDfe() {
    Outcome outcome = route("2011-02-21", "LONDON");

    assertThat(outcome.ruleId()).isEqualTo("Rule_DfeFromFebruary2011");
    assertRoute(outcome, DFE);
  }

  @Test
  @DisplayName("AT-18 G-5 GO North East consulted Mon 31 Jan 2011, the DfE on Fri 1 Apr 2011")
  void slippageConsultationsFollowTheSendDate() {
    assertRoute(route("2011-01-31", "NORTH_EAST"), "GO_NORTH_EAST");
    assertRoute(route("2011-04-01", "NORTH_EAST"), DFE);
  }

  @Test
  @DisplayName("AT-01 G-5 West Midlands incident notified Tue 15 Mar 2011: the DfE (G-5 wins over AT-01's 'GO')")
  void westMidlandsInMarch2011GoesToTheDfe() {
    // AT-01 says "Ofsted and GO West Midlands" for this send date, which contradicts G-5 and AT-09 (GO role
    // ended on 21 Feb 2011); the table follows G-5, and AT-01's own decision notice of 5 Apr goes to the DfE.
    assertRoute(route("2011-03-15", "WEST_MIDLANDS"), DFE);
    assertRoute(route("2011-04-05", "WEST_MIDLANDS"), DFE);
  }

  @ParameterizedTest(name = "G-5 R-3.1 sent {0}: every region gets Ofsted and exactly one government recipient")
  @ValueSource(strings = {"2010-03-01", "2010-09-30", "2010-10-01", "2011-02-20", "2011-02-21", "2013-04-14"})
  @DisplayName("G-5 R-3.1 Ofsted always, and exactly one government recipient, for every region")
  void everyRegionOnEverySwitchDateHasOneRoute(String sendDate) {
    for (String region : REGIONS) {
      Outcome outcome = route(sendDate, region);
      assertThat(outcome.ruleId()).as(region).isNotNull();
      assertThat(outcome.get(NOTIFY_OFSTED.name())).as(region).isEqualTo(true);
      assertThat((String) outcome.get(GOVERNMENT_RECIPIENT.name())).as(region).isIn("GO_" + region, DFE);
      assertThat((String) outcome.get(ROUTE_REASON.name())).as(region).isNotBlank();
    }
  }

  @Test
  @DisplayName("G-5 no send date, or a region that is not a Government Office region before 21 Feb 2011: no route")
  void incompleteInputsAreNotRoutedToAMadeUpRecipient() {
    assertThat(route(null, "LONDON").ruleId()).isNull();
    assertThat(route("2010-11-15", "KENT").ruleId()).isNull();
    assertThat(route("2010-11-15", null).ruleId()).isNull();
  }

  private static Outcome route(String sendDate, String region) {
    return TABLE.evaluate(variables(SEND_DATE.name(), sendDate, REGION.name(), region));
  }

  private static void assertRoute(Outcome outcome, String governmentRecipient) {
    assertThat(outcome.get(NOTIFY_OFSTED.name())).as(NOTIFY_OFSTED.name()).isEqualTo(true);
    assertThat(outcome.get(GOVERNMENT_RECIPIENT.name())).as(GOVERNMENT_RECIPIENT.name()).isEqualTo(governmentRecipient);
    assertThat((String) outcome.get(ROUTE_REASON.name())).as(ROUTE_REASON.name()).isNotBlank();
  }
}
