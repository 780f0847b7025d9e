package org.scrworkflow.security;

import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * The roles of Chapter 8 (domain document §2) as Camunda groups. Candidate groups on user tasks use these
 * ids; agency roles are per agency, see {@link AgencyRole}.
 */
public enum Role {
  LSCB_CHAIR("lscb-chair", "LSCB chair"),
  BUSINESS_MANAGER("lscb-business-manager", "LSCB business manager"),
  PANEL_MEMBER("scr-panel", "SCR panel member"),
  OVERVIEW_AUTHOR("overview-author", "Overview author"),
  HEALTH_OVERVIEW_AUTHOR("health-overview-author", "Health overview author"),
  MANAGER("scr-manager", "Manager (reads reviews in Cockpit)"),
  POLICY_TEAM("policy-team", "Policy team (deploys models)");

  /**
   * Who reads what identifies a case (the vault, the notification record, the audit trail, identifying
   * documents): the LSCB's business manager and chair, and administrators.
   */
  public static final Set<String> CASE_LEADS =
      Set.of(BUSINESS_MANAGER.groupId, LSCB_CHAIR.groupId, Groups.CAMUNDA_ADMIN);

  private final String groupId;
  private final String displayName;

  Role(String groupId, String displayName) {
    this.groupId = groupId;
    this.displayName = displayName;
  }

  public String groupId() {
    return groupId;
  }

  public String displayName() {
    return displayName;
  }
}
