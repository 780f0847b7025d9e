package org.scrworkflow.notification;

import static org.scrworkflow.process.SeriousCaseReview.GOVERNMENT_RECIPIENT;
import static org.scrworkflow.process.SeriousCaseReview.REGION;
import static org.scrworkflow.process.SeriousCaseReview.SEND_DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.scrworkflow.security.AgencyRole;
import org.scrworkflow.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Turns recipient roles into addresses: G-5 for the government recipient, and for a role (chair, business
 * manager, an agency's senior manager or IMR author) the members of that role <em>in the review's LSCB</em>. Roles
 * are global groups shared by every LSCB, so a role's members alone would reach every LSCB's chair; the LSCB is
 * the tenant of the process instance that sends, as the engine holds it.
 *
 * <p>A user belongs to an LSCB by a direct membership of its tenant (how {@code Lscbs} adds members) or through a
 * group that is a member of the tenant: the engine's tenant check counts both, so this does too. A user in two
 * LSCBs is told of both LSCBs' reviews.
 */
@Service
public class RecipientResolver {

  /** The G-5 routing decision (processes/notification-route.dmn). */
  static final String ROUTE_DECISION = "notification-route";
  private static final Logger LOG = LoggerFactory.getLogger(RecipientResolver.class);

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

  /**
   * What a notification to these roles needs to know about the case.
   *
   * @param caseReference the case reference, for the log
   * @param lscb the tenant id of the review's LSCB, from the engine (never a process variable), or null
   */
  public record CaseContext(String caseReference, String lscb, LocalDate sendDate, String region, String agencyId,
      List<String> agencyIds, List<String> partnerLscbs) {

    public CaseContext(String caseReference, String lscb, LocalDate sendDate, String region, String agencyId,
        List<String> agencyIds) {
      this(caseReference, lscb, sendDate, region, agencyId, agencyIds, List.of());
    }
  }

  public Resolution resolve(List<RecipientRole> roles, CaseContext context) {
    Set<String> addresses = new LinkedHashSet<>();
    String governmentRecipient = null;
    if (context.lscb() == null && roles.stream().anyMatch(RecipientResolver::isLscbRole)) {
      // should not happen (ReviewTenants gives every review its LSCB): better nobody than every LSCB's people
      LOG.warn("Case {} belongs to no LSCB: its notification reaches no chair, business manager or agency staff,"
          + " only Ofsted, the government and agency addresses", context.caseReference());
    }
    for (RecipientRole role : roles) {
      switch (role) {
        case OFSTED -> addresses.add(required(properties.ofstedAddress(), "scr.notification.ofsted-address"));
        case GOVERNMENT -> {
          governmentRecipient = governmentRecipient(context.sendDate(), context.region());
          addresses.add(required(properties.governmentAddresses().get(governmentRecipient),
              "scr.notification.government-addresses." + governmentRecipient));
        }
        case BUSINESS_MANAGER -> addresses.addAll(membersOf(Role.BUSINESS_MANAGER.groupId(), context.lscb()));
        case LSCB_CHAIR -> addresses.addAll(membersOf(Role.LSCB_CHAIR.groupId(), context.lscb()));
        case AGENCY_SENIOR_MANAGERS -> context.agencyIds().forEach(agency -> {
          addresses.addAll(membersOf(AgencyRole.SENIOR_MANAGER.groupId(agency), context.lscb()));
          addAgencyAddress(addresses, agency);
        });
        case AGENCY_SENIOR_MANAGER -> {
          addresses.addAll(membersOf(AgencyRole.SENIOR_MANAGER.groupId(context.agencyId()), context.lscb()));
          addAgencyAddress(addresses, context.agencyId());
        }
        case AGENCY_IMR_AUTHOR ->
            addresses.addAll(membersOf(AgencyRole.IMR_AUTHOR.groupId(context.agencyId()), context.lscb()));
        case PARTNER_LSCBS -> context.partnerLscbs().stream()
            .filter(partner -> context.lscb() != null && !partner.equals(context.lscb()))
            .forEach(partner -> {
              addresses.addAll(membersOf(Role.LSCB_CHAIR.groupId(), partner));
              addresses.addAll(membersOf(Role.BUSINESS_MANAGER.groupId(), partner));
            });
      }
    }
    return new Resolution(new ArrayList<>(addresses), governmentRecipient);
  }

  /** G-5: GO for the region or the DfE Safeguarding Group, by the date the notification is sent. */
  String governmentRecipient(LocalDate sendDate, String region) {
    Map<String, Object> result = decisions.evaluateDecisionByKey(ROUTE_DECISION)
        .variables(Variables.putValue(SEND_DATE.name(), sendDate.toString()).putValue(REGION.name(), region))
        .evaluate()
        .getSingleResult()
        .getEntryMap();
    return (String) result.get(GOVERNMENT_RECIPIENT.name());
  }

  private void addAgencyAddress(Set<String> addresses, String agencyId) {
    String address = properties.agencyAddresses().get(agencyId);
    if (address != null && !address.isBlank()) {
      addresses.add(address);
    }
  }

  /** The people a role names, as against the addresses of an outside body or an agency's own office. */
  private static boolean isLscbRole(RecipientRole role) {
    return role != RecipientRole.OFSTED && role != RecipientRole.GOVERNMENT;
  }

  /**
   * The addresses of the role's members who belong to the LSCB. UserQuery.memberOfTenant sees only direct
   * user memberships of the tenant, so the members of each group that is itself a member of the tenant are
   * added (the engine's tenant check lets them see the LSCB's reviews, so they are told of them too).
   */
  private List<String> membersOf(String groupId, String lscb) {
    if (lscb == null) {
      return List.of();
    }
    Set<String> inLscb = new HashSet<>();
    identity.createUserQuery().memberOfGroup(groupId).memberOfTenant(lscb).list()
        .forEach(user -> inLscb.add(user.getId()));
    for (Group tenantGroup : identity.createGroupQuery().memberOfTenant(lscb).list()) {
      identity.createUserQuery().memberOfGroup(tenantGroup.getId()).list().forEach(user -> inLscb.add(user.getId()));
    }
    return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .filter(user -> inLscb.contains(user.getId()))
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
