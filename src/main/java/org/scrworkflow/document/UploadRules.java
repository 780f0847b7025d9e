package org.scrworkflow.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Checks an uploaded file against {@link UploadProperties}: each problem as a sentence the author can act on. */
@Component
public class UploadRules {

  private final UploadProperties properties;

  UploadRules(UploadProperties properties) {
    this.properties = properties;
  }

  public UploadProperties properties() {
    return properties;
  }

  /** The problems with this file, named after the field it was attached to; empty when it may be stored. */
  public List<String> problems(String field, String fileName, byte[] content) {
    List<String> problems = new ArrayList<>();
    Optional<UploadType> type = UploadType.ofFileName(fileName);
    if (type.isEmpty() || !properties.allowedTypes().contains(type.get())) {
      problems.add(field + ": \"" + displayName(fileName) + "\" is not one of the types allowed (" + allowed() + ").");
      return problems;
    }
    if (content.length == 0) {
      problems.add(field + ": the file \"" + displayName(fileName) + "\" is empty.");
      return problems;
    }
    if (content.length > properties.maxBytes()) {
      problems.add(field + ": the file is " + megabytes(content.length) + "; the largest allowed is "
          + megabytes(properties.maxBytes()) + ".");
    }
    if (!type.get().matches(content)) {
      problems.add(field + ": \"" + displayName(fileName) + "\" is not a " + type.get().name()
          + " document inside, although its name says so.");
    }
    return problems;
  }

  public String allowed() {
    return properties.allowedTypes().stream().map(UploadType::name).collect(Collectors.joining(", "));
  }

  static String megabytes(long bytes) {
    return String.format(java.util.Locale.UK, "%.1f MB", bytes / 1_048_576.0);
  }

  /** The last part of a name a browser sent (never a path), without control characters, at most 120 characters. */
  static String displayName(String fileName) {
    if (fileName == null) {
      return "";
    }
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    name = name.replaceAll("\\p{Cntrl}", "").strip();
    return name.length() > 120 ? name.substring(0, 120) : name;
  }
}
