package org.scrworkflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.DecisionColumns.TIMESCALE_ID;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_NOTIFIED_ON;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_REASON;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_NOTIFY_INCIDENT;
import static org.scrworkflow.testsupport.Vars.vars;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.ScenarioSupport;
import org.scrworkflow.testsupport.Uploads;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Notifications over real SMTP (GreenMail in this JVM): content, every template, failure and exactly once. */
@SpringBootTest(
    classes = org.scrworkflow.ScrWorkflowApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:scr-mail;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "scr.demo.seed-reviews=false"
    })
@ActiveProfiles("demo")
@Import({org.scrworkflow.testsupport.ProcessCoverageRecorder.class, org.scrworkflow.testsupport.Drivers.class})
class MailNotificationTest extends ScenarioSupport {

  static final ServerSetup SMTP = new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
      .withPerMethodLifecycle(true);

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getPort());
  }

  @Autowired IdentityVault vault;
  @Autowired ManagementService management;
  @Autowired org.scrworkflow.document.DocumentStore documents;

  ProcessInstance referral(String ref, LocalDate aware) {
    driver.today(aware);
    return driver.start(SeriousCaseReview.KEY, ref,
        StandardAnswers.referral(ref, "Child A", "lscb-x", "LONDON", aware, List.of("police")));
  }

  @Test
  @DisplayName("The incident notification reaches Ofsted and the DfE as text and HTML, with no identifying details")
  void incidentNotificationIsMailed() throws Exception {
    String ref = newCase();
    vault.add(Cases.scenario(ref), new IdentifyingDetail(IdentifierKind.NAME, "Kylie Brennan"), "businessmanager");
    ProcessInstance review = referral(ref, LocalDate.of(2011, 3, 14));
    answer(review, TASK_APPROVE_INCIDENT_NOTIFICATION, vars(NOTIFICATION_REASON.name(), "SCR_POSSIBLE"));

    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(2);
    MimeMessage message = received[0];
    assertThat(message.getSubject()).isEqualTo(ref + ": Notification of a serious incident");
    List<String> to = new java.util.ArrayList<>();
    for (MimeMessage each : received) {
      assertThat(each.getRecipients(Message.RecipientType.TO)).as("one mail per recipient").hasSize(1);
      to.add(each.getRecipients(Message.RecipientType.TO)[0].toString());
    }
    assertThat(to).containsExactlyInAnyOrder("serious.incidents@ofsted.example", "safeguarding.group@dfe.example");
    String body = GreenMailUtil.getBody(message);
    assertThat(body).contains(ref).contains("Child A").doesNotContain("Kylie").doesNotContain("Brennan");
    MimeMultipart content = (MimeMultipart) message.getContent();
    assertThat(GreenMailUtil.getBody(content.getBodyPart(0))).contains("text/plain").contains(ref);
    assertThat(GreenMailUtil.getBody(content.getBodyPart(0))).contains("text/html").contains("<h1");
    assertThat(templates(ref)).containsExactly("serious-incident-notification");
    // one mail per recipient (each has its own link to the full notice), numbered after the sending's id
    String sending = notifications.forCase(Cases.scenario(ref)).get(0).messageId();
    assertThat(Arrays.stream(received).map(m -> {
      try {
        return m.getMessageID();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    })).containsExactlyInAnyOrder(sending.replace("@", ".1@"), sending.replace("@", ".2@"));
    // the letter as sent is kept with the case's documents (§6.12)
    var letter = documents.ofCase(Cases.scenario(ref)).stream()
        .filter(d -> d.kind() == org.scrworkflow.document.DocumentKind.NOTIFICATION_LETTER).findFirst().orElseThrow();
    assertThat(String.join("\n", org.scrworkflow.publication.PublicationPack.pagesOf(documents.content(letter.id()))))
        .contains(ref).contains("serious.incidents@ofsted.example").doesNotContain("Kylie");
  }

  @Test
  @DisplayName("SMTP down: the job retries, then an incident; SMTP back and the incident retried: exactly one mail")
  void smtpDownRetriesThenIncidentThenExactlyOnce() throws Exception {
    String ref = newCase();
    ProcessInstance review = referral(ref, LocalDate.of(2011, 3, 14));
    mail.stop();
    driver.engine().getTaskService().complete(driver.task(review, TASK_APPROVE_INCIDENT_NOTIFICATION).getId(),
        StandardAnswers.answer(TASK_APPROVE_INCIDENT_NOTIFICATION, driver.day(), Uploads::pdf,
            vars(NOTIFICATION_REASON.name(), "SCR_POSSIBLE")));
    Job job = management.createJobQuery().processInstanceId(review.getId()).activityId(TASK_NOTIFY_INCIDENT)
        .singleResult();
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException expected) {
        // the mail server is down: the attempt fails and the job keeps its remaining retries
      }
    }
    job = management.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(job.getRetries()).isZero();
    Incident incident = driver.engine().getRuntimeService().createIncidentQuery()
        .processInstanceId(review.getId()).singleResult();
    assertThat(incident.getIncidentMessage()).contains("127.0.0.1").containsIgnoringCase("connect");
    assertThat(templates(ref)).isEmpty();

    mail.start();
    management.setJobRetries(job.getId(), 1);
    management.executeJob(job.getId());
    assertThat(mail.getReceivedMessages()).hasSize(2);
    assertThat(templates(ref)).containsExactly("serious-incident-notification");
    assertThat(driver.engine().getRuntimeService().createIncidentQuery().processInstanceId(review.getId()).count())
        .isZero();
  }

  @Test
  @DisplayName("A step that rolls back after its mail went out is retried without sending the mail again")
  void noDuplicateAfterRollback() throws Exception {
    var repository = driver.engine().getRepositoryService();
    var deployment = repository.createDeployment().addClasspathResource("models/notification-rollback-check.bpmn")
        .deploy();
    try {
      String ref = newCase();
      driver.today(LocalDate.of(2011, 4, 5));
      // T-99 is no period: the step fails after its mail went out, until the period is corrected to T-1
      ProcessInstance check = driver.engine().getRuntimeService().startProcessInstanceByKey(
          "notification-rollback-check", ref, vars(CASE_REFERENCE.name(), ref, CHILD_PSEUDONYM.name(), "Child A",
              TIMESCALE_ID.name(), "T-99", INCIDENT_NOTIFIED_ON.name(), "2011-04-05"));
      Job job = management.createJobQuery().processInstanceId(check.getId()).singleResult();
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException expected) {
        // sent, then the same transaction failed and rolled back
      }
      assertThat(mail.getReceivedMessages()).hasSize(1);
      // the period is put right as the process's own code would (a caller may not set a process's variables)
      asProcessCode(() -> driver.engine().getRuntimeService()
          .setVariable(check.getId(), TIMESCALE_ID.name(), "T-1"));
      management.executeJob(job.getId());
      assertThat(driver.engine().getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(check.getId()).singleResult().getEndTime()).isNotNull();
      assertThat(mail.getReceivedMessages()).as("exactly one mail after the retry").hasSize(1);
      assertThat(templates(ref)).containsExactly("decision-notification");
    } finally {
      repository.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  @DisplayName("Every template renders and sends: subject with the case reference, body with its text")
  void everyTemplateSends(@Autowired NotificationSender sender) throws Exception {
    for (NotificationTemplate template : NotificationTemplate.values()) {
      sender.send(new OutgoingNotification("test:" + template.id(), template.id(), "CR-0001: " + template.subject(),
          "CR-0001", "Child A", "2011-03-15", List.of("someone@lscb.example")));
    }
    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(NotificationTemplate.values().length);
    for (int i = 0; i < received.length; i++) {
      assertThat(received[i].getSubject()).startsWith("CR-0001: ");
      assertThat(GreenMailUtil.getBody(received[i])).as(received[i].getSubject()).contains("CR-0001")
          .contains("Due: 2011-03-15");
    }
  }
}
