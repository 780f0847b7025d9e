package org.scrworkflow.document;

import static org.scrworkflow.process.IndividualManagementReview.AGENCY_ID;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.scrworkflow.review.CaseKey;
import org.springframework.stereotype.Component;

/**
 * Task listener (event "complete") on a user task that asks for files ({@link UploadSlot}): checks each
 * uploaded file ({@link UploadRules}), stores it in the document store under a name the application gives
 * (case, agency, kind), sets the document's id in {@code <name>DocumentId} and removes the file variable, so
 * the file's bytes live only in the store, readable by its classification, never as a process variable. Any
 * problem refuses the completion whole (400 with every problem listed) and nothing is stored.
 */
@Component("receiveUploads")
class ReceiveUploadsListener implements TaskListener {

  private final DocumentStore store;
  private final UploadRules rules;
  private final IdentityService identity;

  ReceiveUploadsListener(DocumentStore store, UploadRules rules, IdentityService identity) {
    this.store = store;
    this.rules = rules;
    this.identity = identity;
  }

  private record Received(UploadSlot slot, String fileName, byte[] content) {}

  @Override
  public void notify(DelegateTask task) {
    List<UploadSlot> slots = UploadSlot.of(task.getBpmnModelElementInstance());
    List<String> problems = new ArrayList<>();
    List<Received> received = new ArrayList<>();
    for (UploadSlot slot : slots) {
      TypedValue value = task.getVariableTyped(slot.variable());
      String field = slot.kind().title();
      if (value == null || value.getValue() == null) {
        if (slot.required()) {
          problems.add(field + ": attach the file.");
        }
        continue;
      }
      if (!(value instanceof FileValue file)) {
        problems.add(field + ": expected a file, not " + value.getType().getName() + ".");
        continue;
      }
      byte[] content = bytes(file);
      List<String> fileProblems = rules.problems(field, file.getFilename(), content);
      problems.addAll(fileProblems);
      if (fileProblems.isEmpty()) {
        received.add(new Received(slot, UploadRules.displayName(file.getFilename()), content));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("The task was not completed and nothing was stored: "
          + String.join(" ", problems));
    }
    // filed under the review this task belongs to, as the engine knows it: never a case named by the caller
    CaseKey caseKey = CaseKey.of(task);
    String caseReference = caseKey.reference();
    String agency = AGENCY_ID.from(task);
    for (Received file : received) {
      UploadType type = UploadType.ofFileName(file.fileName()).orElseThrow();
      String name = caseReference + "-" + (agency == null ? "" : agency.toLowerCase(java.util.Locale.ROOT) + "-")
          + file.slot().kind().fileStem() + "." + type.extension();
      StoredDocument document = store.store(caseKey, task.getProcessInstanceId(), file.slot().kind(), name,
          type.mediaType(), file.content(), uploader(task), ClockUtil.getCurrentTime().toInstant(), file.fileName(),
          agency);
      task.setVariable(file.slot().documentIdVariable(), document.id());
    }
    for (UploadSlot slot : slots) {
      task.removeVariable(slot.variable());
    }
  }

  private String uploader(DelegateTask task) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller != null && caller.getUserId() != null) {
      return caller.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "unknown";
  }

  private static byte[] bytes(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
