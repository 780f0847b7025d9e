package org.scrworkflow.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP Basic calls to an application under measure, as a demo user with the demo password (or no user). */
record Http(String base) {

  static final String PASSWORD = "Demo-Pass-2010";
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

  HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10));
    if (user != null) {
      builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  /** The status of a GET, or -1 when the application does not answer (yet). */
  int status(String path, String user) {
    try {
      return CLIENT.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  int post(String path, String user, String json) {
    try {
      return CLIENT.send(request(path, user).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  String body(String method, String path, String user, String json) {
    try {
      return CLIENT.send(request(path, user).header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ids of what a GET lists. */
  List<String> ids(String path, String user) {
    Matcher id = ID.matcher(body("GET", path, user, ""));
    List<String> ids = new ArrayList<>();
    while (id.find()) {
      ids.add(id.group(1));
    }
    return ids;
  }

  String firstId(String path, String user) {
    return ids(path, user).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("Nothing at " + path + " for " + user));
  }

  /** The id of the Tasklist filter with that name, as that user sees it. */
  String filterId(String name, String user) {
    String json = body("GET", "/engine-rest/filter?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
        .replace("+", "%20"), user, "");
    Matcher id = ID.matcher(json);
    if (!id.find()) {
      throw new IllegalStateException("No filter " + name + " for " + user + ": " + json);
    }
    return id.group(1);
  }
}
