package org.scrworkflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrworkflow.architecturefixture.FixtureDelegate;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The packages are capabilities (README, "Where things live"; STYLE.md): one may use another, but no two use each
 * other, directly or round a loop, so each can be read, tested and changed from its own folder. What a capability
 * keeps to itself (its endpoints, the delegates and listeners the models call, its Spring configuration) no other
 * capability reaches into. A new cycle or a reach into another's internals fails the build, naming the classes.
 */
class ArchitectureTest {

  static final String ROOT = "org.scrworkflow";
  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ROOT);

  /** What a capability keeps to itself. */
  static final DescribedPredicate<JavaClass> INTERNAL = DescribedPredicate.describe("endpoints, model delegates"
      + " and listeners, or configuration", type -> type.isAnnotatedWith(RestController.class)
          || type.isAnnotatedWith(Controller.class) || type.isAnnotatedWith(Configuration.class)
          || type.isAssignableTo(JavaDelegate.class) || type.isAssignableTo(TaskListener.class)
          || type.isAssignableTo(ExecutionListener.class));

  /** A class of another capability that calls a model delegate itself, as the internals rule must refuse. */
  static final class ReachesIntoADelegate {
    void reach(FixtureDelegate delegate) throws Exception {
      delegate.execute(null);
    }
  }

  @Test
  @DisplayName("No cycle between the capability packages")
  void noPackageCycles() {
    slices().matching("org.scrworkflow.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  @DisplayName("No capability reaches into another's internals: endpoints, model delegates and listeners,"
      + " configuration")
  void internalsStayInTheirCapability() {
    classes().that(INTERNAL).should(beUsedOnlyInTheirOwnCapability()).check(MAIN);
  }

  @Test
  @DisplayName("The internals rule fails on a class of another capability that calls a model delegate")
  void internalsRuleCatchesAReach() {
    JavaClasses reach = new ClassFileImporter().importClasses(ReachesIntoADelegate.class, FixtureDelegate.class);
    assertThatThrownBy(() -> classes().that(INTERNAL).should(beUsedOnlyInTheirOwnCapability()).check(reach))
        .isInstanceOf(AssertionError.class).hasMessageContaining(ReachesIntoADelegate.class.getName());
  }

  @Test
  @DisplayName("The process classes are the bottom layer: they name the models and use no capability")
  void processClassesUseNoCapability() {
    noClasses().that().resideInAPackage(ROOT + ".process..").should().dependOnClassesThat(DescribedPredicate
        .describe("belong to another part of the product", type -> type.getPackageName().startsWith(ROOT)
            && !capability(type).equals("process"))).check(MAIN);
  }

  @Test
  @DisplayName("The demo (profile demo only) and the review driver are used by nothing the product runs")
  void demoAndDriverAreLeaves() {
    noClasses().that().resideOutsideOfPackages(ROOT + ".demo..", ROOT + ".scenario..").should()
        .dependOnClassesThat().resideInAnyPackage(ROOT + ".demo..", ROOT + ".scenario..").check(MAIN);
    noClasses().that().resideInAPackage(ROOT + ".scenario..").should()
        .dependOnClassesThat().resideInAPackage(ROOT + ".demo..").check(MAIN);
  }

  /** The capability of a class: the first package under org.scrworkflow (empty for the application class). */
  static String capability(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(ROOT + ".")) {
      return name.equals(ROOT) ? "" : name;
    }
    String rest = name.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  static ArchCondition<JavaClass> beUsedOnlyInTheirOwnCapability() {
    return new ArchCondition<>("be used only within their own capability") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (Dependency dependency : type.getDirectDependenciesToSelf()) {
          JavaClass user = dependency.getOriginClass();
          boolean other = user.getPackageName().startsWith(ROOT) && !capability(user).equals(capability(type));
          if (other) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
