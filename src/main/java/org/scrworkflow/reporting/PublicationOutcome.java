package org.scrworkflow.reporting;

/** What was published (S-27), and on which ground anything was withheld (G-8, G-9, G-12). */
public enum PublicationOutcome {
  /** the anonymised overview report and the executive summary. */
  FULL_REPORT("Overview report and executive summary", null),
  /** G-8, para 8.44: initiated before 10 June 2010, so the executive summary only; nothing was withheld. */
  SUMMARY_ONLY_BEFORE_10_JUNE_2010("Executive summary (initiated before 10 June 2010)", null),
  /** G-9, R-7.2: overview report withheld for compelling reasons about the welfare of a child directly concerned. */
  OVERVIEW_WITHHELD_WELFARE("Executive summary; overview withheld (child's welfare, G-9)", "G-9"),
  /** G-12: after independent legal advice, not published at all (court order or legal restriction). */
  NOT_PUBLISHED_LEGAL("Not published (legal restriction, G-12)", "G-12");

  private final String label;
  private final String withholdingGround;

  PublicationOutcome(String label, String withholdingGround) {
    this.label = label;
    this.withholdingGround = withholdingGround;
  }

  public String label() {
    return label;
  }

  /** The gateway whose ground withheld something, or null when nothing was withheld. */
  public String withholdingGround() {
    return withholdingGround;
  }

  /** From the publication's own outcome (publicationOutcome) and whether G-9 found compelling reasons. */
  static PublicationOutcome of(String publicationOutcome, boolean compellingWelfareReasons) {
    if (publicationOutcome == null) {
      return null;
    }
    return switch (publicationOutcome) {
      case "OVERVIEW_AND_SUMMARY" -> FULL_REPORT;
      case "SUMMARY_ONLY" -> compellingWelfareReasons ? OVERVIEW_WITHHELD_WELFARE : SUMMARY_ONLY_BEFORE_10_JUNE_2010;
      case "NOT_PUBLISHED" -> NOT_PUBLISHED_LEGAL;
      default -> null;
    };
  }
}
