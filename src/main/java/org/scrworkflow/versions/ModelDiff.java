package org.scrworkflow.versions;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What changed between two versions of a model, by id: BPMN elements added, removed or renamed, timers
 * (timeDate, timeDuration, timeCycle) and user-task due dates changed; DMN decisions added or removed, and per
 * decision table the rules added, removed or changed with their input and output entries. Pure: no engine.
 */
public final class ModelDiff {

  private ModelDiff() {}

  /** The changes from {@code before} (null: a new model) to {@code after}; files other than BPMN or DMN have none. */
  public static List<ModelChange> between(String resource, byte[] before, byte[] after) {
    if (resource.endsWith(".bpmn") || resource.endsWith(".bpmn20.xml")) {
      BpmnModelInstance now = Bpmn.readModelFromStream(new ByteArrayInputStream(after));
      return before == null ? List.of(newModel(resource, processIds(now)))
          : bpmn(resource, Bpmn.readModelFromStream(new ByteArrayInputStream(before)), now);
    }
    if (resource.endsWith(".dmn") || resource.endsWith(".dmn11.xml")) {
      DmnModelInstance now = Dmn.readModelFromStream(new ByteArrayInputStream(after));
      return before == null ? List.of(newModel(resource, decisionIds(now)))
          : dmn(resource, Dmn.readModelFromStream(new ByteArrayInputStream(before)), now);
    }
    return List.of();
  }

  static List<ModelChange> bpmn(String resource, BpmnModelInstance before, BpmnModelInstance after) {
    List<ModelChange> changes = new ArrayList<>();
    Map<String, FlowElement> old = flowElements(before);
    Map<String, FlowElement> now = flowElements(after);
    old.forEach((id, element) -> {
      if (!now.containsKey(id)) {
        changes.add(new ModelChange(resource, ChangeKind.REMOVED, id, describe(element), describe(element), null));
      }
    });
    now.forEach((id, element) -> {
      FlowElement previous = old.get(id);
      if (previous == null) {
        changes.add(new ModelChange(resource, ChangeKind.ADDED, id, describe(element), null, describe(element)));
        return;
      }
      if (!Objects.equals(previous.getName(), element.getName())) {
        changes.add(new ModelChange(resource, ChangeKind.RENAMED, id, typeOf(element), previous.getName(),
            element.getName()));
      }
      String oldTimer = timer(previous);
      String newTimer = timer(element);
      if (!Objects.equals(oldTimer, newTimer)) {
        changes.add(new ModelChange(resource, ChangeKind.TIMER_CHANGED, id, describe(element), oldTimer, newTimer));
      }
      if (previous instanceof UserTask was && element instanceof UserTask is
          && !Objects.equals(was.getCamundaDueDate(), is.getCamundaDueDate())) {
        changes.add(new ModelChange(resource, ChangeKind.DUE_DATE_CHANGED, id, describe(element),
            was.getCamundaDueDate(), is.getCamundaDueDate()));
      }
    });
    return changes;
  }

  static List<ModelChange> dmn(String resource, DmnModelInstance before, DmnModelInstance after) {
    List<ModelChange> changes = new ArrayList<>();
    Map<String, Decision> old = decisions(before);
    Map<String, Decision> now = decisions(after);
    old.forEach((id, decision) -> {
      if (!now.containsKey(id)) {
        changes.add(new ModelChange(resource, ChangeKind.DECISION_REMOVED, id, quoted(decision.getName()), null, null));
      }
    });
    now.forEach((id, decision) -> {
      Decision previous = old.get(id);
      if (previous == null) {
        changes.add(new ModelChange(resource, ChangeKind.DECISION_ADDED, id, quoted(decision.getName()), null, null));
      } else {
        rules(resource, id, table(previous), table(decision), changes);
      }
    });
    return changes;
  }

  private static void rules(String resource, String decisionId, DecisionTable before, DecisionTable after,
      List<ModelChange> changes) {
    if (before == null || after == null) {
      return;
    }
    Map<String, String> old = ruleTexts(before);
    Map<String, String> now = ruleTexts(after);
    old.forEach((id, text) -> {
      if (!now.containsKey(id)) {
        changes.add(new ModelChange(resource, ChangeKind.RULE_REMOVED, id, "table " + decisionId, text, null));
      }
    });
    now.forEach((id, text) -> {
      String previous = old.get(id);
      if (previous == null) {
        changes.add(new ModelChange(resource, ChangeKind.RULE_ADDED, id, "table " + decisionId, null, text));
      } else if (!previous.equals(text)) {
        changes.add(new ModelChange(resource, ChangeKind.RULE_CHANGED, id, "table " + decisionId, previous, text));
      }
    });
  }

