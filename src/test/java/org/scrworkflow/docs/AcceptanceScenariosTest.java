package org.scrworkflow.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The acceptance scenarios (AT-01 to AT-26 of the domain document) each have a test that walks a review through the
 * engine: docs/process.md names them, and each named test exists, carries the scenario's id in its display name and
 * runs the application (a scenario, HTTP or browser test), not a decision table or a class alone.
 */
class AcceptanceScenariosTest {

  private static final Pattern ROW = Pattern.compile("^\\| (AT-\\d\\d) \\| [^|]+ \\| (.+) \\|$", Pattern.MULTILINE);
  private static final Pattern NAMED = Pattern.compile("`(\\w+)\\.(\\w+)`");
  private static final List<String> RUNS_THE_APPLICATION = List.of("@ScenarioTest", "@SpringBootTest",
      "@H2DemoApplicationTest");

  @Test
  @DisplayName("Every acceptance scenario AT-01 to AT-26 names tests that start a review and carry its id")
  void everyScenarioIsWalkedThroughTheEngine() throws IOException {
    String doc = Files.readString(Path.of("docs/process.md"));
    Map<String, String> rows = new LinkedHashMap<>();
    Matcher row = ROW.matcher(doc);
    while (row.find()) {
      rows.put(row.group(1), row.group(2));
    }
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 26; i++) {
      expected.add("AT-%02d".formatted(i));
    }
    assertThat(rows.keySet()).as("the scenarios listed in docs/process.md").containsExactlyElementsOf(expected);
    Map<String, String> sources = testSources();
    SoftAssertions softly = new SoftAssertions();
    rows.forEach((scenario, named) -> {
      Matcher test = NAMED.matcher(named);
      int found = 0;
      while (test.find()) {
        found++;
        String source = sources.get(test.group(1));
        softly.assertThat(source).as(scenario + ": test class " + test.group(1)).isNotNull();
        if (source == null) {
          continue;
        }
        softly.assertThat(RUNS_THE_APPLICATION.stream().anyMatch(source::contains))
            .as(scenario + ": " + test.group(1) + " runs the application").isTrue();
        Matcher method = Pattern.compile("@DisplayName\\(((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?\\s*)+)\\)\\s*"
            + "(?:@[^\\n]*\\s*)*void " + test.group(2) + "\\(").matcher(source);
        softly.assertThat(method.find()).as(scenario + ": " + test.group(1) + "." + test.group(2) + " exists").isTrue();
        if (method.reset().find()) {
          softly.assertThat(method.group(1)).as(scenario + ": the display name of " + test.group(2))
              .contains(scenario);
        }
      }
      softly.assertThat(found).as(scenario + " names a test").isPositive();
    });
    softly.assertAll();
  }

  private static Map<String, String> testSources() throws IOException {
    Map<String, String> sources = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        String name = file.getFileName().toString();
        sources.put(name.substring(0, name.length() - ".java".length()), Files.readString(file));
      }
    }
    return sources;
  }
}
