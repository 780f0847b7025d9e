package org.scrworkflow.review;

import java.util.List;

/**
 * A rule every variable write must meet, whoever writes it: a Tasklist form, the REST API (a completion, a start,
 * PUT or POST of variables, the binary /data endpoints), the Java API, a migration. {@link VariableWriteGate} hands
 * each rule the variables an engine command wrote, as the command is about to commit; a problem refuses the whole
 * command, so nothing it did is saved.
 */
public interface VariableWriteRule {

  /** The problems, one plain sentence each naming the field; empty where the writes meet the rule. */
  List<String> problems(List<VariableWrite> writes);
}
