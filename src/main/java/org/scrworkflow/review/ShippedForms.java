package org.scrworkflow.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The Camunda Forms the product ships (forms/*.form on the classpath), read as JSON: the labels and words of codes. */
final class ShippedForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ShippedForms() {}

  static List<JsonNode> all() {
    List<JsonNode> forms = new ArrayList<>();
    try {
      for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
        try (InputStream in = form.getInputStream()) {
          forms.add(JSON.readTree(in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the shipped forms (forms/*.form)", e);
    }
    return forms;
  }
}
