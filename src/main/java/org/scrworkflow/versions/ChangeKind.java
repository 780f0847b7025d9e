package org.scrworkflow.versions;

/** What changed in a model between two versions, as the change report names it. */
public enum ChangeKind {
  NEW_MODEL("new model"),
  NEW_VERSION("new version"),
  ADDED("added"),
  REMOVED("removed"),
  RENAMED("renamed"),
  TIMER_CHANGED("timer changed"),
  DUE_DATE_CHANGED("due date changed"),
  DECISION_ADDED("decision added"),
  DECISION_REMOVED("decision removed"),
  RULE_ADDED("rule added"),
  RULE_REMOVED("rule removed"),
  RULE_CHANGED("rule changed");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
