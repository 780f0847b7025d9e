package org.scrworkflow.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/process.md maps every flow node of every model to its rule; a renamed or added element fails here. */
class ProcessDocTest {

  @Test
  @DisplayName("Every flow node of every model has a row in docs/process.md with its current name")
  void everyElementIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("docs/process.md"));
    for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
      for (FlowNode node : Bpmn.readModelFromFile(file).getModelElementsByType(FlowNode.class)) {
        assertThat(doc).as(file.getName() + " " + node.getId())
            .contains("| " + node.getName() + " | `" + node.getId() + "` |");
      }
    }
  }
}
