package org.scrworkflow.testsupport;

import org.scrworkflow.review.CaseKey;

/** The cases of the tests: a case is (LSCB, reference). */
public final class Cases {

  public static final String NORTHMOOR = "lscb-northmoor";
  public static final String SOUTHVALE = "lscb-southvale";

  private Cases() {}

  /** A case of Northmoor LSCB, where the demo's business manager starts reviews. */
  public static CaseKey northmoor(String reference) {
    return new CaseKey(NORTHMOOR, reference);
  }

  /**
   * A case of a review started by the engine drivers ({@link Referrals}): they start it with no user, for a home
   * LSCB ("lscb-x") that is no tenant, so the review belongs to no LSCB.
   */
  public static CaseKey scenario(String reference) {
    return new CaseKey(null, reference);
  }
}
