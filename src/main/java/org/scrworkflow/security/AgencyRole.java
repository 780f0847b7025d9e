package org.scrworkflow.security;

/**
 * Roles held inside one agency: the IMR author writes the agency's IMR (S-18), the senior manager
 * commissions and signs it off (S-13, S-19). Each agency has its own group so that its IMR tasks reach
 * nobody else.
 */
public enum AgencyRole {
  IMR_AUTHOR("imr-author-", "IMR author"),
  SENIOR_MANAGER("senior-manager-", "Senior manager");

  private final String groupPrefix;
  private final String displayName;

  AgencyRole(String groupPrefix, String displayName) {
    this.groupPrefix = groupPrefix;
    this.displayName = displayName;
  }

  /** The group id of this role in the given agency, e.g. {@code imr-author-police}. */
  public String groupId(String agencyId) {
    return groupPrefix + agencyId;
  }

  public String displayName(String agencyName) {
    return displayName + ", " + agencyName;
  }

  /** The agency whose group of this role this is ({@code imr-author-police}: police), or null for another group. */
  public String agencyId(String groupId) {
    return groupId != null && groupId.startsWith(groupPrefix) && groupId.length() > groupPrefix.length()
        ? groupId.substring(groupPrefix.length()) : null;
  }

  /** The agency's name in its group's name, as {@link #displayName} wrote it; a group renamed in Admin keeps it all. */
  public String agencyName(String groupName) {
    String prefix = displayName + ", ";
    return groupName != null && groupName.startsWith(prefix) ? groupName.substring(prefix.length()) : groupName;
  }
}
