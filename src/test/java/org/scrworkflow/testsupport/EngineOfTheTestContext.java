package org.scrworkflow.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * One application at a time in a test JVM. Test classes run one after another in a reused JVM, and classes with the
 * same Spring configuration share the cached context. But the engine of every context is called "default", and
 * Camunda keeps JVM-wide state by that name: the engine registry ({@link ProcessEngines}, which the REST API and the
 * webapps ask), and the webapps' runtime delegates (set when a web context starts, cleared when one stops). A
 * context closed after the next one started would unregister the new engine and clear the new webapps' state.
 *
 * <p>So before a test class whose context is not open yet, this listener closes the context it opened before
 * (exactly as a fresh JVM per class had it), then opens the class's own. Before each class, test instance and test
 * method it also makes the JVM-wide state name the context under test: a test class that starts an application
 * of its own (H2FilePersistenceTest, BackupRestoreTest, ProductionProfileStartupTest) stops it again, which clears
 * that state while the cached context is still open. Registered for every Spring test class in
 * {@code META-INF/spring.factories}.
 */
public class EngineOfTheTestContext implements TestExecutionListener, Ordered {

  /** The test contexts of the classes that opened an application context still open (at most one). */
  private static final List<TestContext> OPENED = new ArrayList<>();

  @Override
  public int getOrder() {
    // first, so that the previous context is closed before any other listener loads the class's own
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    synchronized (OPENED) {
      if (!testContext.hasApplicationContext()) {
        closeOpened();
      }
    }
  }

  @Override
  public void prepareTestInstance(TestContext testContext) {
    serve(open(testContext));
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    serve(open(testContext));
  }

  /** The class's context, opened (as the listeners after this one would) once any other is closed. */
  private static ApplicationContext open(TestContext testContext) {
    synchronized (OPENED) {
      if (testContext.hasApplicationContext()) {
        return testContext.getApplicationContext();
      }
      closeOpened();
      ApplicationContext context = testContext.getApplicationContext();
      OPENED.add(testContext);
      return context;
    }
  }

  private static void closeOpened() {
    for (TestContext opened : OPENED) {
      opened.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
    }
    OPENED.clear();
  }

  private static void serve(ApplicationContext context) {
    for (ProcessEngine engine : context.getBeansOfType(ProcessEngine.class).values()) {
      if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
        ProcessEngines.registerProcessEngine(engine);
      }
    }
    // as the webapps' bootstrap listeners set them when their servlet context starts
    if (Admin.getRuntimeDelegate() == null) {
      Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
    }
    if (Cockpit.getRuntimeDelegate() == null) {
      Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    }
    if (Tasklist.getRuntimeDelegate() == null) {
      Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
    }
    if (Welcome.getRuntimeDelegate() == null) {
      Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
    }
  }
}
