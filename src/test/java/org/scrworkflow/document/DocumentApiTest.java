package org.scrworkflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.CRITERIA_OUTCOME;
import static org.scrworkflow.process.SeriousCaseReview.CRITERIA_REASON;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_DATE;
import static org.scrworkflow.process.SeriousCaseReview.DECISION_REASONS;
import static org.scrworkflow.process.SeriousCaseReview.INCIDENT_NOTIFIED_ON;
import static org.scrworkflow.process.SeriousCaseReview.INITIATE_REVIEW;
import static org.scrworkflow.process.SeriousCaseReview.RECOMMENDATION;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.publication.PublicationPack;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.review.CaseRegister;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The document store, its PDFs and the download endpoint over real HTTP. */
@H2DemoApplicationTest
class DocumentApiTest {

  @LocalServerPort int port;
  @Autowired DocumentStore store;
  @Autowired CaseRegister register;
  @Autowired PdfRenderer renderer;
  @Autowired PublicationPack pack;

  HttpResponse<byte[]> get(String user, String path) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", Http.basic(user, "Demo-Pass-2010"));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * A Northmoor case with a registered review (nothing of a case is readable without one); these tests are about
   * the documents, so the review is registered as its start would register it, without driving the process.
   */
  CaseKey registered(String caseReference) {
    CaseKey key = Cases.northmoor(caseReference);
    if (register.find(key).isEmpty()) {
      register.register(key, "review-of-" + caseReference, Instant.parse("2011-03-15T09:00:00Z"));
    }
    return key;
  }

  StoredDocument decisionRecord(String caseReference) {
    byte[] pdf = renderer.render("decision-record", Map.of("title", "Decision record", CASE_REFERENCE.name(),
        caseReference,
        CHILD_PSEUDONYM.name(), "Child A", INCIDENT_NOTIFIED_ON.name(), "2011-03-15", CRITERIA_OUTCOME.name(),
            "REQUIRED",
        CRITERIA_REASON.name(), "DEATH_ABUSE_NEGLECT", RECOMMENDATION.name(), "INITIATE", INITIATE_REVIEW.name(), true,
        DECISION_DATE.name(), "2011-04-04", DECISION_REASONS.name(), "Required under 8.9."));
    return store.store(registered(caseReference), null, DocumentKind.DECISION_RECORD,
        caseReference + "-decision-record.pdf",
        "application/pdf", pdf, "scr-workflow", Instant.parse("2011-04-05T09:00:00Z"));
  }

  @Test
  @DisplayName("A generated PDF reads back with PDFBox: case reference, pseudonym and decision, version and checksum")
  void generatedPdfReadsBack() {
    StoredDocument first = decisionRecord("CR-6101");
    StoredDocument second = decisionRecord("CR-6101");
    assertThat(first.classification()).isEqualTo(Classification.CONFIDENTIAL);
    assertThat(second.version()).isEqualTo(first.version() + 1);
    assertThat(store.store(registered("CR-6101"), null, DocumentKind.DECISION_RECORD, "another-name.pdf",
        "application/pdf",
        store.content(first.id()), "scr-workflow", Instant.now()).version()).as("versions count per file").isEqualTo(1);
    byte[] content = store.content(first.id());
    assertThat(first.sha256()).isEqualTo(DocumentStore.sha256(content)).hasSize(64);
    String text = String.join("\n", PublicationPack.pagesOf(content));
    assertThat(text).contains("CR-6101").contains("Child A").contains("2011-04-04").contains("CONFIDENTIAL");
  }

