package org.scrworkflow.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The test models of src/test/resources/policy/ and the edits that break them, shared by the policy tests. */
public final class PolicyFixtures {

  /** A model that passes the whole deployment check, with its form. */
  public static final String MODEL = "referral-screening.bpmn";
  public static final String FORM = "referral-screening.form";

  /** The condition of Flow_Notifiable, which the expression tests replace. */
  public static final String CONDITION = "${notifiable and incidentType != 'OTHER'}";

  /** The service task's delegate, which the delegate tests replace. */
  public static final String DELEGATE = "camunda:delegateExpression=\"${sendNotification}\"";

  /** The service task's extension elements start, where listeners go. */
  public static final String EXTENSIONS = "<bpmn:extensionElements>\n        <camunda:inputOutput>";

  private PolicyFixtures() {}

  public static String model() {
    return read(MODEL);
  }

  public static String form() {
    return read(FORM);
  }

  /** The model with one text replaced; fails when the text is not there, so an edit never silently misses. */
  public static String edited(String from, String to) {
    String model = model();
    if (!model.contains(from)) {
      throw new IllegalArgumentException("Not in " + MODEL + ": " + from);
    }
    return model.replace(from, to);
  }

  /** An execution listener on the service task running a script in that language. */
  public static String scriptListener(String language, String script) {
    return edited(EXTENSIONS, "<bpmn:extensionElements>\n        <camunda:executionListener event=\"start\">"
        + "<camunda:script scriptFormat=\"" + language + "\">" + script + "</camunda:script>"
        + "</camunda:executionListener>\n        <camunda:inputOutput>");
  }

  /** The service task turned into a script task running that JavaScript. */
  public static String scriptTask(String script) {
    String model = edited("<bpmn:serviceTask id=\"Task_NotifyIncident\" name=\"Notify Ofsted of the serious incident\""
            + " camunda:asyncBefore=\"true\" camunda:delegateExpression=\"${sendNotification}\">",
        "<bpmn:scriptTask id=\"Task_NotifyIncident\" name=\"Notify Ofsted of the serious incident\""
            + " scriptFormat=\"javascript\">");
    return model.replace("</bpmn:serviceTask>",
        "<bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script></bpmn:scriptTask>");
  }

  /** The fixture's model and form as one deployment, the model replaced by the given text. */
  public static Map<String, byte[]> deployment(String model) {
    var resources = new LinkedHashMap<String, byte[]>();
    resources.put(MODEL, model.getBytes(StandardCharsets.UTF_8));
    resources.put(FORM, form().getBytes(StandardCharsets.UTF_8));
    return resources;
  }

  public static String read(String name) {
    try (InputStream in = PolicyFixtures.class.getResourceAsStream("/policy/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource policy/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
