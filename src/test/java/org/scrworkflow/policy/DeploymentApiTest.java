package org.scrworkflow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.scrworkflow.policy.PolicyFixtures.DELEGATE;
import static org.scrworkflow.policy.PolicyFixtures.edited;
import static org.scrworkflow.policy.PolicyFixtures.model;
import static org.scrworkflow.process.SeriousCaseReview.AWARENESS_DATE;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.GATEWAY_NOTIFIABLE;
import static org.scrworkflow.process.SeriousCaseReview.TASK_NOTIFY_INCIDENT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrworkflow.H2DemoApplicationTest;
import org.scrworkflow.security.Role;
import org.scrworkflow.testsupport.Modeler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Deploying from Camunda Modeler, over real HTTP as Modeler does it (multipart POST to
 * /engine-rest/deployment/create): who may deploy, and every known trick refused whole with a 400 naming it.
 */
@H2DemoApplicationTest
class DeploymentApiTest {

  static final String PASSWORD = "Demo-Pass-2010";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired AuthorizationService authorizations;

  @Test
  @DisplayName("The policy team deploys a valid model with its form (200); running reviews stay on their version")
  void policyTeamDeploysAValidModel() throws Exception {
    HttpResponse<String> first = deploy("policy", "Referral screening", PolicyFixtures.deployment(model()));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode deployment = JSON.readTree(first.body());
    assertThat(deployment.path("deployedProcessDefinitions").toString()).contains("referral-screening");
    var v1 = repository.createProcessDefinitionQuery().processDefinitionKey("referral-screening").latestVersion()
        .singleResult();
    var running = runtime.startProcessInstanceByKey("referral-screening", "CR-9901",
        Map.of(AWARENESS_DATE.name(), "2011-03-14", CASE_REFERENCE.name(), "CR-9901"));

    HttpResponse<String> second = deploy("policy", "Referral screening",
        PolicyFixtures.deployment(edited("name=\"Screen the referral\"", "name=\"Screen the referral (revised)\"")));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    var v2 = repository.createProcessDefinitionQuery().processDefinitionKey("referral-screening").latestVersion()
        .singleResult();
    assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
        .getProcessDefinitionId()).as("a running review stays on the version it started on").isEqualTo(v1.getId());
  }

  @Test
  @DisplayName("Only the policy team and the administrator may deploy: 403 for manager and business manager, 401 anonymous")
  void onlyPolicyTeamAndAdministratorMayDeploy() throws Exception {
    long before = repository.createDeploymentQuery().count();
    assertThat(deploy("manager", "x", PolicyFixtures.deployment(model())).statusCode()).isEqualTo(403);
    assertThat(deploy("businessmanager", "x", PolicyFixtures.deployment(model())).statusCode()).isEqualTo(403);
    assertThat(deploy("chair", "x", PolicyFixtures.deployment(model())).statusCode()).isEqualTo(403);
    assertThat(deploy(null, "x", PolicyFixtures.deployment(model())).statusCode()).isEqualTo(401);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    assertThat(deploy("admin", "by the administrator", PolicyFixtures.deployment(model())).statusCode())
        .isEqualTo(200);

    // who holds CREATE on deployments: the administrators' group and the policy team, no one else
    var grants = authorizations.createAuthorizationQuery().resourceType(DEPLOYMENT).hasPermission(CREATE).list();
    assertThat(grants).extracting(Authorization::getGroupId)
        .containsExactlyInAnyOrder(Groups.CAMUNDA_ADMIN, Role.POLICY_TEAM.groupId());
    assertThat(grants).allSatisfy(grant -> assertThat(grant.getAuthorizationType())
        .isEqualTo(Authorization.AUTH_TYPE_GRANT));
    // the policy team reads what it deployed, and may not delete a deployment (running reviews hang on it)
    var policy = List.of(Role.POLICY_TEAM.groupId());
    for (Resource definitions : List.of(PROCESS_DEFINITION, DECISION_DEFINITION, DECISION_REQUIREMENTS_DEFINITION)) {
      assertThat(authorizations.isUserAuthorized("policy", policy, READ, definitions)).as(definitions.resourceName())
          .isTrue();
    }
    assertThat(authorizations.isUserAuthorized("policy", policy, DELETE, DEPLOYMENT)).isFalse();
  }

  static Stream<Arguments> tricks() {
    String html = "<form><input cam-variable-name=\"notifiable\">"
        + "<script>fetch('/engine-rest/user', {credentials: 'include'})</script></form>";
    var htmlForm = new LinkedHashMap<>(PolicyFixtures.deployment(model()));
    htmlForm.put("forms/screen-referral.html", html.getBytes(StandardCharsets.UTF_8));
    var scriptResource = new LinkedHashMap<>(PolicyFixtures.deployment(model()));
    scriptResource.put("notify.groovy", "'id'.execute()".getBytes(StandardCharsets.UTF_8));
    return Stream.of(
        Arguments.of("an expression reaching the runtime through a class loader",
            PolicyFixtures.deployment(edited(PolicyFixtures.CONDITION,
                "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id') != null}")),
            Set.of("[allowed-expression]", "Flow_Notifiable \"Yes\"", "getClass", "forName", "java.lang.Runtime")),
        Arguments.of("a Groovy listener",
            PolicyFixtures.deployment(PolicyFixtures.scriptListener("groovy", "'id'.execute()")),
            Set.of("[no-script]", TASK_NOTIFY_INCIDENT, "groovy script", "execution listener")),
        Arguments.of("a JavaScript listener",
            PolicyFixtures.deployment(PolicyFixtures.scriptListener("javascript",
                "java.lang.Runtime.getRuntime().exec('id')")),
            Set.of("[no-script]", "javascript script", "execution listener")),
        Arguments.of("a script task",
            PolicyFixtures.deployment(PolicyFixtures.scriptTask("java.lang.Runtime.getRuntime().exec('id')")),
            Set.of("[no-script-task]", TASK_NOTIFY_INCIDENT, "Replace the script task")),
        Arguments.of("a camunda:class delegate",
            PolicyFixtures.deployment(edited(DELEGATE, "camunda:class=\"org.example.Exploit\"")),
            Set.of("[no-java-class]", TASK_NOTIFY_INCIDENT, "org.example.Exploit")),
        Arguments.of("a bean that is no delegate of the allow-list",
            PolicyFixtures.deployment(edited(DELEGATE, "camunda:delegateExpression=\"${identityVault}\"")),
            Set.of("[known-bean]", "identityVault")),
        Arguments.of("an embedded HTML form carrying a script", htmlForm,
            Set.of("forms/screen-referral.html [embedded-form]", "<script> element")),
        Arguments.of("an external script resource", scriptResource,
            Set.of("notify.groovy [resource-kind]", "never scripts")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tricks")
  @DisplayName("Each known trick is refused whole with 400 and a message naming it; nothing is deployed")
  void tricksAreRefused(String trick, Map<String, byte[]> resources, Set<String> named) throws Exception {
    long deployments = repository.createDeploymentQuery().count();
    long definitions = repository.createProcessDefinitionQuery().count();
    long decisions = repository.createDecisionDefinitionQuery().count();

    HttpResponse<String> response = deploy("policy", "Trick: " + trick, resources);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("type").asText()).isEqualTo("DeploymentRefusedException");
    assertThat(body.path("message").asText())
        .startsWith("Deployment \"Trick: " + trick + "\" refused: ")
        .contains(named);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    assertThat(repository.createDecisionDefinitionQuery().count()).isEqualTo(decisions);
  }

  @Test
  @DisplayName("A model breaking the naming rules is refused with every problem in one message")
  void everyProblemInOneMessage() throws Exception {
    String careless = model()
        .replace("Task_ScreenReferral", "Activity_0x7f3a9b")
        .replace("name=\"Screen the referral\"", "")
        .replace(GATEWAY_NOTIFIABLE, "Gateway_1abc2de")
        .replace(" name=\"Yes\"", "")
        .replace("<bpmn:documentation>S-03; G-5</bpmn:documentation>", "");
    long deployments = repository.createDeploymentQuery().count();

    HttpResponse<String> response = deploy("policy", "Careless", PolicyFixtures.deployment(careless));

    assertThat(response.statusCode()).isEqualTo(400);
    String message = JSON.readTree(response.body()).path("message").asText();
    assertThat(message).startsWith("Deployment \"Careless\" refused: 5 problems, nothing was deployed.");
    assertThat(message.lines().skip(1)).containsExactly(
        "1. referral-screening.bpmn Activity_0x7f3a9b [name-required] Name the user task (General > Name): a verb and"
            + " an object, e.g. \"Decide whether to initiate the review\".",
        "2. referral-screening.bpmn Activity_0x7f3a9b [meaningful-id] Replace the generated id \"Activity_0x7f3a9b\""
            + " (General > ID) with one that says what the user task is, e.g. \"Task_DecideInitiation\".",
        "3. referral-screening.bpmn Gateway_1abc2de \"Notifiable?\" [meaningful-id] Replace the generated id"
            + " \"Gateway_1abc2de\" (General > ID) with one that says what the exclusive gateway is, e.g."
            + " \"Gateway_Notifiable\".",
        "4. referral-screening.bpmn Flow_Notifiable [name-required] Name the sequence flow (General > Name) with the"
            + " answer it stands for, e.g. \"Yes\" or \"Not met\".",
        "5. referral-screening.bpmn Task_NotifyIncident \"Notify Ofsted of the serious incident\""
            + " [documentation-required] Write the traceability reference of the service task in Documentation >"
            + " Element documentation, e.g. \"S-07; T-2; WT2010 8.xx\".");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  @DisplayName("The repository's own processes/ and forms/ pass the check when the policy team deploys them")
  void repositoryModelsAndFormsPass() throws Exception {
    Map<String, byte[]> resources = new LinkedHashMap<>();
    for (Path folder : new Path[] {Path.of("processes"), Path.of("forms")}) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
          resources.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
      }
    }
    HttpResponse<String> response = deploy("policy", "SCR models", resources);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  @DisplayName("Every bean of the allow-list is a bean of the application, of its kind, with its listed methods")
  void allowListMatchesTheApplication(@Autowired ApplicationContext context) {
    for (ExpressionAllowList.Bean bean : ExpressionAllowList.Bean.values()) {
      if (bean == ExpressionAllowList.Bean.RECEIVE_UPLOADS && !context.containsBean(bean.beanName())) {
        continue; // the file-upload delegate is being added on main; once merged it is checked like the others
      }
      assertThat(context.containsBean(bean.beanName())).as(bean.beanName()).isTrue();
      Object instance = context.getBean(bean.beanName());
      if (bean.kind() == ExpressionAllowList.Kind.SERVICE) {
        assertThat(instance).as(bean.beanName()).isInstanceOf(bean.type());
        for (String method : bean.methods()) {
          assertThat(bean.type().getMethods()).as(bean.beanName() + "." + method)
              .anyMatch(m -> m.getName().equals(method));
        }
      } else {
        assertThat(instance).as(bean.beanName())
            .matches(i -> i instanceof JavaDelegate || i instanceof ExecutionListener || i instanceof TaskListener);
      }
    }
  }

  HttpResponse<String> deploy(String user, String name, Map<String, byte[]> resources) throws Exception {
    return Modeler.deploy(port, user, name, resources);
  }
}
