package org.scrworkflow.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file an author may upload: documents that open on an LSCB's machines and that the application
 * can recognise by their first bytes, so a renamed program or image is not stored as a report.
 */
public enum UploadType {
  PDF("pdf", "application/pdf", "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip()),
  ODT("odt", "application/vnd.oasis.opendocument.text", zip());

  private final String extension;
  private final String mediaType;
  private final byte[] magic;

  UploadType(String extension, String mediaType, byte[] magic) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.magic = magic;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The type a file name's extension says, if it is one of these. */
  public static Optional<UploadType> ofFileName(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.extension.equals(extension)).findFirst();
  }

  /** Whether the content starts as a file of this type does. */
  public boolean matches(byte[] content) {
    if (content.length < magic.length) {
      return false;
    }
    return Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  private static byte[] zip() {
    return new byte[] {'P', 'K', 3, 4};
  }
}
