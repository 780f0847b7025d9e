package org.scrworkflow.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/rest-contract.md stays true: its task table is exactly the user tasks of the models. */
class RestContractTest {

  private static final Pattern ROW =
      Pattern.compile("^\\| `([a-z-]+)` \\| `(\\w+)` \\| [^|]+ \\| `([^`]+)` \\|", Pattern.MULTILINE);

  @Test
  @DisplayName("Every user task is documented once, with its process and candidate groups, and nothing else is")
  void taskTableMatchesTheModels() throws Exception {
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher m = ROW.matcher(Files.readString(Path.of("docs/rest-contract.md")));
    while (m.find()) {
      assertThat(documented.put(m.group(1) + " " + m.group(2), m.group(3))).as("listed twice: " + m.group(2)).isNull();
    }
    Map<String, String> modelled = new LinkedHashMap<>();
    for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
      var model = Bpmn.readModelFromFile(file);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String process = processOf(task);
        modelled.put(process + " " + task.getId(), task.getCamundaCandidateGroups());
      }
    }
    assertThat(documented).containsExactlyInAnyOrderEntriesOf(modelled);
  }

  private static String processOf(UserTask task) {
    var parent = task.getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return ((Process) parent).getId();
  }
}
