package org.scrworkflow.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The words a person reads for a code the engine holds ("SCR possible, not yet confirmed" for SCR_POSSIBLE), from
 * the one place the product already words it: the Camunda Forms it ships ({@code forms/*.form}). A code is worded
 * by the label of its choice in a select, radio or checklist, or by the text a form shows for it
 * ({@code criteriaReason = "DEATH_ABUSE_NEGLECT" then "The child died, ..."}). A notice or letter that states a
 * code in words takes them from here, so it says what the forms say.
 */
@Component
public class CodeWords {

  /** A form text's wording of a code: {@code name = "CODE" then "words"}. */
  private static final Pattern SHOWN = Pattern.compile(
      "([a-z][A-Za-z0-9]*)\\s*=\\s*\"([A-Z][A-Z0-9_]*)\"\\s*then\\s*\"([^\"]+)\"");

  private final Map<String, String> words = new HashMap<>();

  CodeWords() {
    ShippedForms.all().forEach(this::collect);
  }

  /**
   * The words for that variable's code; a code no form words reads as plain lower-case words ("Not met" for
   * NOT_MET), never as the code itself; null or blank is "Not recorded".
   */
  public String of(String variable, Object code) {
    if (code == null || code.toString().isBlank()) {
      return "Not recorded";
    }
    String found = words.get(variable + "=" + code);
    if (found != null) {
      return found;
    }
    String plain = code.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
  }

  /** Whether a form words this code of that variable. */
  public boolean worded(String variable, String code) {
    return words.containsKey(variable + "=" + code);
  }

  private void collect(JsonNode node) {
    for (JsonNode component : node.path("components")) {
      String key = component.path("key").asText("");
      for (JsonNode choice : component.path("values")) {
        String value = choice.path("value").asText("");
        String label = choice.path("label").asText("").strip();
        if (!key.isEmpty() && !value.isEmpty() && !label.isEmpty()) {
          words.putIfAbsent(key + "=" + value, label);
        }
      }
      Matcher shown = SHOWN.matcher(component.path("text").asText(""));
      while (shown.find()) {
        words.putIfAbsent(shown.group(1) + "=" + shown.group(2), shown.group(3).strip());
      }
      collect(component);
    }
  }
}
