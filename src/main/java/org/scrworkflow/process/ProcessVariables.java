package org.scrworkflow.process;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every variable name the product knows: the variables of the three process classes and the columns of the decision
 * tables it evaluates itself. The model and decision-table checks (policy/) accept these names and no others.
 */
public final class ProcessVariables {

  /** The classes that declare variables, owner first. */
  public static final List<Class<?>> DECLARING_CLASSES = List.of(SeriousCaseReview.class,
      IndividualManagementReview.class, ScrPublication.class, ScrFurtherReview.class, DecisionColumns.class);

  private static final Map<String, ProcessVariable<?>> ALL = read();

  private ProcessVariables() {}

  /** Every variable by name, in the order declared. */
  public static Map<String, ProcessVariable<?>> all() {
    return ALL;
  }

  /** The variable of that name, or null when the product does not know it. */
  public static ProcessVariable<?> named(String name) {
    return ALL.get(name);
  }

  private static Map<String, ProcessVariable<?>> read() {
    Map<String, ProcessVariable<?>> all = new LinkedHashMap<>();
    for (Class<?> type : DECLARING_CLASSES) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
          try {
            ProcessVariable<?> variable = (ProcessVariable<?>) field.get(null);
            ProcessVariable<?> earlier = all.putIfAbsent(variable.name(), variable);
            if (earlier != null) {
              throw new IllegalStateException(variable.name() + " is declared twice");
            }
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return Collections.unmodifiableMap(all);
  }
}
