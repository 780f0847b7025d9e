package org.scrworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.testsupport.Eventually;
import org.scrworkflow.document.DocumentKind;
import org.scrworkflow.document.DocumentStore;
import org.scrworkflow.testsupport.Http;
import org.scrworkflow.testsupport.Uploads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HTTP hardening over real HTTP (docs/security.md, "HTTP hardening"): the security headers on every kind of
 * answer, and the request size limit on every way of sending a body to a review.
 */
@H2DemoApplicationTest
class HttpHardeningTest {

  private static final String PASSWORD = "Demo-Pass-2010";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MEGABYTE = 1024 * 1024;
  /** What an IMR author sent six times over to take the server from 800 MB to 1.67 GB resident. */
  private static final long FIFTY_MEGABYTES = 50 * MEGABYTE;
  private static final String TOO_LARGE = "The request is larger than 16 MB, the most this service accepts."
      + " Attach files of at most 10 MB on the task's form.";

  /** One client for the whole class: a client per request would hold its own buffers and thread in this JVM. */
  private final HttpClient client = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired DocumentStore documents;

  /** One answer to check: what was asked, of whom, and whether it carries case data. */
  record Row(String what, HttpResponse<String> response, int status, boolean caseData) {}

  @Test
  @DisplayName("Every answer carries nosniff and refuses framing; every answer with case data is no-store, refusals included")
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    startReview("CR-8901");
    String task = awaitTask("CR-8901");
    long document = documents.store(org.scrworkflow.testsupport.Cases.northmoor("CR-8901"), null, DocumentKind.DECISION_RECORD, "CR-8901-decision-record.pdf",
        "application/pdf", Uploads.pdfBytes("Decision"), "scr-workflow", Instant.now()).id();
    HttpClient tasklist = Http.loggedInToTasklist(port, "businessmanager", PASSWORD);

    List<Row> rows = List.of(
        new Row("a document download", get("businessmanager", "/api/documents/" + document), 200, true),
        new Row("the identity vault's list", get("businessmanager", "/api/cases/CR-8901/identifying-details"), 200,
            true),
        new Row("the audit trail as CSV", get("chair", "/api/cases/CR-8901/audit.csv"), 200, true),
        new Row("an engine REST query", get("businessmanager", "/engine-rest/task?processInstanceBusinessKey=CR-8901"),
            200, true),
        new Row("an engine REST task", get("businessmanager", "/engine-rest/task/" + task), 200, true),
        new Row("Tasklist's engine API", tasklist.send(request("/camunda/api/engine/engine/default/task/" + task)
            .GET().build(), HttpResponse.BodyHandlers.ofString()), 200, true),
        new Row("a 401 from the engine REST API", get(null, "/engine-rest/task"), 401, true),
        new Row("a 401 from the application's API", get(null, "/api/cases/CR-8901/audit.csv"), 401, true),
        new Row("a 401 from the webapps' API", get(null, "/camunda/api/engine/engine/default/task"), 401, true),
        // a role of the case's own LSCB that may not read the vault (another LSCB's roles get 404)
        new Row("a 403 from the application's API", get("panelmember", "/api/cases/CR-8901/identifying-details"), 403,
            true),
        new Row("a 404 from the application's API", get("businessmanager", "/api/no-such-thing"), 404, true),
        new Row("a 404 from the engine REST API", get("businessmanager", "/engine-rest/task/no-such-task"), 404, true),
        new Row("a 404 outside every API", get(null, "/no-such-page"), 404, false),
        new Row("the Tasklist page", get(null, "/camunda/app/tasklist/default/"), 200, false),
        new Row("the health endpoint", get(null, "/actuator/health"), 200, false),
        new Row("a 401 from the metrics", get(null, "/actuator/prometheus"), 401, false));

