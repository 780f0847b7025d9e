package org.scrworkflow.versions;

/** Which reviews to move: every running instance of one version of a process, to another version. */
public record MigrationRequest(String processDefinitionKey, Integer fromVersion, Integer toVersion) {

  void validate() {
    if (processDefinitionKey == null || processDefinitionKey.isBlank()) {
      throw new IllegalArgumentException("processDefinitionKey is required, e.g. \"serious-case-review\".");
    }
    if (fromVersion == null || toVersion == null) {
      throw new IllegalArgumentException(
          "fromVersion and toVersion are required (the definition versions, e.g. 1 and 2).");
    }
    if (fromVersion.equals(toVersion)) {
      throw new IllegalArgumentException("fromVersion and toVersion are the same version (" + fromVersion + ").");
    }
  }
}
