package org.scrworkflow.publication;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scrworkflow.vault.IdentifierKind;
import org.scrworkflow.vault.IdentifyingDetail;

/**
 * G-11; R-7.4: the ways people write each identifying detail of a case, and where a text holds one. The rules
 * (docs/anonymisation.md): words are compared folded (case, accents) and with any punctuation or white space
 * between them; a name is found whole, as forename and surname, as initial and surname, as initials with full
 * stops, as its surname alone, and as each forename alone (a common first name alone only warns); an alias whole; a
 * date of birth in numeric (d/m/yyyy, d.m.yy, yyyy-mm-dd) and written forms ("1st March 2008", "March 1, 2008",
 * "1 Mar 08"); an address as house number and street, street alone, and postcode with or without its space, street
 * types abbreviated or not; a school with or without "School" and its type.
 */
final class DetailMatcher {

  /** Whether a match stops publication or asks a person to look. */
  enum Level { BLOCKS, WARNS }

  /** Where a detail stands in a text. */
  record Match(IdentifierKind kind, Level level, int start, int end) {}

  /** How the words of a variant must be separated in the text. */
  private enum Separator { ANY, INITIALS, NUMERIC_DATE }

  /**
   * One way of writing a detail: its folded words ("#3" is the number 3 however many zeros lead it), the separator
   * between them, and whether it counts only written with a capital (a surname that is also an ordinary word).
   */
  private record Variant(IdentifierKind kind, Level level, List<String> words, Separator separator,
      boolean capitalisedOnly) {}

