package org.scrworkflow.review;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL condition that selects one case's rows in the application's tables (vault, documents, notifications),
 * which all carry the columns {@code lscb} and {@code case_reference}: a case outside every LSCB matches only rows
 * without an LSCB, never another LSCB's rows.
 */
public final class CaseRows {

  private CaseRows() {}

  public static String where(CaseKey key) {
    return key.lscb() == null ? "case_reference = ? and lscb is null" : "case_reference = ? and lscb = ?";
  }

  /** The arguments of {@link #where}, followed by those of the rest of the statement. */
  public static Object[] args(CaseKey key, Object... more) {
    List<Object> args = new ArrayList<>();
    args.add(key.reference());
    if (key.lscb() != null) {
      args.add(key.lscb());
    }
    args.addAll(List.of(more));
    return args.toArray();
  }
}
