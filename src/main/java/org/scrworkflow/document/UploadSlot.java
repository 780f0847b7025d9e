package org.scrworkflow.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * A file a user task asks for, as the model declares it in the task's extension properties (Camunda Modeler:
 * Extension properties), so a policy officer sees and changes it there:
 * name {@code upload:imrFile}, value {@code IMR} (required) or {@code CHRONOLOGY, optional}.
 * The form's file field has the same variable name; the stored document's id lands in {@code imrDocumentId}.
 */
public record UploadSlot(String variable, DocumentKind kind, boolean required) {

  public static final String PREFIX = "upload:";

  /** The variable that holds the stored document's id: imrFile → imrDocumentId. */
  public String documentIdVariable() {
    String stem = variable.endsWith("File") ? variable.substring(0, variable.length() - 4) : variable;
    return stem + "DocumentId";
  }

  public static List<UploadSlot> of(BaseElement element) {
    List<UploadSlot> slots = new ArrayList<>();
    ExtensionElements extensions = element == null ? null : element.getExtensionElements();
    if (extensions == null) {
      return slots;
    }
    for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        String name = property.getCamundaName();
        if (name != null && name.startsWith(PREFIX)) {
          slots.add(parse(element.getId(), name.substring(PREFIX.length()).strip(), property.getCamundaValue()));
        }
      }
    }
    return slots;
  }

  static UploadSlot parse(String elementId, String variable, String value) {
    String[] parts = value == null ? new String[0] : value.split(",");
    if (variable.isEmpty() || parts.length == 0 || parts.length > 2) {
      throw new IllegalArgumentException(elementId + ": an upload property reads \"upload:<file variable>\" ="
          + " \"<document kind>\" or \"<document kind>, optional\", not \"" + value + "\"");
    }
    DocumentKind kind;
    try {
      kind = DocumentKind.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(elementId + ": \"" + parts[0].strip() + "\" is not a document kind ("
          + java.util.Arrays.toString(DocumentKind.values()) + ")", e);
    }
    if (kind.template() != null) {
      throw new IllegalArgumentException(elementId + ": " + kind + " documents are generated, not uploaded");
    }
    boolean optional = parts.length == 2 && parts[1].strip().equalsIgnoreCase("optional");
    if (parts.length == 2 && !optional) {
      throw new IllegalArgumentException(elementId + ": after the document kind only \"optional\" may follow");
    }
    return new UploadSlot(variable, kind, !optional);
  }
}
