package org.scrworkflow.notification;

import java.util.Arrays;
import java.util.List;

/** Who a service task's {@code recipients} input may name (comma-separated). */
public enum RecipientRole {
  /** Ofsted always receives incident, decision and submission notifications (G-5). */
  OFSTED,
  /** The Government Office for the region or the DfE Safeguarding Group, by send date (G-5). */
  GOVERNMENT,
  BUSINESS_MANAGER,
  LSCB_CHAIR,
  /** The senior managers of every involved agency (S-04). */
  AGENCY_SENIOR_MANAGERS,
  /** The senior manager of the agency whose IMR this is. */
  AGENCY_SENIOR_MANAGER,
  /** The IMR author of the agency whose IMR this is. */
  AGENCY_IMR_AUTHOR,
  /**
   * The chair and the business manager of each partner LSCB of the review that uses this system (S-03, G-4): they
   * are told of the decision as the lead is. A partner outside this system has no address here.
   */
  PARTNER_LSCBS;

  /** Parses "OFSTED,GOVERNMENT"; an unknown name says which names exist. */
  public static List<RecipientRole> parseList(String names) {
    return Arrays.stream(names.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(name -> {
          try {
            return valueOf(name);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "Unknown recipient '" + name + "'; known recipients: " + Arrays.toString(values()), e);
          }
        })
        .toList();
  }
}
