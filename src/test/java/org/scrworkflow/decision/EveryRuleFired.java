package org.scrworkflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * After a test class has run all its tests, checks that every rule of its decision table fired at least once, so a
 * row a policy officer adds cannot go untested. Skipped when only some of the tests were selected.
 */
final class EveryRuleFired implements AfterEachCallback, AfterAllCallback {

  private final DecisionTableUnderTest table;
  private final Set<String> testsRun = new HashSet<>();

  EveryRuleFired(DecisionTableUnderTest table) {
    this.table = table;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    testsRun.add(context.getRequiredTestMethod().getName());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    long tests =
        Arrays.stream(context.getRequiredTestClass().getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class))
            .map(Method::getName)
            .distinct()
            .count();
    if (testsRun.size() < tests) {
      return;
    }
    assertThat(table.firedRuleIds())
        .as("rules of %s reached by the cases of %s", table.decisionKey(), context.getDisplayName())
        .containsExactlyInAnyOrderElementsOf(table.ruleIds());
  }
}
