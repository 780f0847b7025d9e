package org.scrworkflow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link DecisionRules} against {@code models/initiation-criteria.dmn}, which meets them. */
class DecisionRulesTest {

  private static final String CLEAN = read("/models/initiation-criteria.dmn");

  private final DecisionRules rules = new DecisionRules();

  @Test
  @DisplayName("A decision with a history time-to-live has no violation")
  void cleanDecisionPasses() {
    assertThat(check(CLEAN)).isEmpty();
  }

  @Test
  @DisplayName("history-time-to-live: a decision without one")
  void historyTimeToLiveMissing() {
    String broken = CLEAN.replace(" camunda:historyTimeToLive=\"9125\"", "");
    assertThat(broken).isNotEqualTo(CLEAN);
    var violations = check(broken);
    assertThat(violations)
        .extracting(ModelViolation::resource, ModelViolation::rule, ModelViolation::elementId,
            ModelViolation::elementName)
        .containsExactly(tuple("processes/initiation-criteria.dmn", ModelRule.HISTORY_TIME_TO_LIVE,
            "initiation-criteria", "Criteria for a serious case review met?"));
    assertThat(violations.get(0).message()).contains("History cleanup > Time to live");
  }

  private List<ModelViolation> check(String xml) {
    return rules.check(Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))),
        "processes/initiation-criteria.dmn");
  }

  private static String read(String resource) {
    try (InputStream in = DecisionRulesTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