  /** A rule as one line: {@code timescaleId "T-1" -> amount 5, unit "WORKING_DAYS", description "..."}. */
  private static Map<String, String> ruleTexts(DecisionTable table) {
    List<String> inputs = table.getInputs().stream().map(ModelDiff::label).toList();
    List<String> outputs = table.getOutputs().stream().map(ModelDiff::label).toList();
    Map<String, String> texts = new LinkedHashMap<>();
    for (Rule rule : table.getRules()) {
      List<String> when = new ArrayList<>();
      int i = 0;
      for (InputEntry entry : rule.getInputEntries()) {
        String text = entry.getText() == null ? "" : entry.getText().getTextContent().trim();
        when.add(column(inputs, i++, "input") + " " + (text.isEmpty() ? "-" : text));
      }
      List<String> then = new ArrayList<>();
      i = 0;
      for (OutputEntry entry : rule.getOutputEntries()) {
        String text = entry.getText() == null ? "" : entry.getText().getTextContent().trim();
        then.add(column(outputs, i++, "output") + " " + (text.isEmpty() ? "-" : text));
      }
      texts.put(rule.getId(), String.join(", ", when) + " -> " + String.join(", ", then));
    }
    return texts;
  }

  private static String label(Input input) {
    if (input.getLabel() != null && !input.getLabel().isBlank()) {
      return input.getLabel();
    }
    return input.getInputExpression() != null && input.getInputExpression().getText() != null
        ? input.getInputExpression().getText().getTextContent().trim() : input.getId();
  }

  private static String label(Output output) {
    return output.getName() != null ? output.getName() : output.getLabel() != null ? output.getLabel() : output.getId();
  }

  private static String column(List<String> names, int index, String fallback) {
    return index < names.size() ? names.get(index) : fallback + " " + (index + 1);
  }

  private static DecisionTable table(Decision decision) {
    return decision.getExpression() instanceof DecisionTable table ? table : null;
  }

  private static Map<String, Decision> decisions(DmnModelInstance model) {
    Map<String, Decision> decisions = new LinkedHashMap<>();
    model.getModelElementsByType(Decision.class).forEach(d -> decisions.put(d.getId(), d));
    return decisions;
  }

  private static Map<String, FlowElement> flowElements(BpmnModelInstance model) {
    Map<String, FlowElement> elements = new LinkedHashMap<>();
    model.getModelElementsByType(FlowElement.class).forEach(e -> elements.put(e.getId(), e));
    return elements;
  }

  /** timeDate, timeDuration or timeCycle of a timer event, e.g. {@code timeDate ${deadlines.after('T-1', ...)}}. */
  private static String timer(FlowElement element) {
    for (TimerEventDefinition timer : element.getChildElementsByType(TimerEventDefinition.class)) {
      if (timer.getTimeDate() != null) {
        return "timeDate " + timer.getTimeDate().getTextContent().trim();
      }
      if (timer.getTimeDuration() != null) {
        return "timeDuration " + timer.getTimeDuration().getTextContent().trim();
      }
      if (timer.getTimeCycle() != null) {
        return "timeCycle " + timer.getTimeCycle().getTextContent().trim();
      }
    }
    return null;
  }

  private static String describe(FlowElement element) {
    return typeOf(element) + (element.getName() == null ? "" : " " + quoted(element.getName()));
  }

  private static String typeOf(ModelElementInstance element) {
    return element.getElementType().getTypeName();
  }

  private static String quoted(String name) {
    return name == null ? "" : "\"" + name + "\"";
  }

  private static ModelChange newModel(String resource, String ids) {
    return new ModelChange(resource, ChangeKind.NEW_MODEL, ids, "first version", null, null);
  }

  private static String processIds(BpmnModelInstance model) {
    return String.join(", ", model.getModelElementsByType(Process.class).stream().map(Process::getId).toList());
  }

  private static String decisionIds(DmnModelInstance model) {
    return String.join(", ", decisions(model).keySet());
  }
}
