package org.scrworkflow.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * One process variable of a review: its name and the Java type code reads it as. Declared once, in the class of
 * the process model that owns it ({@link SeriousCaseReview}, {@link IndividualManagementReview},
 * {@link ScrPublication}); code reads and writes it through this object instead of a string and a cast.
 *
 * <p>What the engine stores is what Camunda Forms submit: a date is an ISO string {@code yyyy-MM-dd}, read here as
 * a {@link LocalDate}; a number may be stored as any {@link Number}, read here as a {@link Long}.
 *
 * @param <T> the type code reads
 */
public final class ProcessVariable<T> {

  /** What kind of value a variable holds, as a form or a decision table sees it. */
  public enum Kind {
    /** Free or chosen text (text fields, text areas, selects, decision outputs). */
    TEXT,
    /** A yes/no answer (checkboxes, decision outputs). */
    FLAG,
    /** A calendar day, stored as {@code yyyy-MM-dd}. */
    DATE,
    /** A whole number. */
    NUMBER,
    /** The id of a document in the product's document store. */
    DOCUMENT_ID,
    /** An uploaded file (embedded forms' file fields); it lives until its task completes. */
    FILE,
    /** A list of ids (a checklist). */
    LIST,
    /** A record the engine keeps of names and whole numbers, e.g. the version of each rule a review began under. */
    VERSIONS
  }

  private final String name;
  private final Kind kind;
  private final Class<T> type;
  private final Function<Object, T> read;
  private final Function<T, Object> write;

  private ProcessVariable(String name, Kind kind, Class<T> type, Function<Object, T> read,
      Function<T, Object> write) {
    this.name = Objects.requireNonNull(name);
    this.kind = kind;
    this.type = type;
    this.read = read;
    this.write = write;
  }

  static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, Kind.TEXT, String.class, v -> v instanceof SpinJsonNode json
        ? json.toString() : v.toString(), v -> v);
  }

  static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, Kind.FLAG, Boolean.class, v -> v instanceof Boolean b ? b
        : Boolean.valueOf(v.toString()), v -> v);
  }

  static ProcessVariable<LocalDate> date(String name) {
    return new ProcessVariable<>(name, Kind.DATE, LocalDate.class, v -> toDate(name, v), LocalDate::toString);
  }

  static ProcessVariable<Long> number(String name) {
    return new ProcessVariable<>(name, Kind.NUMBER, Long.class, v -> toLong(name, v), v -> v);
  }

  static ProcessVariable<Long> documentId(String name) {
    return new ProcessVariable<>(name, Kind.DOCUMENT_ID, Long.class, v -> toLong(name, v), v -> v);
  }

  static ProcessVariable<FileValue> file(String name) {
    return new ProcessVariable<>(name, Kind.FILE, FileValue.class, v -> (FileValue) v, v -> v);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static ProcessVariable<List<String>> list(String name) {
    return new ProcessVariable<>(name, Kind.LIST, (Class) List.class, v -> toList(v), v -> v);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static ProcessVariable<Map<String, Integer>> versions(String name) {
    return new ProcessVariable<>(name, Kind.VERSIONS, (Class) Map.class, v -> toVersions(name, v), v -> v);
  }

  /** The variable's name, as the models, forms and decision tables spell it. */
  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  /** The Java type code reads. */
  public Class<T> type() {
    return type;
  }

  /** The value in this scope (or its parents), or null when there is none. */
  public T from(VariableScope scope) {
    return convert(scope.getVariable(name));
  }

  /** The value in this scope itself, not its parents, or null. */
  public T fromLocal(VariableScope scope) {
    return convert(scope.getVariableLocal(name));
  }

  /** The value in a map of variables (a start's or a completion's), or null. */
  public T from(Map<String, ?> variables) {
    return convert(variables.get(name));
  }

  /** Sets the value in this scope, as the engine stores it (a date as {@code yyyy-MM-dd}). */
  public void on(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  /** Sets the value in this scope itself (a task's own variable), as the engine stores it. */
  public void onLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, stored(value));
  }

  /** The value as the engine stores it, e.g. for a map of variables. */
  public Object stored(T value) {
    return value == null ? null : write.apply(value);
  }

  private T convert(Object value) {
    return value == null ? null : read.apply(value);
  }

  private static LocalDate toDate(String name, Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), java.time.ZoneId.of("Europe/London"));
    }
    try {
      return LocalDate.parse(value.toString().strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " is not a date written as yyyy-MM-dd", e);
    }
  }

  private static Long toLong(String name, Object value) {
    if (value instanceof Number number) {
      return number.longValue();
    }
    try {
      return Long.valueOf(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a whole number", e);
    }
  }

  private static Map<String, Integer> toVersions(String name, Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Integer> versions = new TreeMap<>();
      map.forEach((key, version) -> versions.put(String.valueOf(key), ((Number) version).intValue()));
      return versions;
    }
    throw new IllegalArgumentException(name + " is not a record of versions");
  }

  private static List<String> toList(Object value) {
    if (value instanceof SpinJsonNode json && json.isArray()) {
      return json.elements().stream().map(e -> e.isString() ? e.stringValue() : e.toString()).toList();
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().map(String::valueOf).toList();
    }
    return List.of(value.toString());
  }

  @Override
  public String toString() {
    return name;
  }
}