  private static final int MAX_GAP = 40;
  private static final Pattern POSTCODE = Pattern.compile(
      "(?<![A-Za-z0-9])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)\\s*([0-9][A-Za-z]{2})(?![A-Za-z0-9])");
  private static final Pattern LINE_END_HYPHEN = Pattern.compile("(?<=\\p{L})-[ \\t]*\\r?\\n[ \\t]*(?=\\p{Ll})");
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "master");
  private static final List<Set<String>> STREET_TYPES = List.of(
      Set.of("street", "st"), Set.of("road", "rd"), Set.of("avenue", "ave", "av"), Set.of("close", "cl"),
      Set.of("drive", "dr"), Set.of("lane", "ln"), Set.of("crescent", "cres", "cresc"), Set.of("court", "ct"),
      Set.of("place", "pl"), Set.of("gardens", "gdns"), Set.of("terrace", "terr", "tce"), Set.of("square", "sq"),
      Set.of("grove", "gr", "gro"), Set.of("park", "pk"), Set.of("mews"), Set.of("way"), Set.of("row"),
      Set.of("walk"), Set.of("rise"), Set.of("view"), Set.of("parade", "pde"), Set.of("hill"), Set.of("green"),
      Set.of("vale"), Set.of("wharf"), Set.of("yard"), Set.of("end"), Set.of("fields"), Set.of("meadow"),
      Set.of("gate"), Set.of("circus"), Set.of("approach"), Set.of("lea"), Set.of("croft"), Set.of("chase"));
  /** Words that say what kind of school it is, removed from the end of its name to find what people call it. */
  private static final Set<String> SCHOOL_TYPES = Set.of("school", "primary", "junior", "juniors", "infant",
      "infants", "nursery", "secondary", "academy", "college", "community", "first", "middle", "c", "of", "e", "ce",
      "church", "england", "rc", "roman", "catholic", "cofe", "va", "vc", "foundation", "free", "special");

  private final List<Variant> variants;

  private DetailMatcher(List<Variant> variants) {
    this.variants = variants;
  }

  static DetailMatcher of(List<IdentifyingDetail> details) {
    Set<Variant> variants = new LinkedHashSet<>();
    for (IdentifyingDetail detail : details) {
      String value = detail.value() == null ? "" : detail.value().strip();
      if (value.isEmpty()) {
        continue;
      }
      switch (detail.kind()) {
        case NAME, PRACTITIONER_NAME -> names(detail.kind(), value, variants);
        case ALIAS -> add(variants, detail.kind(), Level.BLOCKS, Words.folded(value), Separator.ANY, false);
        case DATE_OF_BIRTH -> dates(value, variants);
        case ADDRESS -> addresses(value, variants);
        case SCHOOL -> schools(value, variants);
      }
    }
    return new DetailMatcher(List.copyOf(variants));
  }

  private static void add(Set<Variant> variants, IdentifierKind kind, Level level, List<String> words,
      Separator separator, boolean capitalisedOnly) {
    if (!words.isEmpty()) {
      variants.add(new Variant(kind, level, List.copyOf(words), separator, capitalisedOnly));
    }
  }

  // names ----------------------------------------------------------------------------------------------------------

  private static void names(IdentifierKind kind, String value, Set<Variant> variants) {
    List<List<String>> parts = new ArrayList<>();
    for (String part : value.split("\\s+")) {
      List<String> words = Words.folded(part);
      if (!words.isEmpty() && !(parts.isEmpty() && words.size() == 1 && TITLES.contains(words.get(0)))) {
        parts.add(words);
      }
    }
    if (parts.isEmpty()) {
      return;
    }
    List<String> whole = parts.stream().flatMap(List::stream).toList();
    if (parts.size() == 1) {
      boolean common = whole.size() == 1 && CommonNames.isCommonFirstName(whole.get(0));
      add(variants, kind, common ? Level.WARNS : Level.BLOCKS, whole, Separator.ANY, false);
      return;
    }
    add(variants, kind, Level.BLOCKS, whole, Separator.ANY, false);
    List<String> surname = parts.get(parts.size() - 1);
    List<List<String>> forenames = parts.subList(0, parts.size() - 1);
    List<String> firstAndLast = new ArrayList<>(forenames.get(0));
    firstAndLast.addAll(surname);
    add(variants, kind, Level.BLOCKS, firstAndLast, Separator.ANY, false);
    // "K Brennan", "K. Brennan", "K. M. Brennan"
    add(variants, kind, Level.BLOCKS, concat(List.of(initial(forenames.get(0))), surname), Separator.ANY, false);
    List<String> initials = new ArrayList<>();
    forenames.forEach(forename -> initials.add(initial(forename)));
    add(variants, kind, Level.BLOCKS, concat(initials, surname), Separator.ANY, false);
    // "K.B.", "K. M. B." (bare "KB" is too common to flag)
    List<String> allInitials = new ArrayList<>(initials);
    allInitials.add(initial(surname));
    add(variants, kind, Level.BLOCKS, allInitials, Separator.INITIALS, false);
    // the surname alone; one that is also an ordinary word ("Price", "Green") only when written with a capital
    boolean ordinaryWord = surname.size() == 1 && CommonNames.isOrdinaryWord(surname.get(0));
    add(variants, kind, Level.BLOCKS, surname, Separator.ANY, ordinaryWord);
    // each forename alone: an unusual one identifies; a common first name alone only warns
    for (List<String> forename : forenames) {
      if (forename.size() == 1 && forename.get(0).length() < 2) {
        continue;
      }
      boolean common = forename.size() == 1 && CommonNames.isCommonFirstName(forename.get(0));
      add(variants, kind, common ? Level.WARNS : Level.BLOCKS, forename, Separator.ANY,
          forename.size() == 1 && CommonNames.isOrdinaryWord(forename.get(0)));
    }
  }

  private static String initial(List<String> words) {
    return words.get(0).substring(0, 1);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  // dates of birth -------------------------------------------------------------------------------------------------

  private static void dates(String value, Set<Variant> variants) {
    IdentifierKind kind = IdentifierKind.DATE_OF_BIRTH;
    add(variants, kind, Level.BLOCKS, Words.folded(value), Separator.ANY, false);
    LocalDate date = parseDate(value);
    if (date == null) {
      return;
    }
    String day = "#" + date.getDayOfMonth();
    String month = "#" + date.getMonthValue();
    String year = String.valueOf(date.getYear());
    String shortYear = String.format(Locale.ROOT, "%02d", date.getYear() % 100);
    add(variants, kind, Level.BLOCKS, List.of(day, month, year), Separator.NUMERIC_DATE, false);
    add(variants, kind, Level.BLOCKS, List.of(day, month, shortYear), Separator.NUMERIC_DATE, false);
    add(variants, kind, Level.BLOCKS, List.of(year, month, day), Separator.NUMERIC_DATE, false);
    Set<String> months = new LinkedHashSet<>();
    months.add(Words.fold(date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)));
    months.add(Words.fold(date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)).substring(0, 3));
    if (date.getMonthValue() == 9) {
      months.add("sept");
    }
    for (String name : months) {
      for (String y : List.of(year, shortYear)) {
        add(variants, kind, Level.BLOCKS, List.of(day, name, y), Separator.ANY, false);
        add(variants, kind, Level.BLOCKS, List.of(day, "of", name, y), Separator.ANY, false);
        add(variants, kind, Level.BLOCKS, List.of(name, day, y), Separator.ANY, false);
      }
    }
  }

  private static LocalDate parseDate(String value) {
    for (String format : List.of("yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "d MMMM yyyy", "d MMM yyyy")) {
      try {
        return LocalDate.parse(value.trim(), DateTimeFormatter.ofPattern(format, Locale.UK));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }

  // addresses ------------------------------------------------------------------------------------------------------

  private static void addresses(String value, Set<Variant> variants) {
    IdentifierKind kind = IdentifierKind.ADDRESS;
    add(variants, kind, Level.BLOCKS, Words.folded(value), Separator.ANY, false);
    Matcher postcode = POSTCODE.matcher(value);
    String rest = value;
    if (postcode.find()) {
      String outward = Words.fold(postcode.group(1));
      String inward = Words.fold(postcode.group(2));
      add(variants, kind, Level.BLOCKS, List.of(outward, inward), Separator.ANY, false);
      add(variants, kind, Level.BLOCKS, List.of(outward + inward), Separator.ANY, false);
      rest = value.substring(0, postcode.start()) + "," + value.substring(postcode.end());
    }
    String pendingNumber = null;
    for (String line : rest.split("[,;\\n]+")) {
      List<String> words = Words.folded(line);
      if (words.isEmpty()) {
        continue;
      }
      if (words.size() == 1 && isHouseNumber(words.get(0))) {
        pendingNumber = words.get(0);
        continue;
      }
      List<String> street = words;
      String number = pendingNumber;
      pendingNumber = null;
      if (isHouseNumber(words.get(0))) {
        number = words.get(0);
        street = words.subList(1, words.size());
      }
      boolean isStreet = !street.isEmpty() && (number != null || streetType(street.get(street.size() - 1)) != null);
      if (!isStreet) {
        continue; // a town, area or county alone is not matched: only as part of the whole address
      }
      for (List<String> spelling : streetSpellings(street)) {
        if (number != null) {
          add(variants, kind, Level.BLOCKS, concat(List.of(number), spelling), Separator.ANY, false);
        }
        if (spelling.size() >= 2) {
          add(variants, kind, Level.BLOCKS, spelling, Separator.ANY, false);
        }
      }
    }
  }

  private static boolean isHouseNumber(String word) {
    return word.matches("\\d{1,4}[a-z]?");
  }

  private static Set<String> streetType(String word) {
    return STREET_TYPES.stream().filter(type -> type.contains(word)).findFirst().orElse(null);
  }

  /** The street as written, and with its type word spelt each other usual way ("Close", "Cl"). */
  private static List<List<String>> streetSpellings(List<String> street) {
    List<List<String>> spellings = new ArrayList<>();
    spellings.add(street);
    Set<String> type = streetType(street.get(street.size() - 1));
    if (type != null) {
      for (String other : type) {
        List<String> spelling = new ArrayList<>(street.subList(0, street.size() - 1));
        spelling.add(other);
        if (!spelling.equals(street)) {
          spellings.add(spelling);
        }
      }
    }
    return spellings;
  }

  // schools --------------------------------------------------------------------------------------------------------

  private static void schools(String value, Set<Variant> variants) {
    IdentifierKind kind = IdentifierKind.SCHOOL;
    List<String> words = Words.folded(value);
    for (List<String> spelling : saintSpellings(words)) {
      add(variants, kind, Level.BLOCKS, spelling, Separator.ANY, false);
      if (spelling.size() >= 2 && spelling.get(spelling.size() - 1).equals("school")) {
        add(variants, kind, Level.BLOCKS, spelling.subList(0, spelling.size() - 1), Separator.ANY, false);
      }
      int end = spelling.size();
      while (end > 0 && SCHOOL_TYPES.contains(spelling.get(end - 1))) {
        end--;
      }
      List<String> core = spelling.subList(0, end);
      // what people call it ("St Hilda's"), when that is more than one word: "Northmoor" alone is the town
      if (core.size() >= 2) {
        add(variants, kind, Level.BLOCKS, core, Separator.ANY, false);
      }
      if (!core.isEmpty() && end < spelling.size()) {
        add(variants, kind, Level.BLOCKS, concat(core, List.of("school")), Separator.ANY, false);
      }
    }
  }

  private static List<List<String>> saintSpellings(List<String> words) {
    List<List<String>> spellings = new ArrayList<>();
    spellings.add(words);
    if (!words.isEmpty() && (words.get(0).equals("st") || words.get(0).equals("saint"))) {
      spellings.add(concat(List.of(words.get(0).equals("st") ? "saint" : "st"), words.subList(1, words.size())));
    }
    return spellings;
  }

  // matching -------------------------------------------------------------------------------------------------------

  /**
   * Every place the text holds a detail. Where variants overlap (the full name, and its surname within it), the
   * longest that blocks is kept, so that each place is one match.
   */
  List<Match> find(String text) {
    if (text == null || text.isEmpty() || variants.isEmpty()) {
      return List.of();
    }
    List<Match> found = new ArrayList<>(findIn(text));
    // a word hyphenated at the end of a line ("Bren-" / "nan", as PDFs of justified text break it) is found joined
    Matcher hyphen = LINE_END_HYPHEN.matcher(text);
    if (hyphen.find()) {
      StringBuilder joined = new StringBuilder(text.length());
      int[] original = new int[text.length() + 1];
      int at = 0;
      do {
        for (int i = at; i < hyphen.start(); i++) {
          original[joined.length()] = i;
          joined.append(text.charAt(i));
        }
        at = hyphen.end();
      } while (hyphen.find());
      for (int i = at; i < text.length(); i++) {
        original[joined.length()] = i;
        joined.append(text.charAt(i));
      }
      for (Match match : findIn(joined.toString())) {
        found.add(new Match(match.kind(), match.level(), original[match.start()], original[match.end() - 1] + 1));
      }
    }
    return longestOnly(found);
  }

  private List<Match> findIn(String text) {
    List<Words.Word> words = Words.of(text);
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      index.computeIfAbsent(key(words.get(i).folded()), k -> new ArrayList<>()).add(i);
    }
    List<Match> found = new ArrayList<>();
    for (Variant variant : variants) {
      String first = variant.words().get(0);
      Set<Integer> starts = new LinkedHashSet<>(index.getOrDefault(key(first), List.of()));
      if (!first.startsWith("#") && first.length() >= 3) {
        starts.addAll(index.getOrDefault(first + "s", List.of()));
      }
      for (int start : starts) {
        if (matchesAt(variant, words, start, text)) {
          int last = start + variant.words().size() - 1;
          found.add(new Match(variant.kind(), variant.level(), words.get(start).start(), words.get(last).end()));
        }
      }
    }
    return found;
  }

  /** Numbers are indexed by their value ("01" and "1" alike); the variant decides whether the zeros matter. */
  private static String key(String folded) {
    if (folded.startsWith("#")) {
      return folded.substring(1);
    }
    return folded.matches("\\d+") ? folded.replaceFirst("^0+(?=\\d)", "") : folded;
  }

  private static boolean matchesAt(Variant variant, List<Words.Word> words, int start, String text) {
    List<String> wanted = variant.words();
    if (start + wanted.size() > words.size()) {
      return false;
    }
    for (int i = 0; i < wanted.size(); i++) {
      Words.Word word = words.get(start + i);
      if (!same(wanted.get(i), word.folded())) {
        return false;
      }
      if (variant.capitalisedOnly() && !word.capitalised()) {
        return false;
      }
      if (i > 0 && !separatedWell(variant.separator(), text.substring(words.get(start + i - 1).end(), word.start()),
          i == 1 ? null : text.substring(words.get(start + i - 2).end(), words.get(start + i - 1).start()))) {
        return false;
      }
    }
    if (variant.separator() == Separator.INITIALS) {
      // the last initial has its full stop too, and the first stands alone ("K.B.", not "OK.B.")
      int after = words.get(start + wanted.size() - 1).end();
      return after < text.length() && text.charAt(after) == '.';
    }
    return true;
  }

  private static boolean same(String wanted, String written) {
    if (wanted.startsWith("#")) {
      return written.matches("\\d{1,2}") && Integer.parseInt(written) == Integer.parseInt(wanted.substring(1));
    }
    // "Brennans" (the family, or a possessive without its apostrophe) is Brennan too
    return written.equals(wanted) || (wanted.length() >= 3 && !Character.isDigit(wanted.charAt(0))
        && written.equals(wanted + "s"));
  }

  private static boolean separatedWell(Separator separator, String gap, String previousGap) {
    return switch (separator) {
      case ANY -> gap.length() <= MAX_GAP;
      case INITIALS -> gap.strip().equals(".");
      case NUMERIC_DATE -> gap.length() == 1 && "/.-".contains(gap) && (previousGap == null || previousGap.equals(gap));
    };
  }

  private static List<Match> longestOnly(List<Match> found) {
    List<Match> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(Match::start)
        .thenComparing(Match::level)
        .thenComparing(Comparator.comparingInt(Match::end).reversed()));
    List<Match> kept = new ArrayList<>();
    for (Match match : sorted) {
      boolean inside = kept.stream().anyMatch(k -> k.start() <= match.start() && match.end() <= k.end()
          && k.level().compareTo(match.level()) <= 0);
      if (!inside) {
        kept.removeIf(k -> match.start() <= k.start() && k.end() <= match.end()
            && match.level().compareTo(k.level()) <= 0);
        kept.add(match);
      }
    }
    kept.sort(Comparator.comparingInt(Match::start));
    return kept;
  }
}
