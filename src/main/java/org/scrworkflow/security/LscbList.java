package org.scrworkflow.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The LSCB list: every LSCB a review may name (the child's home LSCB, the responsible authority's, a placement's,
 * the lead and its partners). It is the LSCBs of this system (the tenants an administrator adds) and the LSCBs of
 * England that do not use it, configured under {@code scr.lscb-list.others}: a child who lives in one area and is
 * harmed in another names an LSCB that may run its reviews elsewhere. An LSCB typed as free text ("Northmoor" for
 * lscb-northmoor) would make one LSCB count as two, so a field of the list takes an id from it and nothing else.
 *
 * @param others the LSCBs outside this system: id (as a tenant id would be) to name. A map, so that a profile
 *     or a deployment adds LSCBs to the list rather than replacing it
 */
@ConfigurationProperties(prefix = "scr.lscb-list")
public record LscbList(Map<String, String> others) {

  public LscbList {
    others = others == null ? Map.of() : new java.util.TreeMap<>(others);
    others.forEach((id, name) -> {
      if (!Lscbs.ID.matcher(id).matches()) {
        throw new IllegalArgumentException("scr.lscb-list.others: an LSCB id is 2 to 63 lower-case letters, digits"
            + " and hyphens, e.g. \"lscb-eastmarsh\"; not \"" + id + "\"");
      }
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("scr.lscb-list.others: give the LSCB " + id + " a name");
      }
    });
    others = java.util.Collections.unmodifiableMap(others);
  }

  /** The whole list by id: the LSCBs of this system (tenant id and name) first, then the others. */
  public Map<String, String> withTenants(Map<String, String> tenants) {
    Map<String, String> all = new LinkedHashMap<>(tenants);
    others.forEach(all::putIfAbsent);
    return all;
  }
}
