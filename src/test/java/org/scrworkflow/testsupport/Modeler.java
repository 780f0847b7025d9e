package org.scrworkflow.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Deploys as Camunda Modeler does, over real HTTP. */
public final class Modeler {

  public static final String PASSWORD = "Demo-Pass-2010";

  private Modeler() {}

  /**
   * A deployment as Camunda Modeler 5 sends it (CamundaAPI.deployDiagram): multipart form data with the name, the
   * source, duplicate filtering on, the diagram and its additional files.
   */
  public static HttpResponse<String> deploy(int port, String user, String name, Map<String, byte[]> resources)
      throws IOException, InterruptedException {
    String boundary = "scr-" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    part(body, boundary, "deployment-name", null, name.getBytes(StandardCharsets.UTF_8));
    part(body, boundary, "deployment-source", null, "Camunda Modeler".getBytes(StandardCharsets.UTF_8));
    part(body, boundary, "enable-duplicate-filtering", null, "true".getBytes(StandardCharsets.UTF_8));
    for (var resource : resources.entrySet()) {
      part(body, boundary, resource.getKey(), resource.getKey(), resource.getValue());
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (user != null) {
      request.header("Authorization", Http.basic(user, PASSWORD));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] content)
      throws IOException {
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
        + "\r\n\r\n";
    body.write(head.getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write("\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
