package org.scrworkflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrworkflow.process.IndividualManagementReview.AGENCY_ID;
import static org.scrworkflow.process.SeriousCaseReview.AGENCIES_INVOLVED;
import static org.scrworkflow.process.SeriousCaseReview.CASE_REFERENCE;
import static org.scrworkflow.process.SeriousCaseReview.CHILD_PSEUDONYM;
import static org.scrworkflow.process.SeriousCaseReview.REGION;
import static org.scrworkflow.process.SeriousCaseReview.RESIDENCE_LSCB;
import static org.scrworkflow.testsupport.Vars.vars;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scrworkflow.scenario.ReviewDriver;
import org.scrworkflow.security.AgencyRole;
import org.scrworkflow.security.Role;
import org.scrworkflow.testsupport.Drivers;
import org.scrworkflow.testsupport.ScenarioSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A notice to a role reaches that role's members in the review's LSCB only. Southvale has a person in every role
 * any notification addresses (made here where the demo has none: its agencies' IMR authors and senior managers,
 * and a chair who belongs to Southvale through a group); every notification step of the models is then run
 * through the engine and the real delegate for a Northmoor review, and real SMTP (GreenMail) shows who got what.
 */
@SpringBootTest(
    classes = org.scrworkflow.ScrWorkflowApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:scr-recipients;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "scr.demo.seed-reviews=false"
    })
@ActiveProfiles("demo")
@Import(Drivers.class)
@ExtendWith(OutputCaptureExtension.class)
class NotificationRecipientsTest extends ScenarioSupport {

