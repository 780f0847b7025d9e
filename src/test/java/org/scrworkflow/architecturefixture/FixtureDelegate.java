package org.scrworkflow.architecturefixture;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A model delegate of a made-up capability, for ArchitectureTest to show its internals rule can fail. */
public class FixtureDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    // nothing: the class is only imported by ArchUnit, never run
  }
}
