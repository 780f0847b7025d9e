package org.scrworkflow.versions;

import java.util.List;

/** The changes of one model of a deployment against its previous version ({@code fromVersion} null: a new model). */
public record VersionChanges(String resource, String modelKey, Integer fromVersion, int toVersion,
    List<ModelChange> changes) {}
