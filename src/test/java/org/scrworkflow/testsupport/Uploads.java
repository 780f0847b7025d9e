package org.scrworkflow.testsupport;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

/** Files as Tasklist submits them from an embedded form's file field: a file variable with name and type. */
public final class Uploads {

  private Uploads() {}

  /** A small real PDF (opens in a reader) whose text is the given line. */
  public static byte[] pdfBytes(String line) {
    String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 100]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
        + "4 0 obj<</Length " + (line.length() + 36) + ">>stream\nBT /F1 12 Tf 20 50 Td (" + line + ") Tj ET\nendstream endobj\n"
        + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    return body.getBytes(StandardCharsets.US_ASCII);
  }

  public static FileValue pdf(String fileName) {
    return file(fileName, "application/pdf", pdfBytes(fileName));
  }

  public static FileValue file(String fileName, String mimeType, byte[] content) {
    return Variables.fileValue(fileName).file(content).mimeType(mimeType).create();
  }
}
