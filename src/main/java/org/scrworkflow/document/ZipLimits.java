package org.scrworkflow.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Guards against zip bombs before a DOCX or ODT is opened: the entries are inflated once, counting, and the reading
 * stops at the first limit passed (entries, bytes in all, bytes for each byte of the file).
 */
final class ZipLimits {

  static final int MAX_ENTRIES = 10_000;
  static final long MAX_UNZIPPED_BYTES = 512L * 1024 * 1024;
  static final int MAX_RATIO = 100;
  static final long MIN_ALLOWANCE = 32L * 1024 * 1024;

  private ZipLimits() {}

  /**
   * Inflates every entry within the limits, keeping those the filter wants (by name); throws
   * {@link PartsBuilder.TooLarge} past a limit.
   */
  static Map<String, byte[]> unzip(byte[] zip, Predicate<String> keep) throws IOException {
    long allowed = Math.min(MAX_UNZIPPED_BYTES, Math.max(MIN_ALLOWANCE, (long) zip.length * MAX_RATIO));
    Map<String, byte[]> kept = new LinkedHashMap<>();
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new PartsBuilder.TooLarge("it packs more than " + MAX_ENTRIES + " files");
        }
        boolean keeping = !entry.isDirectory() && keep.test(entry.getName());
        ByteArrayOutputStream content = keeping ? new ByteArrayOutputStream() : null;
        int read;
        while ((read = in.read(buffer)) > 0) {
          total += read;
          if (total > allowed) {
            throw new PartsBuilder.TooLarge("it unpacks to more than " + allowed / (1024 * 1024) + " MiB");
          }
          if (content != null) {
            content.write(buffer, 0, read);
          }
        }
        if (content != null) {
          kept.put(entry.getName(), content.toByteArray());
        }
      }
    }
    if (entries == 0) {
      throw new IOException("not a zip file");
    }
    return kept;
  }
}
