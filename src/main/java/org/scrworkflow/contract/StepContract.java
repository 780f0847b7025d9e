package org.scrworkflow.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.spin.json.SpinJsonNode;
import org.scrworkflow.review.VariableWrite;

/**
 * The check of one step against its form: what the caller sent must be fields of the step (a field the form only
 * shows may come back unchanged), every required field has a value, and each value meets its field's rules. Every
 * problem is listed, each naming the field as the form shows it.
 */
final class StepContract {

  private StepContract() {}

  /**
   * @param stepName the step as the person knows it ("Decide whether to initiate an SCR")
   * @param form the step's deployed form
   * @param values every variable the step sees once the caller's values are in
   * @param sent what the caller wrote in this command
   * @param today the engine's today
   * @param hidden whether the form hides a field for these values (its FEEL condition)
   */
  static List<Problem> problems(String stepName, StepForm form, Map<String, Object> values, List<VariableWrite> sent,
      LocalDate today, Predicate<FormField> hidden) {
    List<Problem> problems = new ArrayList<>();
    for (VariableWrite write : sent) {
      FormField field = form.field(write.name());
      if (field == null) {
        if (write.changed()) {
          problems.add(new Problem(write.name(), "\"" + write.name() + "\" is not a field of the step \"" + stepName
              + "\", so it cannot be sent with it. Its fields are: " + String.join(", ", form.fields().keySet())
              + "."));
        }
      } else if (field.readonly() && write.changed()) {
        problems.add(new Problem(field.key(), quoted(field) + " is shown in this step, not entered: it cannot be"
            + " changed here."));
      }
    }
    for (FormField field : form.fields().values()) {
      if (field.readonly() || hidden.test(field)) {
        continue;
      }
      Object value = values.get(field.key());
      if (blank(value)) {
        if ("file".equals(field.type())) {
          continue; // the upload rules say which files are missing, in their own words
        }
        if ("checkbox".equals(field.type())) {
          // a form always sends a tick box, ticked or not; a caller who leaves it out has not answered
          problems.add(new Problem(field.key(), quoted(field) + " must be answered yes or no (true or false)."));
        } else if (field.required()) {
          problems.add(new Problem(field.key(), quoted(field) + " is required."));
        }
        continue;
      }
      String problem = valueProblem(field, value, today);
      if (problem != null) {
        problems.add(new Problem(field.key(), problem));
      }
    }
    problems.addAll(CrossFieldRules.problems(form, values, today));
    return problems;
  }

  static boolean blank(Object value) {
    if (value == null || value.toString().isBlank()) {
      return true;
    }
    List<String> chosen = value instanceof Collection<?> || value instanceof SpinJsonNode ? choices(value) : null;
    return chosen != null && chosen.isEmpty();
  }

  /** What is wrong with a value for its field, in a sentence; null when it meets every rule. */
  static String valueProblem(FormField field, Object value, LocalDate today) {
    String name = quoted(field);
    switch (field.type()) {
      case "checkbox" -> {
        return value instanceof Boolean ? null : name + " must be yes or no (true or false), not \"" + value + "\".";
      }
      case "number" -> {
        BigDecimal number = number(value);
        if (number == null) {
          return name + " must be a number, not \"" + value + "\".";
        }
        if (field.min() != null && number.compareTo(field.min()) < 0
            || field.max() != null && number.compareTo(field.max()) > 0) {
          return name + " must be between " + plain(field.min()) + " and " + plain(field.max()) + "; "
              + plain(number) + " is outside that range.";
        }
        return null;
      }
      case "datetime" -> {
        LocalDate date = date(value);
        if (date == null) {
          return name + " is not a date: write it as year-month-day, as 2011-03-14 (it was \"" + value + "\").";
        }
        if (!field.plannedDate() && date.isAfter(today)) {
          return name + " is " + date + ", which is in the future: record the date it happened. Check the day and"
              + " month.";
        }
        return null;
      }
      case "checklist" -> {
        List<String> chosen = choices(value);
        if (field.choicesFrom() != null) {
          // its choices are a list of the system's (ChoiceSources), not the form's: only the shape is checked here
          return chosen == null ? name + " must be a list of ids from its list (GET /api/" + field.choicesFrom()
              + ")." : null;
        }
        if (chosen == null) {
          return name + " must be a list of choices from: " + String.join(", ", field.values()) + ".";
        }
        List<String> unknown = chosen.stream().filter(v -> !field.values().contains(v)).toList();
        return unknown.isEmpty() ? null : name + " has " + String.join(", ", unknown) + ", which is not one of its"
            + " choices: " + String.join(", ", field.values()) + ".";
      }
      case "file" -> {
        return null; // the upload rules check files (type, size, content) as they are received
      }
      default -> {
        return textProblem(field, name, value);
      }
    }
  }

  private static String textProblem(FormField field, String name, Object value) {
    if (!(value instanceof String text)) {
      return name + " must be text, not " + (value instanceof Boolean ? "yes or no" : "a number") + ".";
    }
    if (field.isChoice() && !field.values().contains(text)) {
      return name + " is \"" + text + "\", which is not one of its choices: " + String.join(", ", field.values())
          + ".";
    }
    if (field.pattern() != null && !matches(field.pattern(), text)) {
      // the text is not repeated: a name typed into the wrong field must not travel further in a message
      return name + " is not in the form this field takes" + (field.description() == null ? "."
          : ": " + field.description());
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      return name + " is " + text.length() + " characters long; at most " + field.maxLength() + " are allowed.";
    }
    if (field.minLength() != null && text.strip().length() < field.minLength()) {
      return name + " must be at least " + field.minLength() + " characters long.";
    }
    return null;
  }

  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return true; // a pattern the form cannot use either; the deployment check reports it
    }
  }

  /** The choices of a checklist as a form (a JSON array) or a REST caller (a list, or text with commas) sent them. */
  static List<String> choices(Object value) {
    List<String> chosen = new ArrayList<>();
    if (value instanceof SpinJsonNode json) {
      if (!json.isArray()) {
        return null;
      }
      json.elements().forEach(element -> chosen.add(element.isString() ? element.stringValue() : element.toString()));
    } else if (value instanceof Collection<?> list) {
      list.forEach(element -> chosen.add(String.valueOf(element)));
    } else if (value instanceof String text) {
      for (String part : text.replaceAll("[\\[\\]\"]", "").split(",")) {
        if (!part.isBlank()) {
          chosen.add(part.strip());
        }
      }
    } else {
      return null;
    }
    return chosen;
  }

  static String quoted(FormField field) {
    return "\"" + field.label() + "\" (" + field.key() + ")";
  }

  private static BigDecimal number(Object value) {
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    return null;
  }

  private static String plain(BigDecimal number) {
    return number == null ? "any" : number.stripTrailingZeros().toPlainString();
  }

  static LocalDate date(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
