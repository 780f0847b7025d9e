package org.scrworkflow.contract;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a deployed form as the engine checks it: the rules a policy officer sets on it in Camunda Modeler.
 *
 * @param key the variable it writes
 * @param label what the person sees
 * @param type the form-js type (textfield, textarea, number, datetime, checkbox, select, radio, checklist), or
 *     "file" / "string" for an embedded HTML form's input
 * @param readonly shown, not entered: the step may send it back only as it was
 * @param required it must have a value when the step completes
 * @param minLength shortest text, or null
 * @param maxLength longest text, or null
 * @param min smallest number, or null
 * @param max largest number, or null
 * @param pattern a regular expression the text must match (never shown to a person), or null
 * @param values the allowed values of a select, radio or checklist; empty for free entry
 * @param hide a FEEL condition under which the form hides the field (and it is then not required), or null
 * @param plannedDate a date field whose date may lie ahead (the custom property {@code plannedDate}); other date
 *     fields record what happened, so not in the future
 * @param description the help the form shows under the field, or null
 * @param choicesFrom the list a value must come from, named in the custom property {@code choicesFrom}
 *     ({@value ChoiceSources#LSCBS}: the LSCB list; {@value ChoiceSources#AGENCIES}: the agencies onboarded here);
 *     null for none
 */
public record FormField(String key, String label, String type, boolean readonly, boolean required, Integer minLength,
    Integer maxLength, BigDecimal min, BigDecimal max, String pattern, List<String> values, String hide,
    boolean plannedDate, String description, String choicesFrom) {

  public boolean isDate() {
    return "datetime".equals(type);
  }

  public boolean isChoice() {
    return !values.isEmpty();
  }
}
