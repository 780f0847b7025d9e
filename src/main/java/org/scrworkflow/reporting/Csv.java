package org.scrworkflow.reporting;

import java.util.List;

/** RFC 4180 CSV, with cells a spreadsheet would run as a formula made inert. */
final class Csv {

  private final StringBuilder text = new StringBuilder();

  Csv row(List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(cell(cells.get(i)));
    }
    text.append("\r\n");
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    // CSV injection: a typed pseudonym such as "=HYPERLINK(...)" must stay text (numbers, "-3", stay numbers)
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+")) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      s = "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
