package org.scrworkflow.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The build's change report: every model in {@code processes/} against its copy in the last release
 * ({@code src/test/resources/release-baseline/}), written to {@code target/change-report.md} for the reviewer of a
 * release.
 */
class ReleaseChangeReportTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path BASELINE = Path.of("src", "test", "resources", "release-baseline");
  static final Path REPORT = Path.of("target", "change-report.md");

  @Test
  @DisplayName("./mvnw verify writes target/change-report.md: processes/ against the last release, every changed"
      + " element named")
  void writesTheReportAgainstTheLastRelease() throws IOException {
    List<VersionChanges> models = compare(PROCESSES, BASELINE);

    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, ChangeReportMarkdown.render("processes/ against the last release", models));

    assertThat(models).extracting(VersionChanges::resource).contains("serious-case-review.bpmn",
        "statutory-timescale.dmn");
    assertThat(Files.readString(REPORT)).startsWith("# Changes: processes/ against the last release");
    // the models change between releases (the baseline is copied again at each release): whatever changed since
    // the last one is in the report, element by element, for the reviewer of the release
    String report = Files.readString(REPORT);
    models.stream().flatMap(model -> model.changes().stream()).forEach(change ->
        assertThat(report).as("the report names %s", change.elementId()).contains(change.elementId()));
  }

  /** Every model of the folder against the file of the same name in the baseline (none there: a new model). */
  static List<VersionChanges> compare(Path models, Path baseline) throws IOException {
    List<VersionChanges> report = new ArrayList<>();
    try (Stream<Path> files = Files.list(models)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).sorted()
          .toList()) {
        String name = file.getFileName().toString();
        Path released = baseline.resolve(name);
        byte[] before = Files.exists(released) ? Files.readAllBytes(released) : null;
        report.add(new VersionChanges(name, name.substring(0, name.lastIndexOf('.')), null, 0,
            ModelDiff.between(name, before, Files.readAllBytes(file))));
      }
    }
    try (Stream<Path> files = Files.list(baseline)) {
      for (Path gone : files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn"))
          .filter(f -> !Files.exists(models.resolve(f.getFileName()))).sorted().toList()) {
        String name = gone.getFileName().toString();
        report.add(new VersionChanges(name, name.substring(0, name.lastIndexOf('.')), null, 0, List.of(
            new ModelChange(name, ChangeKind.REMOVED, name, "model removed since the last release", null, null))));
      }
    }
    return report;
  }
}