    for (Row row : rows) {
      var headers = row.response().headers();
      assertThat(row.response().statusCode()).as(row.what()).isEqualTo(row.status());
      assertThat(headers.allValues("X-Content-Type-Options")).as(row.what()).containsExactly("nosniff");
      assertThat(headers.allValues("X-Frame-Options")).as(row.what()).containsExactly("DENY");
      // one policy per answer; the webapps' pages carry their own fuller one, which says the same of framing
      assertThat(headers.allValues("Content-Security-Policy")).as(row.what()).singleElement()
          .satisfies(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
      if (row.caseData()) {
        assertThat(headers.allValues("Cache-Control")).as(row.what()).containsExactly("no-store");
        assertThat(headers.allValues("Pragma")).as(row.what()).containsExactly("no-cache");
      } else {
        assertThat(headers.allValues("Cache-Control")).as(row.what()).noneMatch(v -> v.contains("no-store"));
      }
    }
    // the webapps' page keeps its own policy (scripts from this host only), not the API's framing-only one
    assertThat(rows.get(13).response().headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'", "object-src 'none'");
  }

  @Test
  @DisplayName("Bodies over 16 MB are refused with 413 before they are read, with or without Content-Length: nothing stored, memory flat")
  void oversizeBodiesAreRefusedBeforeTheyAreRead() throws Exception {
    startReview("CR-8902");
    String task = awaitTask("CR-8902");
    String instance = JSON.readTree(get("admin", "/engine-rest/task/" + task).body()).path("processInstanceId").asText();
    // a file of 1 MB passes the size limit every one of these ways and reaches the engine, which refuses a file
    // sent around a task's upload slot (CaseIsolationTest): the engine's answer, not the size limit's
    String engineRefusal = "a file is attached on the form of the task that asks for it";
    for (String path : List.of("/engine-rest/task/" + task + "/variables/smallFile/data",
        "/engine-rest/task/" + task + "/localVariables/smallFile/data",
        "/engine-rest/process-instance/" + instance + "/variables/smallFile/data")) {
      var small = send("admin", path, multipart(MEGABYTE), true);
      assertThat(small.statusCode()).as(path + ": " + small.body()).isEqualTo(400);
      assertThat(small.body()).as(path).contains(engineRefusal);
    }
    // the largest file the form accepts (10 MiB) as Tasklist sends it, base64 inside JSON: 13.3 MiB ("AAAA" is
    // valid base64), sent chunked. It passes the limit too
    long largestUpload = 10 * MEGABYTE;
    var largest = send("admin", "/engine-rest/process-instance/" + instance + "/variables/largestFile",
        json("{\"type\":\"File\",\"valueInfo\":{\"filename\":\"imr.pdf\"},\"value\":\"",
            (largestUpload + 2) / 3 * 4, "\"}"), false, "PUT");
    assertThat(largest.statusCode()).as(largest.body()).isEqualTo(400);
    assertThat(largest.body()).contains(engineRefusal);

    record Attempt(String what, String path, Supplier<Body> body, String storedCheck) {}
    List<Attempt> attempts = List.of(
        new Attempt("a process start", "/engine-rest/process-definition/key/serious-case-review/start",
            () -> json("{\"businessKey\":\"CR-8903\",\"variables\":{\"caseReference\":{\"value\":\"CR-8903\"},"
                + "\"notificationSummary\":{\"value\":\"", FIFTY_MEGABYTES, "\"}}}"),
            "/engine-rest/process-instance/count?businessKey=CR-8903"),
        new Attempt("a task completion", "/engine-rest/task/" + task + "/complete",
            () -> json("{\"variables\":{\"notificationSummary\":{\"value\":\"", FIFTY_MEGABYTES, "\"}}}"),
            "/engine-rest/task/" + task + "/variables/notificationSummary"),
        new Attempt("a task variable", "/engine-rest/task/" + task + "/variables/imrFile/data",
            () -> multipart(FIFTY_MEGABYTES), "/engine-rest/task/" + task + "/variables/imrFile"),
        new Attempt("a task-local variable", "/engine-rest/task/" + task + "/localVariables/imrFile/data",
            () -> multipart(FIFTY_MEGABYTES), "/engine-rest/task/" + task + "/localVariables/imrFile"),
        new Attempt("a process instance variable", "/engine-rest/process-instance/" + instance + "/variables/imrFile/data",
            () -> multipart(FIFTY_MEGABYTES), "/engine-rest/process-instance/" + instance + "/variables/imrFile"));

    // Two rounds of the ten attempts (five ways, each with and without Content-Length), as an attacker repeating
    // them would send them: before this limit, six such files took the server from 800 MB to 1.67 GB resident.
    // Nothing of a refused body may stay in memory: the heap in use after a collection is compared. Resident
    // memory is recorded in target/http-hardening-figures.txt; in a test JVM it moves with the collector's sizing
    // of a heap it had reserved (see docs/security.md, "HTTP hardening").
    List<String> figures = new ArrayList<>();
    long before = residentBytes();
    long heapBefore = heapInUseAfterCollection();
    long afterFirstRound = 0;
    for (int round = 1; round <= 2; round++) {
      figures.add("round " + round + ", before: resident " + residentBytes() / MEGABYTE + " MB," + heapFigures());
      for (Attempt attempt : attempts) {
        for (boolean declared : new boolean[] {true, false}) {
          String what = attempt.what() + (declared ? " with Content-Length" : " chunked, without Content-Length");
          Instant start = Instant.now();
          var refused = send("admin", attempt.path(), attempt.body().get(), declared);
          figures.add(what + ": " + refused.statusCode() + " in " + Duration.between(start, Instant.now()).toMillis()
              + " ms, resident " + residentBytes() / MEGABYTE + " MB");
          assertThat(refused.statusCode()).as(what).isEqualTo(413);
          JsonNode answer = JSON.readTree(refused.body());
          assertThat(answer.path("type").asText()).as(what).isEqualTo("RequestTooLarge");
          assertThat(answer.path("message").asText()).as(what).isEqualTo(TOO_LARGE);
          assertThat(refused.headers().allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
          if (attempt.storedCheck().contains("/count")) {
            assertThat(JSON.readTree(get("admin", attempt.storedCheck()).body()).path("count").asLong()).as(what)
                .isZero();
          } else {
            assertThat(get("admin", attempt.storedCheck()).statusCode()).as(what + ": nothing stored").isEqualTo(404);
          }
        }
      }
      afterFirstRound = round == 1 ? residentBytes() : afterFirstRound;
    }
    assertThat(get("admin", "/engine-rest/task/" + task).statusCode()).as("the task is still open").isEqualTo(200);
    long after = residentBytes();
    long heapAfter = heapInUseAfterCollection();
    figures.add("resident before " + before / MEGABYTE + " MB, after the first round " + afterFirstRound / MEGABYTE
        + " MB, after both " + after / MEGABYTE + " MB; heap in use after a collection: before "
        + heapBefore / MEGABYTE + " MB, after " + heapAfter / MEGABYTE + " MB;" + heapFigures());
    Files.write(Path.of("target", "http-hardening-figures.txt"), figures);
    assertThat(heapAfter - heapBefore).as("heap kept\n" + String.join("\n", figures)).isLessThan(100 * MEGABYTE);
  }

  @Test
  @DisplayName("A request limit too small for the largest upload once base64-encoded stops start-up, naming both properties")
  void requestLimitLeavesRoomForTheLargestUpload() {
    HttpHardeningConfig.requireRoomForUploads(16 * MEGABYTE, 10 * MEGABYTE);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(
            () -> HttpHardeningConfig.requireRoomForUploads(13 * MEGABYTE, 10 * MEGABYTE)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("scr.http.max-request-bytes").hasMessageContaining("scr.documents.upload.max-bytes");
  }

  // --- bodies, streamed so that the test's own memory (the server's JVM too) stays flat

  /** A body made on the fly: a head, so many filler bytes, a tail. */
  record Body(String contentType, long length, Supplier<InputStream> stream) {}

  private static Body json(String head, long fillerBytes, String tail) {
    return body("application/json", head, fillerBytes, tail);
  }

  private static Body multipart(long fileBytes) {
    String boundary = "scr-test-boundary";
    return body("multipart/form-data; boundary=" + boundary,
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"imr.pdf\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n",
        fileBytes, "\r\n--" + boundary + "--\r\n");
  }

  private static Body body(String contentType, String head, long fillerBytes, String tail) {
    byte[] start = head.getBytes(StandardCharsets.UTF_8);
    byte[] end = tail.getBytes(StandardCharsets.UTF_8);
    return new Body(contentType, start.length + fillerBytes + end.length, () -> new SequenceInputStream(
        Collections.enumeration(List.of(new ByteArrayInputStream(start), new Filler(fillerBytes),
            new ByteArrayInputStream(end)))));
  }

  /** So many letters A, never held in memory. */
  private static final class Filler extends InputStream {

    private long left;

    Filler(long bytes) {
      this.left = bytes;
    }

    @Override
    public int read() {
      if (left <= 0) {
        return -1;
      }
      left--;
      return 'A';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'A');
      left -= n;
      return n;
    }
  }

  private HttpResponse<String> send(String user, String path, Body body, boolean declareLength) throws Exception {
    return send(user, path, body, declareLength, "POST");
  }

  private HttpResponse<String> send(String user, String path, Body body, boolean declareLength, String method)
      throws Exception {
    BodyPublisher publisher = declareLength
        ? BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(body.stream()), body.length())
        : BodyPublishers.ofInputStream(body.stream());
    return client.send(request(path).timeout(Duration.ofMinutes(2))
        .header("Authorization", Http.basic(user, PASSWORD)).header("Content-Type", body.contentType())
        .method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static long heapInUseAfterCollection() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String heapFigures() {
    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return " heap committed " + heap.getCommitted() / MEGABYTE + " MB, used " + heap.getUsed() / MEGABYTE + " MB";
  }

  /** Resident memory of this JVM, which is the server's too. */
  private static long residentBytes() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    throw new IllegalStateException("no VmRSS in /proc/self/status");
  }

  // --- reviews and plain requests

  private void startReview(String caseReference) throws Exception {
    var response = Http.startReview(port, "businessmanager", caseReference);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }


  private String awaitTask(String caseReference) throws Exception {
    return Eventually.await("a single open task for " + caseReference, Duration.ofSeconds(30), () -> {
      JsonNode tasks = JSON.readTree(get("admin", "/engine-rest/task?processInstanceBusinessKey=" + caseReference).body());
      return tasks.size() == 1 ? Optional.of(tasks.get(0).get("id").asText()) : Optional.empty();
    });
  }

  private HttpResponse<String> get(String user, String path) throws Exception {
    var request = request(path).GET();
    if (user != null) {
      request.header("Authorization", Http.basic(user, PASSWORD));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }
}
