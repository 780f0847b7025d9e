package org.scrworkflow.review;

/**
 * A process variable as one engine command left it: its name, its value's kind and text, the case of its process
 * instance (read from the engine), and whether the command removed it again.
 *
 * @param name the variable's name
 * @param serializer the engine's name of its type ("string", "file", "bytes", "long", ...)
 * @param text its value as text, for text variables
 * @param caseKey the case of the instance it belongs to; null where the engine no longer holds the instance
 * @param removed the command removed it (a file moved to the document store, say)
 * @param processInstanceId the process instance it belongs to (null for a variable of no instance)
 * @param byCaller the caller of the command wrote it (a start, a completion, a set-variable call), not the process
 *     itself (a delegate, a listener, a decision's result, a call activity's input)
 * @param changed it is new or its value differs from the one the command found; false for a value sent back as it
 *     was, as a form sends the fields it only shows
 * @param callerWrite which of the caller's writes this is, unique in the engine (0 where the caller wrote nothing):
 *     a contract that checked this number has seen the caller's last write of the variable, not an earlier one
 */
public record VariableWrite(String name, String serializer, String text, CaseKey caseKey, boolean removed,
    String processInstanceId, boolean byCaller, boolean changed, long callerWrite) {

  public boolean isText() {
    return "string".equals(serializer);
  }

  public boolean isFileOrBytes() {
    return "file".equals(serializer) || "bytes".equals(serializer);
  }
}
