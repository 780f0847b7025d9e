package org.scrworkflow.vault;

/** What an identifying detail is (R-2.1, §7). */
public enum IdentifierKind {
  NAME,
  ALIAS,
  DATE_OF_BIRTH,
  ADDRESS,
  SCHOOL,
  PRACTITIONER_NAME
}
