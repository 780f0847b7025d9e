package org.scrworkflow.document;

/** Domain §6: who may see a document and whether it may ever be published. */
public enum Classification {
  /** Holds vault data: names, addresses. */
  IDENTIFYING,
  /** Pseudonymised, never published (IMRs, chronologies, drafts, records). */
  CONFIDENTIAL,
  /** May be published once G-8 to G-12 pass. */
  PUBLISHABLE
}
