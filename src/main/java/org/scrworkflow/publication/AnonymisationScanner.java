package org.scrworkflow.publication;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;
import org.springframework.stereotype.Component;

/**
 * G-11: searches publishable text for every identifying detail of the case, case-insensitively,
 * across line breaks, and in common variants: possessives, initials with or without full stops, and dates
 * of birth written in other formats.
 */
@Component
public class AnonymisationScanner {

  private static final int SNIPPET_CONTEXT = 30;

  /** Where an identifying detail was found: the document, the kind of detail, and the text around it. */
  public record Finding(String document, IdentifierKind kind, int offset, String snippet) {
    public String describe() {
      return document + ": " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " at character " + offset
          + " near \"" + snippet + "\"";
    }
  }

  /**
   * Checks each named text against every detail; an empty list means the check passed. A finding's snippet shows
   * the text around the detail with every detail in it masked ("[name]"): the findings are stored in a process
   * variable and its history, which more roles may read than the vault.
   */
  public List<Finding> check(Map<String, String> documents, List<IdentifyingDetail> details) {
    List<Finding> findings = new ArrayList<>();
    for (var document : documents.entrySet()) {
      String text = document.getValue() == null ? "" : document.getValue();
      List<Match> matches = new ArrayList<>();
      for (IdentifyingDetail detail : details) {
        for (Pattern pattern : patternsFor(detail)) {
          Matcher matcher = pattern.matcher(text);
          while (matcher.find()) {
            matches.add(new Match(detail.kind(), matcher.start(), matcher.end()));
          }
        }
      }
      for (Match match : matches) {
        findings.add(new Finding(document.getKey(), match.kind(), match.start(), snippet(text, match, matches)));
      }
    }
    return findings.stream().distinct().toList();
  }

  private record Match(IdentifierKind kind, int start, int end) {}

  List<Pattern> patternsFor(IdentifyingDetail detail) {
    Set<String> regexes = new LinkedHashSet<>();
    String value = detail.value().strip();
    if (detail.kind() == IdentifierKind.DATE_OF_BIRTH) {
      dateVariants(value).forEach(v -> regexes.add(boundaries(phrase(v))));
    } else {
      List<String> words = List.of(value.split("[\\s\\p{Punct}&&[^'’-]]+"));
      regexes.add(boundaries(phrase(value)) + "(?:['’]s)?");
      if (isPersonName(detail.kind()) && words.size() >= 2) {
        String surname = Pattern.quote(words.get(words.size() - 1));
        String firstInitial = Pattern.quote(words.get(0).substring(0, 1));
        // "J. Smith", "J Smith", "J.Smith"
        regexes.add(boundaries(firstInitial + "\\.?\\s*" + surname) + "(?:['’]s)?");
        // "J.S." and "J. S." (initials with full stops; bare "JS" is too common to flag)
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
          initials.append(Pattern.quote(word.substring(0, 1))).append("\\.\\s*");
        }
        regexes.add("(?<![\\p{L}\\p{N}])" + initials.toString().trim());
      }
    }
    return regexes.stream().map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
  }

  private static boolean isPersonName(IdentifierKind kind) {
    return kind == IdentifierKind.NAME || kind == IdentifierKind.ALIAS || kind == IdentifierKind.PRACTITIONER_NAME;
  }

  /** The words of a value, matched with any run of white space (line breaks included) between them. */
  private static String phrase(String value) {
    String[] words = value.trim().split("\\s+");
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        regex.append("\\s+");
      }
      regex.append(Pattern.quote(words[i]));
    }
    return regex.toString();
  }

  private static String boundaries(String regex) {
    return "(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])";
  }

  private static List<String> dateVariants(String value) {
    List<String> variants = new ArrayList<>(List.of(value));
    LocalDate date = parseDate(value);
    if (date != null) {
      for (String format : List.of("yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "d.M.yyyy", "dd.MM.yyyy",
          "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "d/M/yy", "dd/MM/yy")) {
        variants.add(date.format(DateTimeFormatter.ofPattern(format, Locale.UK)));
      }
      variants.add(date.getDayOfMonth() + ordinal(date.getDayOfMonth()) + " "
          + date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)));
    }
    return variants.stream().distinct().toList();
  }

  private static LocalDate parseDate(String value) {
    for (String format : List.of("yyyy-MM-dd", "d/M/yyyy", "d MMMM yyyy")) {
      try {
        return LocalDate.parse(value.trim(), DateTimeFormatter.ofPattern(format, Locale.UK));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }

  private static String ordinal(int day) {
    if (day >= 11 && day <= 13) {
      return "th";
    }
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /** The text around the match, every detail in it (the match and any other) replaced by its kind. */
  private static String snippet(String text, Match match, List<Match> all) {
    int from = Math.max(0, match.start() - SNIPPET_CONTEXT);
    int to = Math.min(text.length(), match.end() + SNIPPET_CONTEXT);
    List<Match> inside = all.stream().filter(m -> m.end() > from && m.start() < to)
        .sorted(java.util.Comparator.comparingInt(Match::start)).toList();
    StringBuilder masked = new StringBuilder();
    int at = from;
    for (Match m : inside) {
      int start = Math.max(m.start(), from);
      if (start >= at) {
        masked.append(text, at, start).append('[').append(label(m.kind())).append(']');
      } else if (masked.charAt(masked.length() - 1) != ']') {
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
