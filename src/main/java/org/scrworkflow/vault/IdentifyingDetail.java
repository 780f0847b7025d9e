package org.scrworkflow.vault;

/** One identifying detail of a case, e.g. the child's name or the family's address. */
public record IdentifyingDetail(IdentifierKind kind, String value) {}
