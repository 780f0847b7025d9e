package org.scrworkflow.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scrworkflow.document.DocumentText;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;
import org.springframework.stereotype.Component;

/**
 * G-11: searches publishable text, and every part of a publishable document, for every identifying detail of
 * the case, in the ways people write them ({@link DetailMatcher}; docs/anonymisation.md).
 */
@Component
public class AnonymisationScanner {

  private static final int SNIPPET_CONTEXT = 30;

  /**
   * What a finding asks: BLOCKS, the document cannot be published as it is; WARNS, a detail that may be someone
   * else's (a common first name alone); TO_CONFIRM, something the check could not read that a person must.
   */
  public enum Level { BLOCKS, WARNS, TO_CONFIRM }

  /**
   * Where an identifying detail was found: the document, the part of it (null for a text), the kind of detail, the
   * text around it with every detail in it masked by its kind ("[name]"), and the detail as written, masked
   * ("K. B******"); or, with no kind, what a person must look at ({@code problem}). Findings are stored in a process
   * variable and its history, which more roles may read than the vault, and may be logged: they never hold a
   * detail.
   */
  public record Finding(String document, String part, IdentifierKind kind, Level level, int offset, String written,
      String snippet, String problem) {

    public boolean blocks() {
      return level == Level.BLOCKS;
    }

    /** Document and part: "Overview report, comment 2", "Publication bundle, page 3". */
    public String where() {
      return part == null ? document : document + ", " + part;
    }

    public String describe() {
      if (kind == null) {
        return where() + ": " + problem + ".";
      }
      return where() + ": " + label(kind) + " at character " + offset + " near \"" + snippet + "\" (written \""
          + written + "\")" + (level == Level.WARNS
          ? "; a common first name alone only warns: check it is not the child's or the family's" : "");
    }
  }

  /**
   * Checks each named text against every detail; no finding that {@link Finding#blocks() blocks} means the check
   * passed.
   */
  public List<Finding> check(Map<String, String> documents, List<IdentifyingDetail> details) {
    DetailMatcher matcher = DetailMatcher.of(details);
    List<Finding> findings = new ArrayList<>();
    for (var document : documents.entrySet()) {
      findings.addAll(findings(document.getKey(), null, document.getValue(), matcher));
    }
    return findings;
  }

  /**
   * Checks every part of a document that a reader can reach, and turns what the reading could not settle into
   * findings: a document that could not be read blocks, a page that is only an image asks a person to confirm it.
   */
  public List<Finding> check(DocumentText document, List<IdentifyingDetail> details) {
    DetailMatcher matcher = DetailMatcher.of(details);
    List<Finding> findings = new ArrayList<>();
    for (DocumentText.Concern concern : document.concerns()) {
      findings.add(new Finding(document.document(), concern.part(), null,
          concern.blocks() ? Level.BLOCKS : Level.TO_CONFIRM, 0, null, null, concern.problem()));
    }
    for (DocumentText.Part part : document.parts()) {
      findings.addAll(findings(document.document(), part.name(), part.text(), matcher));
    }
    return findings;
  }

  private static List<Finding> findings(String document, String part, String text, DetailMatcher matcher) {
    String checked = text == null ? "" : text;
    List<DetailMatcher.Match> matches = matcher.find(checked);
    List<Finding> findings = new ArrayList<>();
    for (DetailMatcher.Match match : matches) {
      findings.add(new Finding(document, part, match.kind(),
          match.level() == DetailMatcher.Level.BLOCKS ? Level.BLOCKS : Level.WARNS, match.start(),
          Words.masked(checked.substring(match.start(), match.end())), snippet(checked, match, matches), null));
    }
    return findings;
  }

  /** The text around the match, every detail in it (the match and any other) replaced by its kind. */
  private static String snippet(String text, DetailMatcher.Match match, List<DetailMatcher.Match> all) {
    int from = Math.max(0, match.start() - SNIPPET_CONTEXT);
    int to = Math.min(text.length(), match.end() + SNIPPET_CONTEXT);
    List<DetailMatcher.Match> inside = all.stream().filter(m -> m.end() > from && m.start() < to)
        .sorted(Comparator.comparingInt(DetailMatcher.Match::start)).toList();
    StringBuilder masked = new StringBuilder();
    int at = from;
    for (DetailMatcher.Match m : inside) {
      int start = Math.max(m.start(), from);
      if (start >= at) {
        masked.append(text, at, start).append('[').append(label(m.kind())).append(']');
      } else if (masked.isEmpty() || masked.charAt(masked.length() - 1) != ']') {
        masked.append('[').append(label(m.kind())).append(']');
      }
      at = Math.max(at, Math.min(m.end(), to));
    }
    masked.append(text, at, to);
    return masked.toString().replaceAll("\\s+", " ").strip();
  }

  private static String label(IdentifierKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
