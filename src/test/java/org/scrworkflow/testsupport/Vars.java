package org.scrworkflow.testsupport;

import java.util.HashMap;
import java.util.Map;

/** {@code vars("a", 1, "b", true)}: a mutable map of process variables for tests. */
public final class Vars {

  private Vars() {}

  public static Map<String, Object> vars(Object... keysAndValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
