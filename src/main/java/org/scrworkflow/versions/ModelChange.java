package org.scrworkflow.versions;

/**
 * One change of one model: the element (a BPMN element id, a DMN rule id) and what it was and is. {@code before}
 * is empty for something added, {@code after} for something removed.
 */
public record ModelChange(String resource, ChangeKind kind, String elementId, String detail, String before,
    String after) {}
