package org.scrworkflow.document;

import java.util.List;

/**
 * Everything a reader of a document can reach, part by part (the body or a page, each header, footer, footnote,
 * comment, tracked deletion, hidden text, alternative text, property...), and what the reading could not settle
 * by itself: a document it could not read, a page that is only an image, an embedded file, text under a black box.
 */
public record DocumentText(String document, List<Part> parts, List<Concern> concerns) {

  /** One part a reader can reach, named as a person finds it ("page 3", "comment 2", "property \"author\""). */
  public record Part(String name, String text) {}

  /**
   * Something a person must look at. {@code blocks}: the document cannot pass as it is (it could not be read, or
   * not in full); otherwise a person confirms it (a page that is only an image, an embedded file).
   */
  public record Concern(String part, String problem, boolean blocks) {}

  public DocumentText {
    parts = List.copyOf(parts);
    concerns = List.copyOf(concerns);
  }
}
