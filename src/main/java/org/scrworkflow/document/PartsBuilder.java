package org.scrworkflow.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the text of each part while a document is read, within a limit on the text of the whole document. */
final class PartsBuilder {

  /** Thrown when a document holds more text, or unpacks to more, than the reader takes: it is not read further. */
  static final class TooLarge extends RuntimeException {
    TooLarge(String message) {
      super(message, null, false, false);
    }
  }

  private final Map<String, StringBuilder> parts = new LinkedHashMap<>();
  private final List<DocumentText.Concern> concerns = new ArrayList<>();
  private final long maxChars;
  private long chars;

  PartsBuilder(long maxChars) {
    this.maxChars = maxChars;
  }

  void append(String part, CharSequence text) {
    if (part == null || text == null || text.isEmpty()) {
      return;
    }
    chars += text.length();
    if (chars > maxChars) {
      throw new TooLarge("it holds more than " + maxChars + " characters of text");
    }
    parts.computeIfAbsent(part, name -> new StringBuilder()).append(text);
  }

  /** Ends a line in the part, if it has any text (a paragraph, a row). */
  void endLine(String part) {
    StringBuilder text = parts.get(part);
    if (text != null && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
  }

  void confirm(String part, String problem) {
    concerns.add(new DocumentText.Concern(part, problem, false));
  }

  void block(String part, String problem) {
    concerns.add(new DocumentText.Concern(part, problem, true));
  }

  DocumentText build(String document) {
    List<DocumentText.Part> found = new ArrayList<>();
    parts.forEach((name, text) -> {
      String stripped = text.toString().strip();
      if (!stripped.isEmpty()) {
        found.add(new DocumentText.Part(name, stripped));
      }
    });
    return new DocumentText(document, found, concerns);
  }
}
