package org.scrworkflow.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Reads the agencies involved in whichever shape a form or a REST caller gave them: a JSON array
 * (Camunda Forms checklist), a Java list, or a comma-separated string. Models use it as
 * {@code ${agencies.ids(agenciesInvolved)}}, e.g. as the collection of the IMR multi-instance.
 */
@Component("agencies")
public class Agencies {

  public List<String> ids(Object agenciesInvolved) {
    List<String> ids = new ArrayList<>();
    if (agenciesInvolved == null) {
      return ids;
    }
    if (agenciesInvolved instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(element -> ids.add(element.stringValue()));
    } else if (agenciesInvolved instanceof Collection<?> collection) {
      collection.forEach(element -> ids.add(String.valueOf(element)));
    } else {
      String text = agenciesInvolved instanceof SpinJsonNode json ? json.toString() : agenciesInvolved.toString();
      Arrays.stream(text.replaceAll("[\\[\\]\"]", "").split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .forEach(ids::add);
    }
    return ids.stream().distinct().toList();
  }
}