  static final ServerSetup SMTP = new ServerSetup(3926, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
  static final String NORTHMOOR = "lscb-northmoor";
  static final String SOUTHVALE = "lscb-southvale";
  static final List<String> AGENCIES = List.of("police", "health", "socialcare");
  static final String CHECK_PROCESS = "notification-recipients-check";
  private static final String PASSWORD = "Fictional-Pass-2011";

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
      .withPerMethodLifecycle(true);

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getPort());
  }

  @Autowired IdentityService identity;
  @Autowired NotificationProperties properties;

  /** One notification step of the models: its task, template and recipient roles as the model names them. */
  record Sending(String taskId, String template, List<RecipientRole> roles) {}

  @BeforeEach
  void southvaleHasSomeoneInEveryRole() {
    for (String agency : AGENCIES) {
      user("south" + agency + "imr", AgencyRole.IMR_AUTHOR.groupId(agency), SOUTHVALE);
      user("south" + agency + "senior", AgencyRole.SENIOR_MANAGER.groupId(agency), SOUTHVALE);
    }
    // a member of Southvale only through a group that is a member of the tenant (not a direct membership)
    group("southvale-staff", SOUTHVALE);
    user("southgroupchair", Role.LSCB_CHAIR.groupId(), null);
    membership("southgroupchair", "southvale-staff");
    // and one of Northmoor the same way: must be told of Northmoor's reviews
    group("northmoor-staff", NORTHMOOR);
    user("northgroupmanager", Role.BUSINESS_MANAGER.groupId(), null);
    membership("northgroupmanager", "northmoor-staff");
    // a chair of both LSCBs (as the demo's regional manager is a manager of both)
    user("twoboardschair", Role.LSCB_CHAIR.groupId(), NORTHMOOR);
    if (identity.createUserQuery().userId("twoboardschair").memberOfTenant(SOUTHVALE).count() == 0) {
      identity.createTenantUserMembership(SOUTHVALE, "twoboardschair");
    }
  }

  @Test
  @DisplayName("Every notification of a Northmoor review reaches Northmoor's people in the role, and no one of Southvale")
  void everyNotificationStaysWithinTheReviewsLscb() throws Exception {
    List<Sending> sendings = sendingsOfTheModels();
    assertThat(sendings.stream().map(Sending::template).collect(Collectors.toSet()))
        .as("every template is sent by some step of the models")
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(NotificationTemplate.values()).map(NotificationTemplate::id).toList());
    Set<String> southvaleOnly = southvaleOnlyAddresses();
    for (String groupId : roleGroupsAddressed(sendings)) {
      assertThat(membersIn(groupId, SOUTHVALE)).as("Southvale has someone in " + groupId)
          .anyMatch(southvaleOnly::contains);
    }

    String ref = newCase();
    ProcessInstance check = sendAll(ref, NORTHMOOR, sendings);

    assertThat(check.getTenantId()).isEqualTo(NORTHMOOR);
    Map<String, List<MimeMessage>> bySubject = bySubject(mail.getReceivedMessages());
    Set<String> outside = outsideAddresses();
    int checked = 0;
    for (Sending sending : sendings) {
      String subject = ref + ": " + NotificationTemplate.byId(sending.template()).subject();
      List<MimeMessage> copies = bySubject.getOrDefault(subject, List.of());
      assertThat(copies).as(sending.template() + " was sent").isNotEmpty();
      // one message to every recipient, or one to each (a notice behind a link of each recipient's own)
      Set<String> to = new java.util.HashSet<>();
      for (MimeMessage copy : copies) {
        to.addAll(to(copy));
      }
      Set<String> expected = expectedPeople(sending.roles(), NORTHMOOR);
      assertThat(to).as(sending.template() + ": Northmoor's people in " + sending.roles()).containsAll(expected);
      assertThat(difference(to, expected)).as(sending.template() + ": no one else but outside bodies")
          .isSubsetOf(outside);
      assertThat(to).as(sending.template() + ": no Southvale address").doesNotContainAnyElementsOf(southvaleOnly);
      if (sending.roles().stream().anyMatch(role -> role != RecipientRole.OFSTED && role != RecipientRole.GOVERNMENT
          && role != RecipientRole.PARTNER_LSCBS)) {
        assertThat(expected).as(sending.template() + " has Northmoor recipients").isNotEmpty();
      }
      for (MimeMessage copy : copies) {
        assertThat(to(copy)).isSubsetOf(to);
      }
      assertThat(copies).as("one delivery per address of " + sending.template()).hasSize(to.size());
      checked += copies.size();
    }
    assertThat(checked).isEqualTo(mail.getReceivedMessages().length);
    for (String address : southvaleOnly) {
      assertThat(inbox(address)).as("Southvale's " + address + " received nothing").isZero();
    }
    assertThat(inbox("chair@demo.scr-workflow.invalid")).as("Northmoor's chair")
        .isEqualTo(sendings.stream().filter(s -> s.roles().contains(RecipientRole.LSCB_CHAIR)).count());
    assertThat(inbox("northgroupmanager@test.scr-workflow.invalid")).as("a Northmoor member through a group")
        .isEqualTo(sendings.stream().filter(s -> s.roles().contains(RecipientRole.BUSINESS_MANAGER)).count());
    System.out.printf("LSCB recipients: %d notification steps (%d templates) sent, %d delivered messages checked,"
        + " %d Southvale-only addresses reached by none%n", sendings.size(),
        sendings.stream().map(Sending::template).distinct().count(), checked, southvaleOnly.size());
  }

  @Test
  @DisplayName("A chair of two LSCBs is told of both LSCBs' reviews; each LSCB's own chair of its own only")
  void aPersonInTwoLscbsIsToldOfBoth() throws Exception {
    Sending acceptance = sendingsOfTheModels().stream().filter(s -> s.template().equals("acceptance-request"))
        .findFirst().orElseThrow();
    String north = newCase();
    String south = newCase();
    sendAll(north, NORTHMOOR, List.of(acceptance));
    assertThat(sendAll(south, SOUTHVALE, List.of(acceptance)).getTenantId()).isEqualTo(SOUTHVALE);

    Map<String, List<MimeMessage>> bySubject = bySubject(mail.getReceivedMessages());
    String subject = ": " + NotificationTemplate.ACCEPTANCE_REQUEST.subject();
    Set<String> northTo = to(bySubject.get(north + subject).get(0));
    Set<String> southTo = to(bySubject.get(south + subject).get(0));
    assertThat(northTo).contains("twoboardschair@test.scr-workflow.invalid", "chair@demo.scr-workflow.invalid",
            "businessmanager@demo.scr-workflow.invalid")
        .doesNotContain("southchair@demo.scr-workflow.invalid", "southgroupchair@test.scr-workflow.invalid",
            "southbusinessmanager@demo.scr-workflow.invalid");
    assertThat(southTo).contains("twoboardschair@test.scr-workflow.invalid", "southchair@demo.scr-workflow.invalid",
            "southgroupchair@test.scr-workflow.invalid", "southbusinessmanager@demo.scr-workflow.invalid")
        .doesNotContain("chair@demo.scr-workflow.invalid", "businessmanager@demo.scr-workflow.invalid",
            "northgroupmanager@test.scr-workflow.invalid");
    assertThat(inbox("twoboardschair@test.scr-workflow.invalid")).isEqualTo(2);
  }

  @Test
  @DisplayName("A review of no LSCB tells no one in a role, Ofsted still, and the log names the case only")
  void aReviewOfNoLscbReachesNoRole(CapturedOutput output) throws Exception {
    String ref = newCase();
    var mixed = new Sending("Task_NotifyMixed", "decision-notification",
        List.of(RecipientRole.OFSTED, RecipientRole.LSCB_CHAIR, RecipientRole.BUSINESS_MANAGER));
    ProcessInstance check = sendAll(ref, null, List.of(mixed));

    assertThat(check.getTenantId()).isNull();
    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(to(received[0])).containsExactly(properties.ofstedAddress());
    assertThat(output.getOut()).contains("Case " + ref + " belongs to no LSCB")
        .doesNotContain("Child Q");
  }

  /** Every step of processes/*.bpmn that sends a notification, with the recipients its inputs name. */
  static List<Sending> sendingsOfTheModels() throws IOException {
    List<Sending> sendings = new ArrayList<>();
    List<Path> models;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
    for (Path file : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        if (!"${sendNotification}".equals(task.getCamundaDelegateExpression())) {
          continue;
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        for (CamundaInputParameter input : task.getExtensionElements().getElementsQuery()
            .filterByType(CamundaInputOutput.class).singleResult().getCamundaInputParameters()) {
          inputs.put(input.getCamundaName(), input.getTextContent().trim());
        }
        Sending sending = new Sending(task.getId(), inputs.get("template"),
            RecipientRole.parseList(inputs.get("recipients")));
        // two steps sending the same notice to the same roles (the slippage consultation after a warning and after
        // a deferral) are one check: the mails are told apart by subject
        if (sendings.stream().noneMatch(other -> other.template().equals(sending.template())
            && other.roles().equals(sending.roles()))) {
          sendings.add(sending);
        }
      }
    }
    return sendings;
  }

  /**
   * Runs the steps, one after another, in a process of their own started for the case in that LSCB (the engine
   * gives it the LSCB's tenant, as ReviewTenants does for a system start naming the child's home LSCB).
   */
  ProcessInstance sendAll(String ref, String lscb, List<Sending> sendings) {
    AbstractFlowNodeBuilder<?,
        ?> flow = Bpmn.createExecutableProcess(CHECK_PROCESS).name("Notification recipients check")
        .camundaHistoryTimeToLive(1).startEvent("StartEvent_Started").name("Started");
    for (Sending sending : sendings) {
      flow = flow.serviceTask(sending.taskId()).name("Send " + sending.template())
          .documentation("Test model: the notification step " + sending.taskId() + " of the models").camundaAsyncBefore()
          .camundaDelegateExpression("${sendNotification}")
          .camundaInputParameter("template", sending.template())
          .camundaInputParameter("recipients",
              sending.roles().stream().map(Enum::name).collect(Collectors.joining(",")));
    }
    BpmnModelInstance model = flow.endEvent("EndEvent_Done").name("Done").done();
    var repository = driver.engine().getRepositoryService();
    var deployment = repository.createDeployment().addModelInstance(CHECK_PROCESS + ".bpmn", model).deploy();
    try {
      driver.today(LocalDate.of(2011, 6, 6));
      ProcessInstance check = driver.start(CHECK_PROCESS, ref, vars(CASE_REFERENCE.name(), ref, CHILD_PSEUDONYM.name(),
          "Child Q",
          RESIDENCE_LSCB.name(), lscb == null ? "lscb-of-nowhere" : lscb, REGION.name(), "LONDON", AGENCY_ID.name(),
              "police",
          AGENCIES_INVOLVED.name(), AGENCIES));
      assertThat(driver.engine().getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(check.getId()).singleResult().getEndTime()).as("every step sent").isNotNull();
      return check;
    } finally {
      repository.deleteDeployment(deployment.getId(), true);
    }
  }

  /** The addresses of the people the roles name in that LSCB, found through the tenant's own membership query. */
  Set<String> expectedPeople(List<RecipientRole> roles, String lscb) {
    Set<String> people = new TreeSet<>();
    for (RecipientRole role : roles) {
      for (String groupId : groupsOf(role)) {
        people.addAll(membersIn(groupId, lscb));
      }
    }
    return people;
  }

  static List<String> groupsOf(RecipientRole role) {
    return switch (role) {
      case OFSTED, GOVERNMENT -> List.of();
      case BUSINESS_MANAGER -> List.of(Role.BUSINESS_MANAGER.groupId());
      case LSCB_CHAIR -> List.of(Role.LSCB_CHAIR.groupId());
      case AGENCY_SENIOR_MANAGERS -> AGENCIES.stream().map(AgencyRole.SENIOR_MANAGER::groupId).toList();
      case AGENCY_SENIOR_MANAGER -> List.of(AgencyRole.SENIOR_MANAGER.groupId("police"));
      case AGENCY_IMR_AUTHOR -> List.of(AgencyRole.IMR_AUTHOR.groupId("police"));
      // the partners' people, in their own LSCBs: these checks name no partner (LeadLscbScenarioTest does)
      case PARTNER_LSCBS -> List.of();
    };
  }

  static Set<String> roleGroupsAddressed(List<Sending> sendings) {
    return sendings.stream().flatMap(s -> s.roles().stream()).flatMap(role -> groupsOf(role).stream())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Members of the group who belong to the LSCB directly or through one of their groups (the engine's view). */
  Set<String> membersIn(String groupId, String lscb) {
    return identity.createUserQuery().memberOfGroup(groupId).list().stream()
        .filter(user -> belongsTo(user.getId(), lscb))
        .map(User::getEmail)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  boolean belongsTo(String userId, String lscb) {
    return identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).tenantId(lscb).count() > 0;
  }

  /** Everyone of Southvale who is not also of Northmoor. */
  Set<String> southvaleOnlyAddresses() {
    return identity.createUserQuery().list().stream()
        .filter(user -> belongsTo(user.getId(), SOUTHVALE) && !belongsTo(user.getId(), NORTHMOOR))
        .map(User::getEmail)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Ofsted, the Government Offices and the DfE, and the agencies' own offices. */
  Set<String> outsideAddresses() {
    Set<String> outside = new HashSet<>(properties.governmentAddresses().values());
    outside.add(properties.ofstedAddress());
    outside.addAll(properties.agencyAddresses().values());
    return outside;
  }

  static Map<String, List<MimeMessage>> bySubject(MimeMessage[] messages) throws Exception {
    Map<String, List<MimeMessage>> bySubject = new LinkedHashMap<>();
    for (MimeMessage message : messages) {
      bySubject.computeIfAbsent(message.getSubject(), s -> new ArrayList<>()).add(message);
    }
    return bySubject;
  }

  static Set<String> to(MimeMessage message) throws Exception {
    Address[] to = message.getRecipients(Message.RecipientType.TO);
    assertThat(message.getRecipients(Message.RecipientType.CC)).isNull();
    assertThat(message.getRecipients(Message.RecipientType.BCC)).isNull();
    return Arrays.stream(to).map(Address::toString).collect(Collectors.toCollection(TreeSet::new));
  }

  static Set<String> difference(Set<String> all, Set<String> less) {
    Set<String> rest = new TreeSet<>(all);
    rest.removeAll(less);
    return rest;
  }

  /** How many messages that address's mailbox received (none when GreenMail never delivered to it). */
  static long inbox(String address) throws Exception {
    GreenMailUser user = mail.getUserManager().getUserByEmail(address);
    return user == null ? 0 : mail.getManagers().getImapHostManager().getInbox(user).getMessageCount();
  }

  private void user(String id, String groupId, String lscb) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Test");
      user.setLastName(id);
      user.setEmail(id + "@test.scr-workflow.invalid");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(id, groupId);
      if (lscb != null) {
        identity.createTenantUserMembership(lscb, id);
      }
    }
  }

  private void group(String id, String lscb) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      var group = identity.newGroup(id);
      group.setName(id);
      identity.saveGroup(group);
      identity.createTenantGroupMembership(lscb, id);
    }
  }

  private void membership(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }
}
