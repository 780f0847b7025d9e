package org.scrworkflow.review;

import java.util.List;

/**
 * The variables the caller of the engine command now running has written so far: what a start or a completion
 * brought (over REST, from Tasklist or through the Java API), told apart from what the process wrote itself.
 */
public interface CallerWrites {

  /** The caller's writes in the current command, each variable once with its latest value; empty outside one. */
  List<VariableWrite> callerWrites();
}
