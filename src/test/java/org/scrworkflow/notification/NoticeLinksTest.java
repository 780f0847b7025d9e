package org.scrworkflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.INITIATE_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_REASON;
import static org.scrworkflow.process.SeriousCaseReview.NOTIFICATION_SUMMARY;
import static org.scrworkflow.process.SeriousCaseReview.TASK_APPROVE_INCIDENT_NOTIFICATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_CONFIRM_LSCBS;
import static org.scrworkflow.process.SeriousCaseReview.TASK_DECIDE_INITIATION;
import static org.scrworkflow.process.SeriousCaseReview.TASK_RECOMMEND_TO_CHAIR;
import static org.scrworkflow.process.SeriousCaseReview.TASK_SCREEN_CASE;
import static org.scrworkflow.testsupport.Vars.vars;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scrworkflow.document.Classification;
import org.scrworkflow.document.DocumentKind;
import org.scrworkflow.document.DocumentStore;
import org.scrworkflow.document.StoredDocument;
import org.scrworkflow.process.SeriousCaseReview;
import org.scrworkflow.publication.PublicationPack;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.scenario.StandardAnswers;
import org.scrworkflow.security.AgencyList;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.Http;
import org.scrworkflow.testsupport.Referrals;
import org.scrworkflow.testsupport.ScenarioSupport;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;
import org.scrworkflow.vault.IdentityVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * §6.2, §6.3: the statutory notices carry their content, and the mail none of it that may identify a
 * child. Real SMTP (GreenMail), the application on a random port and its notice links fetched over HTTP.
 */
@SpringBootTest(
    classes = org.scrworkflow.ScrWorkflowApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:scr-notices;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "scr.demo.seed-reviews=false",
      "scr.notices.link-valid-for=14d"
    })
@ActiveProfiles("demo")
@Import({org.scrworkflow.testsupport.ProcessCoverageRecorder.class, org.scrworkflow.testsupport.Drivers.class})
@ExtendWith(OutputCaptureExtension.class)
class NoticeLinksTest extends ScenarioSupport {

