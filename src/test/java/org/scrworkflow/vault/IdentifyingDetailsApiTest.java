package org.scrworkflow.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.testsupport.Cases;
import org.scrworkflow.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** over real HTTP: who may record identifying details, and what bad input gets back. */
@H2DemoApplicationTest
class IdentifyingDetailsApiTest {

  @LocalServerPort int port;
  @Autowired IdentityVault vault;

  HttpResponse<String> post(String user, String caseReference, String json) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(
            "http://localhost:" + port + "/api/cases/" + caseReference + "/identifying-details"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (user != null) {
      request.header("Authorization", Http.basic(user, "Demo-Pass-2010"));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  void reviewStarted(String caseReference) throws Exception {
    var started = Http.startReview(port, "businessmanager", caseReference);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
  }

  @Test
  @DisplayName("The business manager records a name in the vault; it is never a process variable")
  void businessManagerRecordsADetail() throws Exception {
    reviewStarted("CR-3101");
    var response = post("businessmanager", "CR-3101", "{\"kind\":\"NAME\",\"value\":\"Kylie Brennan\"}");
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).doesNotContain("Kylie");
    assertThat(vault.detailsOf(Cases.northmoor("CR-3101"))).containsExactly(new IdentifyingDetail(IdentifierKind.NAME, "Kylie Brennan"));
  }

  @Test
  @DisplayName("Anonymous callers get 401; an IMR author or a manager gets 403; nothing is stored")
  void othersMayNot() throws Exception {
    reviewStarted("CR-3102");
    assertThat(post(null, "CR-3102", "{\"kind\":\"NAME\",\"value\":\"X Y\"}").statusCode()).isEqualTo(401);
    assertThat(post("policeimr", "CR-3102", "{\"kind\":\"NAME\",\"value\":\"X Y\"}").statusCode()).isEqualTo(403);
    assertThat(post("manager", "CR-3102", "{\"kind\":\"NAME\",\"value\":\"X Y\"}").statusCode()).isEqualTo(403);
    assertThat(vault.detailsOf(Cases.northmoor("CR-3102"))).isEmpty();
  }

  @Test
  @DisplayName("Bad input is a 400 with the reason: unknown kind, empty value, malformed case reference")
  void badInputIsRefused() throws Exception {
    reviewStarted("CR-3103");
    var unknownKind = post("chair", "CR-3103", "{\"kind\":\"SHOE_SIZE\",\"value\":\"5\"}");
    assertThat(unknownKind.statusCode()).isEqualTo(400);
    assertThat(unknownKind.body()).contains("SHOE_SIZE");
    assertThat(post("chair", "CR-3103", "{\"kind\":\"NAME\",\"value\":\" \"}").body()).contains("empty");
    assertThat(post("chair", "Kylie-Brennan", "{\"kind\":\"NAME\",\"value\":\"A B\"}").statusCode()).isEqualTo(400);
    assertThat(vault.detailsOf(Cases.northmoor("CR-3103"))).isEmpty();
  }

  @Test
  @DisplayName("A detail for a reference with no review of the caller's LSCB is refused (404) and nothing is stored")
  void noReviewNoVaultEntry() throws Exception {
    var refused = post("businessmanager", "CR-3104", "{\"kind\":\"NAME\",\"value\":\"Kylie Brennan\"}");
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).contains("No case CR-3104").doesNotContain("Kylie");
    assertThat(vault.detailsOf(Cases.northmoor("CR-3104"))).isEmpty();
    assertThat(vault.detailsOf(new org.scrworkflow.review.CaseKey(null, "CR-3104"))).isEmpty();
  }
}
