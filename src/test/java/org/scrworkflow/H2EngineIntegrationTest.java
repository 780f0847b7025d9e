package org.scrworkflow;

/** The engine checks on H2, the embedded default, with the demo profile. */
@H2DemoApplicationTest
class H2EngineIntegrationTest extends EngineIntegrationChecks {

  @Override
  protected String[] adminCredentials() {
    return new String[] {"admin", "Demo-Pass-2010"};
  }
}
