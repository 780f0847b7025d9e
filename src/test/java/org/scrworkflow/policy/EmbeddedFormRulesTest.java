package org.scrworkflow.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link EmbeddedFormRules}: shipped forms pass byte for byte, others only without script. */
class EmbeddedFormRulesTest {

  /** An upload form as the product might ship it: with its script. */
  static final String SHIPPED = "<form role=\"form\">\n  <input type=\"file\" cam-variable-name=\"upload\">\n"
      + "  <script cam-script type=\"text/form-script\">camForm.on('submit', function () {});</script>\n</form>\n";

  private final EmbeddedFormRules rules = new EmbeddedFormRules(Set.of(EmbeddedFormRules.sha256(bytes(SHIPPED))));

  @Test
  @DisplayName("A form the product ships passes, script and all")
  void shippedFormPasses() {
    assertThat(rules.check(bytes(SHIPPED), "forms/upload-imr.html")).isEmpty();
  }

  @Test
  @DisplayName("The same form changed by one character is no longer the shipped one, and its script is refused")
  void changedShippedFormIsRefused() {
    var violations = rules.check(bytes(SHIPPED.replace("{});", "{ });")), "forms/upload-imr.html");
    assertThat(violations).extracting(ModelViolation::rule).containsExactly(ModelRule.EMBEDDED_FORM);
    assertThat(violations.get(0).message()).contains("<script> element", "not one the product ships");
    assertThat(violations.get(0)).hasToString("forms/upload-imr.html [embedded-form] " + violations.get(0).message());
  }

  @Test
  @DisplayName("Plain HTML without script passes")
  void plainHtmlPasses() {
    String plain = "<form><label for=\"n\">Notes</label><input id=\"n\" cam-variable-name=\"imrNotes\""
        + " cam-variable-type=\"String\"><a href=\"https://www.gov.uk/\">guidance</a></form>";
    assertThat(rules.check(bytes(plain), "notes.html")).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "<form><script>fetch('/engine-rest/user')</script></form>                  | <script> element",
    "<svg><script>alert(1)</script></svg>                                      | <script> element",
    "<img src=x onerror=\"alert(1)\">                                          | onerror attribute",
    "<form ONSUBMIT=\"steal()\"></form>                                        | onsubmit attribute",
    "<a href=\"javascript:alert(1)\">x</a>                                     | javascript: URL in href",
    "<a href=\"&#106;ava&#x73;cript&colon;alert(1)\">x</a>                     | javascript: URL in href",
    "<a href=\" java\tscript:alert(1)\">x</a>                                  | javascript: URL in href",
    "<iframe src=\"https://example.org\"></iframe>                             | <iframe> element",
    "<object data=\"x.swf\"></object>                                          | <object> element",
    "<div ng-init=\"x = 1\"></div>                                              | AngularJS directive ng-init",
    "<p>{{constructor.constructor('alert(1)')()}}</p>                          | AngularJS expression {{...}}",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://example.org\">       | <meta http-equiv> element",
  })
  @DisplayName("HTML with script is refused, naming the script")
  void scriptIsRefused(String html, String named) {
    var violations = rules.check(bytes(html.strip()), "evil.html");
    assertThat(violations).extracting(ModelViolation::rule).containsExactly(ModelRule.EMBEDDED_FORM);
    assertThat(violations.get(0).message()).contains(named.strip());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