  @Test
  @DisplayName("Downloads: 401 anonymous, 403 for a role that may not read the classification, 200 with the bytes")
  void downloadsFollowTheClassification() throws Exception {
    StoredDocument confidential = decisionRecord("CR-6102");
    StoredDocument bundle = pack.assemble(registered("CR-6102"), null, "Child A died. Agencies did not share.", null,
        Instant.parse("2011-10-01T09:00:00Z"));
    String confidentialPath = "/api/documents/" + confidential.id();

    assertThat(get(null, confidentialPath).statusCode()).isEqualTo(401);
    assertThat(get("policeimr", confidentialPath).statusCode()).isEqualTo(403);
    assertThat(get("manager", confidentialPath).statusCode()).isEqualTo(403);
    HttpResponse<byte[]> ok = get("businessmanager", confidentialPath);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(ok.headers().firstValue("X-Content-SHA256")).hasValue(confidential.sha256());
    assertThat(ok.body()).isEqualTo(store.content(confidential.id()));
    assertThat(get("panelmember", confidentialPath).statusCode()).isEqualTo(200);

    assertThat(get("manager", "/api/documents/" + bundle.id()).statusCode()).isEqualTo(200);
    assertThat(get("businessmanager", "/api/documents/999999").statusCode()).isEqualTo(404);
    assertThat(new String(get("manager", "/api/cases/CR-6102/documents").body(), StandardCharsets.UTF_8))
        .contains("PUBLICATION_BUNDLE").doesNotContain("DECISION_RECORD");
  }

  @Test
  @DisplayName("A Tasklist login reads /api with its session (a link in a form opens the document); changes still need Basic")
  void webappSessionReadsButDoesNotWrite() throws Exception {
    StoredDocument confidential = decisionRecord("CR-6104");
    URI document = URI.create("http://localhost:" + port + "/api/documents/" + confidential.id());

    HttpClient businessManager = Http.loggedInToTasklist(port, "businessmanager", "Demo-Pass-2010");
    HttpResponse<byte[]> read = businessManager.send(HttpRequest.newBuilder(document).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).isEqualTo(store.content(confidential.id()));

    HttpClient imrAuthor = Http.loggedInToTasklist(port, "policeimr", "Demo-Pass-2010");
    assertThat(imrAuthor.send(HttpRequest.newBuilder(document).GET().build(),
        HttpResponse.BodyHandlers.discarding()).statusCode()).as("the session user's own role applies").isEqualTo(403);

    HttpResponse<String> write = businessManager.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/cases/CR-6104/identifying-details"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"CHILD_NAME\",\"value\":\"Test Name\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(write.statusCode()).as("a change riding on the session cookie alone").isEqualTo(401);

    HttpResponse<String> rules = imrAuthor.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/api/documents/upload-rules")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(rules.statusCode()).isEqualTo(200);
    assertThat(rules.body()).contains("\"maxBytes\":10485760").contains("\"extension\":\"docx\"");
    assertThat(get(null, "/api/documents/" + confidential.id()).statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("AT-24 IMRs never published: an IMR offered to the publication pack is refused and nothing is stored")
  void imrNeverEntersThePack() {
    StoredDocument imr = store.store(registered("CR-6103"), null, DocumentKind.IMR, "police-imr.pdf", "application/pdf",
        renderer.render("text-document", Map.of("title", "IMR", CASE_REFERENCE.name(), "CR-6103", "text",
            "Police IMR")),
        "policeimr", Instant.parse("2011-06-10T09:00:00Z"));
    StoredDocument summary = pack.assemble(registered("CR-6103"), null, "Child C died.", null,
        Instant.parse("2011-10-01T09:00:00Z"));
    long bundles = store.ofCase(registered("CR-6103")).stream().filter(d -> d.kind() == DocumentKind.PUBLICATION_BUNDLE).count();

    assertThatThrownBy(() -> pack.bundle(registered("CR-6103"), null, List.of(summary.id(), imr.id()), Instant.now()))
        .isInstanceOf(PublicationPack.NotPublishableException.class)
        .hasMessageContaining("Individual Management Review").hasMessageContaining("CONFIDENTIAL");
    assertThat(store.ofCase(registered("CR-6103")).stream().filter(d -> d.kind() == DocumentKind.PUBLICATION_BUNDLE).count())
        .isEqualTo(bundles);
  }
}
