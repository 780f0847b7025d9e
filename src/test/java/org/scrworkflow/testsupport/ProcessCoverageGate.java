package org.scrworkflow.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Build gate run by Maven in the verify phase: every flow node and sequence flow of every model in
 * processes/ must have been exercised by the tests. Writes target/process-test-coverage/coverage.md and
 * exits non-zero, listing what was missed, below 100%.
 */
public final class ProcessCoverageGate {

  private ProcessCoverageGate() {}

  public static void main(String[] args) throws IOException {
    String run = args.length > 0 ? args[0] : "local";
    Set<String> covered = new HashSet<>();
    if (Files.isDirectory(ProcessCoverageRecorder.DIRECTORY)) {
      try (Stream<Path> records = Files.list(ProcessCoverageRecorder.DIRECTORY)) {
        for (Path record : records.filter(p -> p.getFileName().toString().startsWith("covered-" + run + "-")).toList()) {
          covered.addAll(Files.readAllLines(record));
        }
      }
    }
    List<String> rows = new ArrayList<>();
    Set<String> missed = new TreeSet<>();
    int total = 0;
    int hit = 0;
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
          int modelTotal = 0;
          int modelHit = 0;
          for (ModelElementInstance element : elementsOf(model, process)) {
            String id = element.getAttributeValue("id");
            modelTotal++;
            if (covered.contains(process.getId() + " " + id)) {
              modelHit++;
            } else {
              missed.add(process.getId() + " " + id);
            }
          }
          total += modelTotal;
          hit += modelHit;
          rows.add(String.format("| %s | %d | %d | %.1f%% |", process.getId(), modelHit, modelTotal,
              100.0 * modelHit / Math.max(1, modelTotal)));
        }
      }
    }
    StringBuilder report = new StringBuilder("# Process test coverage\n\n| model | covered | elements | coverage |\n"
        + "| --- | --- | --- | --- |\n");
    rows.forEach(r -> report.append(r).append('\n'));
    report.append("\nFlow nodes and sequence flows not exercised by any test:\n\n");
    missed.forEach(m -> report.append("- ").append(m).append('\n'));
    Path out = Path.of("target", "process-test-coverage", "coverage.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
    if (hit < total) {
      System.err.println("Process coverage " + hit + "/" + total + " is below 100%: see " + out);
      System.exit(1);
    }
  }

  private static List<ModelElementInstance> elementsOf(BpmnModelInstance model, Process process) {
    List<ModelElementInstance> elements = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (belongsTo(node, process)) {
        elements.add(node);
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (belongsTo(flow, process)) {
        elements.add(flow);
      }
    }
    return elements;
  }

  private static boolean belongsTo(ModelElementInstance element, Process process) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent == process) {
        return true;
      }
    }
    return false;
  }
}
