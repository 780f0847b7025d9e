package org.scrworkflow;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The packages are capabilities (README, "Where things live"; STYLE.md): one may use another, but no two use each
 * other, directly or round a loop, so each can be read, tested and changed from its own folder. A new cycle fails
 * the build, naming the classes that close it.
 */
class ArchitectureTest {

  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.scrworkflow");

  @Test
  @DisplayName("No cycle between the capability packages")
  void noPackageCycles() {
    slices().matching("org.scrworkflow.(*)..").should().beFreeOfCycles().check(MAIN);
  }
}
