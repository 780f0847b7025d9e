package org.scrworkflow.document;

import java.util.List;
import java.util.stream.Collectors;
import org.scrworkflow.review.VariableWrite;
import org.scrworkflow.review.VariableWriteRule;
import org.springframework.stereotype.Component;

/**
 * A file enters only through a task's upload slot ({@link UploadSlot}), where {@link ReceiveUploadsListener} checks
 * it (type by content, size, allowed types) and moves it to the document store in the same command. A File or
 * Bytes variable that is still a variable when the command ends came by another route (the REST API's
 * variables/{name}/data endpoints, a start, a PUT or POST of variables, a modification) and is refused: it would
 * hold a document outside the store, unchecked and readable by whoever reads the variables.
 */
@Component
class FilesOnlyThroughUploads implements VariableWriteRule {

  private final UploadRules rules;

  FilesOnlyThroughUploads(UploadRules rules) {
    this.rules = rules;
  }

  @Override
  public List<String> problems(List<VariableWrite> writes) {
    return writes.stream().filter(w -> w.isFileOrBytes() && !w.removed())
        .map(w -> w.name() + ": a file is attached on the form of the task that asks for it, when the task is"
            + " completed (" + rules.properties().allowedTypes().stream().map(Enum::name)
            .collect(Collectors.joining(", ")) + ", at most " + rules.properties().maxBytes() / (1024 * 1024)
            + " MB); it cannot be stored as a variable.")
        .distinct().toList();
  }
}