  /** A port of its own: the test classes run in two JVMs side by side, and NotificationRecipientsTest has 3926. */
  static final ServerSetup SMTP = new ServerSetup(3928, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
  static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/notices/([A-Za-z0-9_-]{43})");
  static final String OFSTED = "serious.incidents@ofsted.example";
  static final LocalDate AWARE = LocalDate.of(2011, 3, 14);
  /** What the vault holds and what people typed: none of it may be in a mail. */
  static final List<String> IDENTIFYING = List.of("Kylie", "Brennan", "Larch Close", "unresponsive", "stepfather",
      "Dean");

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
      .withPerMethodLifecycle(true);

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getPort());
  }

  @LocalServerPort int port;
  @Autowired IdentityVault vault;
  @Autowired DocumentStore documents;
  @Autowired AgencyList agencyList;

  /** A Northmoor referral (the child lives there) with the child's and family's details in the vault. */
  ProcessInstance referral(String ref) {
    CaseKey key = Cases.northmoor(ref);
    vault.add(key, new IdentifyingDetail(IdentifierKind.NAME, "Kylie Brennan"), "businessmanager");
    vault.add(key, new IdentifyingDetail(IdentifierKind.ADDRESS, "14 Larch Close, Northmoor"), "businessmanager");
    Referrals.onboard(driver.engine(), List.of("police", "health"));
    driver.today(AWARE);
    ProcessInstance review = driver.start(SeriousCaseReview.KEY, ref, StandardAnswers.referral(ref, "Child A",
        Cases.NORTHMOOR, "LONDON", AWARE, List.of("police", "health")));
    assertThat(caseOf(ref)).as("the review is Northmoor's").isEqualTo(key);
    return review;
  }

  void notify(ProcessInstance review) {
    answer(review, TASK_APPROVE_INCIDENT_NOTIFICATION, vars(NOTIFICATION_REASON.name(), "SCR_CONFIRMED",
        NOTIFICATION_SUMMARY.name(), "Kylie was found unresponsive at home; her stepfather Dean is under arrest."));
  }

  @Test
  @DisplayName("§6.2: the notification's mail holds no vault value and no summary, only a link of each recipient's"
      + " own to the full notice, which gives the form's fields as an IDENTIFYING document of the case")
  void incidentNotificationCarriesItsFieldsBehindALink(CapturedOutput output) throws Exception {
    String ref = newCase();
    notify(referral(ref));

    Map<String, String> tokens = linksByRecipient(ref + ": Notification of a serious incident");
    assertThat(tokens).as("one mail per recipient, each with its own link").hasSize(2).containsKey(OFSTED);
    assertThat(tokens.values()).doesNotHaveDuplicates();

    HttpResponse<byte[]> notice = get(tokens.get(OFSTED));
    assertThat(notice.statusCode()).isEqualTo(200);
    assertThat(notice.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(notice.headers().firstValue("Cache-Control")).hasValue("no-store");
    String text = textOf(notice.body());
    Map<String, String> agencies = agencyList.all();
    assertThat(text).contains("IDENTIFYING", ref, "Child A", "Northmoor LSCB", "14 March 2011", "SCR confirmed",
            "Kylie Brennan", "14 Larch Close, Northmoor", "Kylie was found unresponsive at home",
            agencies.get("police"), agencies.get("health"), "The child died")
        .doesNotContain("SCR_CONFIRMED");

    StoredDocument stored = documents.ofCase(Cases.northmoor(ref)).stream()
        .filter(d -> d.kind() == DocumentKind.INCIDENT_NOTIFICATION).findFirst().orElseThrow();
    assertThat(stored.classification()).isEqualTo(Classification.IDENTIFYING);
    assertThat(documents.content(stored.id())).isEqualTo(notice.body());
    assertThat(api("businessmanager", "/api/documents/" + stored.id()).statusCode()).isEqualTo(200);
    assertThat(api("panelmember", "/api/documents/" + stored.id()).statusCode()).as("IDENTIFYING").isEqualTo(403);
    assertThat(api("southbusinessmanager", "/api/documents/" + stored.id()).statusCode()).as("another LSCB")
        .isEqualTo(404);

    String audit = new String(api("businessmanager", "/api/lscbs/lscb-northmoor/cases/" + ref + "/audit").body(),
        StandardCharsets.UTF_8);
    assertThat(audit).contains("notice downloaded").contains(OFSTED);
    assertThat(tokens.values()).allSatisfy(token -> {
      assertThat(audit).doesNotContain(token);
      assertThat(output.getAll()).as("no log line holds a link").doesNotContain(token);
    });
  }

  @Test
  @DisplayName("§6.3, R-3.2: the decision notice's mail holds no reasons; its link gives the decision, its date,"
      + " the criteria in words and the chair's reasons")
  void decisionNoticeStatesTheDecisionAndReasons(CapturedOutput output) throws Exception {
    String ref = newCase();
    decided(ref);

    Map<String, String> tokens = linksByRecipient(ref + ": Decision on a Serious Case Review");
    assertThat(tokens).hasSize(2);
    String text = textOf(get(tokens.get(OFSTED)).body());
    assertThat(text).contains("CONFIDENTIAL", ref, "A Serious Case Review will be held.", "4 April 2011",
            "The child died, and abuse or neglect is known or suspected.",
            "Kylie died; Dean's care of her was known to three agencies.")
        .doesNotContain("DEATH_ABUSE_NEGLECT").doesNotContain("Kylie Brennan");
    assertThat(documents.ofCase(Cases.northmoor(ref)).stream()
        .filter(d -> d.kind() == DocumentKind.STATUTORY_NOTICE).map(StoredDocument::classification))
        .containsExactly(Classification.CONFIDENTIAL);
    assertThat(tokens.values()).allSatisfy(token ->
        assertThat(output.getAll()).as("no log line holds a link").doesNotContain(token));
  }

  @Test
  @DisplayName("A review stood down: the mail to Ofsted, GO/DfE and the agencies holds no reasons; each link gives"
      + " the decision, its date and the chair's reasons")
  void standDownNoticeStatesItsReasons(CapturedOutput output) throws Exception {
    String ref = newCase();
    ProcessInstance review = decided(ref);
    driver.today(LocalDate.of(2011, 4, 20));
    driver.engine().getRuntimeService().createMessageCorrelation("StandDownProposed")
        .processInstanceId(review.getId())
        .setVariableLocal(SeriousCaseReview.STAND_DOWN_PROPOSAL.name(), "The coroner found natural causes.")
        .correlate();
    mail.reset();
    answer(review, SeriousCaseReview.TASK_DECIDE_STAND_DOWN, vars(SeriousCaseReview.STAND_DOWN.name(), true,
        SeriousCaseReview.STAND_DOWN_REASONS.name(), "Dean was not Kylie's carer: the criteria are not met.",
        SeriousCaseReview.STAND_DOWN_DECIDED_ON.name(), "2011-04-20"));

    Map<String, String> tokens = linksByRecipient(ref + ": Serious Case Review stood down");
    assertThat(tokens).as("Ofsted, GO/DfE and the agencies' senior managers").hasSizeGreaterThan(2)
        .containsKey(OFSTED);
    assertThat(tokens.values()).doesNotHaveDuplicates();
    String text = textOf(get(tokens.get(OFSTED)).body());
    assertThat(text).contains("CONFIDENTIAL", ref, "stood down", "20 April 2011",
        "Dean was not Kylie's carer: the criteria are not met.");
    assertThat(tokens.values()).allSatisfy(token ->
        assertThat(output.getAll()).as("no log line holds a link").doesNotContain(token));
  }

  /** From the referral to the chair's decision to hold a review (4 April 2011, recorded on the 5th). */
  ProcessInstance decided(String ref) {
    ProcessInstance review = referral(ref);
    notify(review);
    driver.today(AWARE.plusDays(8));
    answer(review, TASK_CONFIRM_LSCBS, vars());
    answer(review, TASK_SCREEN_CASE, vars());
    answer(review, TASK_RECOMMEND_TO_CHAIR, vars());
    mail.reset();
    driver.today(LocalDate.of(2011, 4, 5));
    answer(review, TASK_DECIDE_INITIATION, vars(INITIATE_REVIEW.name(), true, DECISION_DATE.name(), "2011-04-04",
        DECISION_REASONS.name(), "Kylie died; Dean's care of her was known to three agencies."));
    return review;
  }

  @Test
  @DisplayName("A tampered, unknown or expired link gets a plain sentence (404, 410) that says nothing of the case")
  void badLinksAreRefusedPlainly() throws Exception {
    String ref = newCase();
    notify(referral(ref));
    String token = linksByRecipient(ref + ": Notification of a serious incident").get(OFSTED);
    String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

    for (String bad : List.of(tampered, "not-a-token", token + "x")) {
      HttpResponse<byte[]> refused = get(bad);
      assertThat(refused.statusCode()).as(bad).isEqualTo(404);
      assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(NoticeController.UNKNOWN);
    }
    driver.today(AWARE.plusDays(13));
    assertThat(get(token).statusCode()).as("still valid on day 13").isEqualTo(200);
    driver.today(AWARE.plusDays(15));
    HttpResponse<byte[]> expired = get(token);
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(new String(expired.body(), StandardCharsets.UTF_8)).isEqualTo(NoticeController.EXPIRED)
        .doesNotContain(ref).doesNotContain("Child A");

    String audit = new String(api("businessmanager", "/api/lscbs/lscb-northmoor/cases/" + ref + "/audit").body(),
        StandardCharsets.UTF_8);
    assertThat(audit.split("notice downloaded", -1)).as("only the one good download is in the trail").hasSize(2);
  }

  /**
   * Each mail of that subject, read as its recipient reads it (subject, text and HTML, decoded): it names the case
   * and pseudonym, holds nothing of {@link #IDENTIFYING} and one link; the recipient's address to its token.
   */
  Map<String, String> linksByRecipient(String subject) throws Exception {
    Map<String, String> tokens = new LinkedHashMap<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      if (!subject.equals(message.getSubject())) {
        continue;
      }
      assertThat(message.getRecipients(Message.RecipientType.TO)).hasSize(1);
      String recipient = message.getRecipients(Message.RecipientType.TO)[0].toString();
      String read = message.getSubject() + "\n" + String.join("\n", texts(message));
      assertThat(read).contains("Child A").contains("link");
      for (String detail : IDENTIFYING) {
        assertThat(read).as(recipient + "'s mail").doesNotContain(detail);
      }
      Matcher link = LINK.matcher(read);
      assertThat(link.find()).as("a link in " + recipient + "'s mail").isTrue();
      tokens.put(recipient, link.group(1));
      while (link.find()) {
        assertThat(link.group(1)).as("one link per mail, the recipient's own").isEqualTo(tokens.get(recipient));
      }
    }
    return tokens;
  }

  /** The PDF's text as one line (PDFBox, through the publication pack's reader): a table cell wraps its lines. */
  static String textOf(byte[] pdf) {
    return String.join(" ", PublicationPack.pagesOf(pdf)).replaceAll("\\s+", " ");
  }

  static List<String> texts(Part part) throws Exception {
    List<String> texts = new ArrayList<>();
    if (part.isMimeType("text/*")) {
      texts.add((String) part.getContent());
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        texts.addAll(texts(child));
      }
    }
    return texts;
  }

  HttpResponse<byte[]> get(String token) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/notices/" + token)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<byte[]> api(String user, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", Http.basic(user, "Demo-Pass-2010")).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
