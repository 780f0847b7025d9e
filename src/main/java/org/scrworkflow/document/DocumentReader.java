package org.scrworkflow.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Reads everything a reader can reach in a PDF, Word (DOCX) or OpenDocument (ODT) file, part by part, for the
 * anonymisation check (G-11; docs/anonymisation.md). A file it cannot read (damaged, encrypted, another type, past
 * a limit) comes back with a concern that blocks: a document the check could not read never passes.
 */
@Component
public class DocumentReader {

  private static final Logger log = LoggerFactory.getLogger(DocumentReader.class);

  /** The largest file read: above the upload limit of a 150-page report. */
  static final int MAX_BYTES = 100 * 1024 * 1024;
  /** The most text read from one document: a 150-page report holds about half a million characters. */
  static final long MAX_CHARS = 20_000_000;

  /**
   * Reads a document. {@code document} names it in the findings (its title or file name as the author gave it);
   * the type is told by the content, not by the name.
   */
  public DocumentText read(String document, byte[] content) {
    PartsBuilder parts = new PartsBuilder(MAX_CHARS);
    String unreadable = null;
    try {
      if (content == null || content.length == 0) {
        unreadable = "the file is empty";
      } else if (content.length > MAX_BYTES) {
        unreadable = "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB, more than this check reads";
      } else if (UploadType.PDF.matches(content)) {
        PdfText.read(content, parts);
      } else if (UploadType.DOCX.matches(content)) {
        if (isOdt(content)) {
          OdfText.read(content, parts);
        } else {
          WordText.read(content, parts);
        }
      } else {
        unreadable = "the file is not a PDF, Word (DOCX) or OpenDocument (ODT) document";
      }
    } catch (PartsBuilder.TooLarge e) {
      unreadable = "the file could not be read in full: " + e.getMessage();
    } catch (IOException | SAXException | RuntimeException e) {
      // the exception's message may quote the document: only its class is logged
      log.warn("Could not read a document for the anonymisation check: {}", e.getClass().getSimpleName());
      unreadable = "the file could not be read (" + reason(e) + "): open it, save it again as PDF, DOCX or ODT,"
          + " and upload it again";
    }
    if (unreadable != null) {
      parts = new PartsBuilder(MAX_CHARS);
      parts.block(null, unreadable + ". A document that cannot be read is never taken as anonymised");
    }
    return parts.build(document);
  }

  private static String reason(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("encrypted") || message.contains("password")) {
      return "it is encrypted with a password";
    }
    return "it is damaged or not what its type says";
  }

  /** An ODF package starts with its uncompressed "mimetype" entry. */
  private static boolean isOdt(byte[] zip) {
    byte[] name = "mimetype".getBytes(StandardCharsets.US_ASCII);
    if (zip.length < 30 + name.length + OdfText.MEDIA_TYPE.length()) {
      return false;
    }
    int nameLength = (zip[26] & 0xff) | (zip[27] & 0xff) << 8;
    int extra = (zip[28] & 0xff) | (zip[29] & 0xff) << 8;
    if (nameLength != name.length || !Arrays.equals(zip, 30, 30 + name.length, name, 0, name.length)) {
      return false;
    }
    int start = 30 + nameLength + extra;
    byte[] type = OdfText.MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
    return zip.length >= start + type.length && Arrays.equals(zip, start, start + type.length, type, 0, type.length);
  }
}
