package org.scrworkflow.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The rule for embedded HTML forms ({@link ModelRule#EMBEDDED_FORM}): Tasklist runs an embedded form's script in
 * the browser of every user who opens the task, so a deployed HTML form is accepted only when it is byte for byte
 * one the product ships ({@code forms/*.html} on the application's classpath, compared by SHA-256), or when it
 * carries no script at all. Script means a {@code <script>} tag or another element that loads code (iframe,
 * object, embed, base), an {@code on...} event attribute, a {@code javascript:} URL, or an AngularJS directive or
 * {@code {{...}}} expression (Tasklist compiles embedded forms with AngularJS). Stateless and thread-safe.
 */
public final class EmbeddedFormRules {

  /** Where the product's own embedded forms are, on the application's classpath. */
  public static final List<String> SHIPPED_FORMS = List.of("classpath*:forms/**/*.html", "classpath*:forms/**/*.htm");

  private static final Set<String> CODE_ELEMENTS =
      Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal");

  private static final Pattern SCRIPT_URL = Pattern.compile("^(?:javascript|vbscript|livescript|data:text/html).*");

  private static final Pattern ANGULAR_DIRECTIVE = Pattern.compile("^(?:data-|x-)?ng[-:_].*");

  private final Set<String> shippedSha256;

  /**
   * @param shippedSha256 the SHA-256 (lower-case hex) of every embedded form the product ships
   */
  public EmbeddedFormRules(Set<String> shippedSha256) {
    this.shippedSha256 = Set.copyOf(shippedSha256);
  }

  /** The rules with the forms shipped on the classpath of the given class loader ({@link #SHIPPED_FORMS}). */
  public static EmbeddedFormRules shippedOnClasspath(ClassLoader classLoader) {
    var resolver = new PathMatchingResourcePatternResolver(classLoader);
    Set<String> hashes = new LinkedHashSet<>();
    try {
      for (String pattern : SHIPPED_FORMS) {
        for (Resource form : resolver.getResources(pattern)) {
          try (InputStream in = form.getInputStream()) {
            hashes.add(sha256(in.readAllBytes()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the shipped embedded forms (forms/*.html)", e);
    }
    return new EmbeddedFormRules(hashes);
  }

  /** The SHA-256 of the forms the product ships. */
  public Set<String> shippedSha256() {
    return shippedSha256;
  }

  /**
   * Checks one HTML resource of a deployment.
   *
   * @param html the resource's bytes as deployed
   * @param resourceName its name in the deployment, e.g. {@code forms/upload-imr.html}
   * @return one violation naming the script found, or none
   */
  public List<ModelViolation> check(byte[] html, String resourceName) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(resourceName, "resourceName");
    if (shippedSha256.contains(sha256(html))) {
      return List.of();
    }
    Set<String> scripts = scriptsIn(new String(html, StandardCharsets.UTF_8));
    if (scripts.isEmpty()) {
      return List.of();
    }
    return List.of(new ModelViolation(resourceName, null, null, ModelRule.EMBEDDED_FORM,
        "The embedded form is not one the product ships, and it carries script (" + String.join(", ", scripts)
            + "): Tasklist would run it in the browser of everyone who opens the task. Deploy the forms of forms/"
            + " exactly as shipped, or remove the script; a new form with script is a change for developers."));
  }

  /** What in the HTML runs as code in the browser, in words: "<script> element", "onclick attribute". */
  static Set<String> scriptsIn(String html) {
    Document document = Jsoup.parse(html);
    Set<String> found = new LinkedHashSet<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (CODE_ELEMENTS.contains(tag)) {
          found.add("<" + tag + "> element");
        }
        if ("meta".equals(tag) && element.hasAttr("http-equiv")) {
          found.add("<meta http-equiv> element");
        }
        for (Attribute attribute : element.attributes()) {
          String key = attribute.getKey().toLowerCase(Locale.ROOT);
          String value = attribute.getValue();
          if (key.startsWith("on")) {
            found.add(key + " attribute");
          } else if (ANGULAR_DIRECTIVE.matcher(key).matches()) {
            found.add("AngularJS directive " + key);
          } else if (key.equals("srcdoc")) {
            found.add("srcdoc attribute");
          }
          String squeezed = value.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
          if (SCRIPT_URL.matcher(squeezed).matches()) {
            found.add(squeezed.substring(0, squeezed.indexOf(':') + 1) + " URL in " + key);
          }
          if (key.equals("style") && (squeezed.contains("expression(") || squeezed.contains("javascript:"))) {
            found.add("script in a style attribute");
          }
          if (value.contains("{{")) {
            found.add("AngularJS expression {{...}} in " + key);
          }
        }
      } else if (node instanceof TextNode text && text.getWholeText().contains("{{")) {
        found.add("AngularJS expression {{...}}");
      }
    }, document);
    return found;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
