package org.scrworkflow.versions;

import java.util.List;

/** A change report as Markdown: one section per model, one table row per change. */
public final class ChangeReportMarkdown {

  private ChangeReportMarkdown() {}

  public static String render(String title, List<VersionChanges> models) {
    StringBuilder md = new StringBuilder("# Changes: ").append(title).append("\n\n");
    if (models.isEmpty()) {
      md.append("No process or decision in it.\n");
    }
    for (VersionChanges model : models) {
      md.append("## ").append(model.resource()).append(" (").append(model.modelKey()).append(versions(model))
          .append(")\n\n");
      if (model.changes().isEmpty()) {
        md.append("No changes.\n\n");
        continue;
      }
      md.append("| change | id | what | before | after |\n| --- | --- | --- | --- | --- |\n");
      for (ModelChange change : model.changes()) {
        md.append("| ").append(change.kind().label()).append(" | `").append(cell(change.elementId())).append("` | ")
            .append(cell(change.detail())).append(" | ").append(code(change.before())).append(" | ")
            .append(code(change.after())).append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** Deployed versions; none when files are compared (the build's report against the last release). */
  private static String versions(VersionChanges model) {
    if (model.toVersion() <= 0) {
      return "";
    }
    return model.fromVersion() == null ? ", version " + model.toVersion()
        : ", version " + model.fromVersion() + " -> " + model.toVersion();
  }

  private static String code(String text) {
    return text == null ? "" : "`" + cell(text).replace("`", "'") + "`";
  }

  private static String cell(String text) {
    return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
  }
}
