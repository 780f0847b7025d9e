package org.scrworkflow.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.scrworkflow.security.AgencyRole;
import org.scrworkflow.security.Role;
import org.springframework.stereotype.Service;

/** Turns recipient roles into addresses: G-5 for the government recipient, group members for LSCB roles. */
@Service
public class RecipientResolver {

  /** The G-5 routing decision (processes/notification-route.dmn). */
  static final String ROUTE_DECISION = "notification-route";

  private final DecisionService decisions;
  private final IdentityService identity;
  private final NotificationProperties properties;

  RecipientResolver(DecisionService decisions, IdentityService identity, NotificationProperties properties) {
    this.decisions = decisions;
    this.identity = identity;
    this.properties = properties;
  }

  /** The addresses, and the G-5 recipient code when the government was among the roles. */
  public record Resolution(List<String> addresses, String governmentRecipient) {}

  /** What a notification to these roles needs to know about the case. */
  public record CaseContext(LocalDate sendDate, String region, String agencyId, List<String> agencyIds) {}

  public Resolution resolve(List<RecipientRole> roles, CaseContext context) {
    Set<String> addresses = new LinkedHashSet<>();
    String governmentRecipient = null;
    for (RecipientRole role : roles) {
      switch (role) {
        case OFSTED -> addresses.add(required(properties.ofstedAddress(), "scr.notification.ofsted-address"));
        case GOVERNMENT -> {
          governmentRecipient = governmentRecipient(context.sendDate(), context.region());
          addresses.add(required(properties.governmentAddresses().get(governmentRecipient),
              "scr.notification.government-addresses." + governmentRecipient));
        }
        case BUSINESS_MANAGER -> addresses.addAll(membersOf(Role.BUSINESS_MANAGER.groupId()));
        case LSCB_CHAIR -> addresses.addAll(membersOf(Role.LSCB_CHAIR.groupId()));
        case AGENCY_SENIOR_MANAGERS -> context.agencyIds().forEach(agency -> {
          addresses.addAll(membersOf(AgencyRole.SENIOR_MANAGER.groupId(agency)));
          addAgencyAddress(addresses, agency);
        });
        case AGENCY_SENIOR_MANAGER -> {
          addresses.addAll(membersOf(AgencyRole.SENIOR_MANAGER.groupId(context.agencyId())));
          addAgencyAddress(addresses, context.agencyId());
        }
        case AGENCY_IMR_AUTHOR -> addresses.addAll(membersOf(AgencyRole.IMR_AUTHOR.groupId(context.agencyId())));
      }
    }
    return new Resolution(new ArrayList<>(addresses), governmentRecipient);
  }

  /** G-5: GO for the region or the DfE Safeguarding Group, by the date the notification is sent. */
  String governmentRecipient(LocalDate sendDate, String region) {
    Map<String, Object> result = decisions.evaluateDecisionByKey(ROUTE_DECISION)
        .variables(Variables.putValue("sendDate", sendDate.toString()).putValue("region", region))
        .evaluate()
        .getSingleResult()
        .getEntryMap();
    return (String) result.get("governmentRecipient");
  }

  private void addAgencyAddress(Set<String> addresses, String agencyId) {
    String address = properties.agencyAddresses().get(agencyId);
    if (address != null && !address.isBlank()) {
      addresses.add(address);
    }
  }

  private List<String> membersOf(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getEmail)
        .filter(email -> email != null && !email.isBlank())
        .toList();
  }

  private static String required(String address, String property) {
    if (address == null || address.isBlank()) {
      throw new IllegalStateException("No address configured: set " + property);
    }
    return address;
  }
}
