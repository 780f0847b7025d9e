package org.scrworkflow.publication;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text as the matcher reads it: its words, each folded (lower case, accents removed, "ß" as "ss") and kept with
 * where it stands in the original text, so that a finding can point at the original and mask it. A word is a run of
 * letters and digits; anything else between words (spaces, line breaks, punctuation) is a separator, which some
 * variants constrain (initials need full stops, numeric dates one of "/", "." or "-"). An apostrophe splits a word,
 * and a possessive "'s" is no word of its own: "Brennan's" is the word "brennan" (its span covers the "'s").
 */
final class Words {

  /** One word: folded, where it starts and ends in the original, and whether it was written with a capital. */
  record Word(String folded, int start, int end, boolean capitalised) {}

  private Words() {}

  static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int length = text.length();
    while (i < length) {
      int c = text.codePointAt(i);
      if (!isWordChar(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < length && isWordChar(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      String raw = text.substring(start, i);
      String folded = fold(raw);
      if (folded.equals("s") && !words.isEmpty() && start > 0 && isApostrophe(text.charAt(start - 1))
          && words.get(words.size() - 1).end() == start - 1) {
        // a possessive "'s": the previous word's span grows to cover it, and no word is added
        Word owner = words.remove(words.size() - 1);
        words.add(new Word(owner.folded(), owner.start(), i, owner.capitalised()));
        continue;
      }
      if (!folded.isEmpty()) {
        words.add(new Word(folded, start, i, Character.isUpperCase(raw.codePointAt(0))));
      }
    }
    return words;
  }

  /** The folded words of a value from the vault, in order. */
  static List<String> folded(String value) {
    return of(value).stream().map(Word::folded).toList();
  }

  private static boolean isWordChar(int c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ' || c == '‘' || c == '`';
  }

  /** Lower case without accents; an ordinal ("1st", "22nd") is its number. */
  static String fold(String word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    decomposed.codePoints().forEach(c -> {
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        return;
      }
      switch (c) {
        case 'ß' -> folded.append("ss");
        case 'æ', 'Æ' -> folded.append("ae");
        case 'œ', 'Œ' -> folded.append("oe");
        case 'ø', 'Ø' -> folded.append('o');
        case 'ł', 'Ł' -> folded.append('l');
        case 'đ', 'Đ' -> folded.append('d');
        case 'ı' -> folded.append('i');
        default -> folded.appendCodePoint(Character.toLowerCase(c));
      }
    });
    String result = folded.toString().toLowerCase(Locale.ROOT);
    if (result.matches("\\d{1,2}(st|nd|rd|th)")) {
      return result.substring(0, result.length() - 2);
    }
    return result;
  }

  /**
   * The matched text as a finding may show it: the first letter of each word kept, every other letter and digit
   * a star, punctuation kept and white space as one space ("K. B******'s"; a date "* M**** ****").
   */
  static String masked(String original) {
    StringBuilder masked = new StringBuilder(original.length());
    boolean inWord = false;
    for (int i = 0; i < original.length(); ) {
      int c = original.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        masked.appendCodePoint(inWord ? '*' : c);
        inWord = true;
      } else if (Character.isDigit(c)) {
        masked.append('*');
        inWord = true;
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      } else if (Character.isWhitespace(c)) {
        if (masked.length() > 0 && masked.charAt(masked.length() - 1) != ' ') {
          masked.append(' ');
        }
        inWord = false;
      } else {
        masked.appendCodePoint(c);
        inWord = false;
      }
    }
    return masked.toString().strip();
  }
}
