package org.scrworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What counts as a variable condition: a query's list of conditions or a sorting by a variable, never values to write. */
class VariableConditionGuardTest {

  private static boolean body(String json) {
    return VariableConditionGuard.hasCondition(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("Conditions in a JSON query, in orQueries, or a sorting by a variable are found")
  void conditionsInBodiesAreFound() {
    assertThat(body("{\"variables\":[{\"name\":\"decisionReasons\",\"operator\":\"like\",\"value\":\"A%\"}]}")).isTrue();
    assertThat(body("{\"orQueries\":[{\"processVariables\":[{\"name\":\"x\",\"operator\":\"eq\",\"value\":1}]}]}")).isTrue();
    assertThat(body("{\"sorting\":[{\"sortBy\":\"processVariable\",\"parameters\":{\"variable\":\"x\"}}]}")).isTrue();
  }

  @Test
  @DisplayName("Values to write (start, complete, correlate), empty lists, other sortings and non-JSON are not conditions")
  void valuesAndEmptyListsAreNot() {
    assertThat(body("{\"variables\":{\"imrNotes\":{\"value\":\"Written.\"}}}")).isFalse();
    assertThat(body("{\"messageName\":\"m\",\"processVariables\":{\"a\":{\"value\":1}}}")).isFalse();
    assertThat(body("{\"processVariables\":[],\"taskVariables\":[],\"sorting\":[{\"sortBy\":\"created\"}]}")).isFalse();
    assertThat(body("not json")).isFalse();
    assertThat(body("")).isFalse();
  }

  @Test
  @DisplayName("A condition in the query string is found, an empty one is not, a malformed one does not fail")
  void conditionsInQueryStrings() {
    assertThat(VariableConditionGuard.inQueryString("processInstanceId=1&variables=decisionReasons_like_A%25")).isTrue();
    assertThat(VariableConditionGuard.inQueryString("processVariables=a_eq_b")).isTrue();
    assertThat(VariableConditionGuard.inQueryString("variables=&processInstanceId=1")).isFalse();
    assertThat(VariableConditionGuard.inQueryString("variableName=imrNotes")).isFalse();
    assertThat(VariableConditionGuard.inQueryString("%zz=1")).isFalse();
    assertThat(VariableConditionGuard.inQueryString(null)).isFalse();
  }
}
