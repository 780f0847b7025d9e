package org.scrworkflow.review;

/**
 * The one list of process-variable names of a review. Models, forms, DMN tables, delegates and tests use
 * these names; a test checks that every name a model or form uses is listed here.
 *
 * <p>Dates without a time are ISO strings {@code yyyy-MM-dd} (what Camunda Forms submit), read as dates
 * by DMN ({@code date(x)}) and by the calendar service.
 */
public final class ReviewVariables {

  private ReviewVariables() {}

  // referral record (S-01). Identifying details are never process variables: they live in the vault.
  public static final String CASE_REFERENCE = "caseReference";
  public static final String CHILD_PSEUDONYM = "childPseudonym";
  public static final String CHILD_AGE_YEARS = "childAgeYears";
  public static final String INCIDENT_DATE = "incidentDate";
  /** DEATH, SERIOUS_HARM or CUSTODY_DEATH (death in custody, a secure setting or MHA 1983 detention). */
  public static final String INCIDENT_TYPE = "incidentType";
  public static final String ABUSE_OR_NEGLECT = "abuseOrNeglectKnownOrSuspected";
  /** 8.11: LIFE_THREATENING_INJURY, SERIOUS_SEXUAL_ABUSE, PERMANENT_IMPAIRMENT, PARENT_MURDERED_DHR, OTHER. */
  public static final String SERIOUS_HARM_KIND = "seriousHarmKind";
  /** 8.12: concern about how the authority, Board partners or others worked together. */
  public static final String INTERAGENCY_CONCERN = "interagencyConcern";
  public static final String RESIDENCE_LSCB = "residenceLscb";
  /** Government Office region of the LSCB (G-5): NORTH_EAST ... LONDON ... SOUTH_WEST. */
  public static final String REGION = "region";
  public static final String LOOKED_AFTER = "lookedAfter";
  public static final String RESPONSIBLE_AUTHORITY_LSCB = "responsibleAuthorityLscb";
  public static final String PLACEMENT_LSCB = "placementLscb";
  public static final String AGENCIES_INVOLVED = "agenciesInvolved";
  public static final String PARALLEL_PROCEEDINGS_KNOWN = "parallelProceedingsKnown";
  /** when the authority became aware (starts T-1), and who recorded it. */
  public static final String AWARENESS_DATE = "awarenessDate";
  public static final String AWARENESS_RECORDED_BY = "awarenessRecordedBy";
}
