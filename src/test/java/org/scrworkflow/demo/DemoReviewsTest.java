package org.scrworkflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.ScrWorkflowApplication;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.reporting.ReviewReports;
import org.scrworkflow.reporting.ReviewStage;
import org.scrworkflow.reporting.ReviewStatus;
import org.scrworkflow.reporting.ReviewSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo's sample reviews: at their stages and statuses on the managers' dashboard, and never added twice. */
@SpringBootTest(
    classes = ScrWorkflowApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:scr-demo-reviews;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "scr.demo.seed-reviews=true"
    })
@ActiveProfiles("demo")
class DemoReviewsTest {

  @Autowired DemoReviews demoReviews;
  @Autowired ReviewReports reports;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;

  Map<String, ReviewSummary> reviews() {
    identity.setAuthentication("regionalmanager", List.of("scr-manager"), List.of("lscb-northmoor", "lscb-southvale"));
    try {
      return reports.reviews().stream().collect(Collectors.toMap(ReviewSummary::caseReference, Function.identity()));
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  @DisplayName("A manager of one LSCB sees that LSCB's sample reviews only")
  void eachLscbsManagerSeesItsOwn() {
    identity.setAuthentication("manager", List.of("scr-manager"), List.of("lscb-northmoor"));
    try {
      assertThat(reports.reviews()).extracting(ReviewSummary::lscb).isNotEmpty().containsOnly("lscb-northmoor");
    } finally {
      identity.clearAuthentication();
    }
    identity.setAuthentication("southmanager", List.of("scr-manager"), List.of("lscb-southvale"));
    try {
      assertThat(reports.reviews()).extracting(ReviewSummary::lscb).isNotEmpty().containsOnly("lscb-southvale");
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  @DisplayName("Eight sample reviews at different stages and ages, in two LSCBs, as the dashboard shows them")
  void sampleReviewsAtTheirStages() {
    Map<String, ReviewSummary> reviews = reviews();
    assertThat(reviews).containsOnlyKeys("CR-9101", "CR-9102", "CR-9103", "CR-9104", "CR-9105", "CR-9106",
        "CR-9107", "CR-9108");
    assertThat(reviews.values()).extracting(ReviewSummary::lscb).containsOnly("lscb-northmoor", "lscb-southvale");
    assertThat(reviews.get("CR-9101")).extracting(ReviewSummary::stage, ReviewSummary::status)
        .containsExactly(ReviewStage.NOTIFICATION, ReviewStatus.ON_TRACK);
    assertThat(reviews.get("CR-9102")).extracting(ReviewSummary::stage, ReviewSummary::status)
        .containsExactly(ReviewStage.DECISION, ReviewStatus.ON_TRACK);
    ReviewSummary imrs = reviews.get("CR-9103");
    assertThat(imrs.stage()).isEqualTo(ReviewStage.IMRS);
    assertThat(imrs.overdueImrs()).isEqualTo(1);
    assertThat(imrs.openImrs()).filteredOn(i -> i.overdue()).extracting(i -> i.agencyId()).containsExactly("health");
    assertThat(reviews.get("CR-9104")).extracting(ReviewSummary::stage, ReviewSummary::status,
        ReviewSummary::slippageConsultations).containsExactly(ReviewStage.OVERVIEW, ReviewStatus.SLIPPED, 1);
    assertThat(reviews.get("CR-9105")).extracting(ReviewSummary::stage, ReviewSummary::status)
        .containsExactly(ReviewStage.PUBLICATION, ReviewStatus.COMPLETED_ON_TIME);
    assertThat(reviews.get("CR-9106")).extracting(ReviewSummary::stage, ReviewSummary::status)
        .containsExactly(ReviewStage.OVERVIEW, ReviewStatus.OVERDUE);
    assertThat(reviews.get("CR-9107")).extracting(ReviewSummary::stage, ReviewSummary::status)
        .containsExactly(ReviewStage.CLOSED, ReviewStatus.NOT_INITIATED);
    ReviewSummary closed = reviews.get("CR-9108");
    assertThat(closed).extracting(ReviewSummary::stage, ReviewSummary::status, ReviewSummary::ofstedGrade)
        .containsExactly(ReviewStage.CLOSED, ReviewStatus.COMPLETED_ON_TIME, "GOOD");
    assertThat(closed.withholdingReasonsRecorded()).isTrue();
  }

  @Test
  @DisplayName("Idempotent: a second run (a restart) adds no review")
  void secondRunAddsNothing() throws Exception {
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey(SeriousCaseReview.KEY).count();
    demoReviews.run(null);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(SeriousCaseReview.KEY).count())
        .isEqualTo(before).isEqualTo(8);
  }
}
