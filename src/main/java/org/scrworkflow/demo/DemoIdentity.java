package org.scrworkflow.demo;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.scrworkflow.security.AgencyGroups;
import org.scrworkflow.security.AgencyRole;
import org.scrworkflow.security.Lscbs;
import org.scrworkflow.security.Role;
import org.scrworkflow.tasklist.TasklistFilters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates one demo user per role (and per role of each sample agency), idempotently. */
@Component
@Profile("demo")
@Order(10)
class DemoIdentity implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoIdentity.class);

  /** A demo user: its id, names and the group it belongs to. */
  /** The LSCB index of a user in every demo LSCB; -1 is a user in none (the policy team). */
  static final int ALL_LSCBS = -2;

  record DemoUser(String id, String firstName, String lastName, String groupId, int lscb) {

    DemoUser(String id, String firstName, String lastName, String groupId) {
      this(id, firstName, lastName, groupId, 0);
    }
  }

  private final IdentityService identity;
  private final AgencyGroups agencyGroups;
  private final DemoProperties demo;
  private final TasklistFilters filters;
  private final Lscbs lscbs;

  DemoIdentity(IdentityService identity, AgencyGroups agencyGroups, DemoProperties demo, TasklistFilters filters,
      Lscbs lscbs) {
    this.identity = identity;
    this.agencyGroups = agencyGroups;
    this.demo = demo;
    this.filters = filters;
    this.lscbs = lscbs;
  }

  /** The demo users, as listed in README.md. */
  List<DemoUser> users() {
    List<DemoUser> users = new ArrayList<>();
    users.add(new DemoUser("chair", "Catherine", "Chalmers", Role.LSCB_CHAIR.groupId()));
    users.add(new DemoUser("businessmanager", "Bina", "Mistry", Role.BUSINESS_MANAGER.groupId()));
    users.add(new DemoUser("panelmember", "Paul", "Newton", Role.PANEL_MEMBER.groupId()));
    users.add(new DemoUser("overviewauthor", "Olive", "Archer", Role.OVERVIEW_AUTHOR.groupId()));
    users.add(new DemoUser("healthoverview", "Hannah", "Osei", Role.HEALTH_OVERVIEW_AUTHOR.groupId()));
    users.add(new DemoUser("manager", "Mark", "Ingram", Role.MANAGER.groupId()));
    users.add(new DemoUser("policy", "Priya", "Lal", Role.POLICY_TEAM.groupId(), -1));
    // the second LSCB (Southvale): sees nothing of Northmoor's reviews, nor Northmoor of its
    users.add(new DemoUser("southchair", "Simon", "Achebe", Role.LSCB_CHAIR.groupId(), 1));
    users.add(new DemoUser("southbusinessmanager", "Sara", "Bell", Role.BUSINESS_MANAGER.groupId(), 1));
    users.add(new DemoUser("southpanelmember", "Sean", "Price", Role.PANEL_MEMBER.groupId(), 1));
    users.add(new DemoUser("southmanager", "Sophie", "Grant", Role.MANAGER.groupId(), 1));
    // a regional overseer: a manager in both LSCBs
    users.add(new DemoUser("regionalmanager", "Rita", "Okafor", Role.MANAGER.groupId(), ALL_LSCBS));
    for (DemoProperties.Agency agency : demo.agencies()) {
      users.add(new DemoUser(agency.id() + "imr", "IMR author", agency.name(),
          AgencyRole.IMR_AUTHOR.groupId(agency.id())));
      users.add(new DemoUser(agency.id() + "senior", "Senior manager", agency.name(),
          AgencyRole.SENIOR_MANAGER.groupId(agency.id())));
    }
    return users;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoProperties.Lscb lscb : demo.lscbs()) {
      lscbs.ensure(lscb.id(), lscb.name());
    }
    for (DemoProperties.Agency agency : demo.agencies()) {
      agencyGroups.ensure(agency.id(), agency.name());
      for (AgencyRole role : AgencyRole.values()) {
        filters.shareWithAgencyGroup(role.groupId(agency.id()));
      }
    }
    int created = 0;
    for (DemoUser demoUser : users()) {
      if (identity.createUserQuery().userId(demoUser.id()).count() == 0) {
        User user = identity.newUser(demoUser.id());
        user.setFirstName(demoUser.firstName());
        user.setLastName(demoUser.lastName());
        user.setEmail(demoUser.id() + "@demo.scr-workflow.invalid");
        user.setPassword(demo.password());
        identity.saveUser(user);
        created++;
      }
      if (identity.createUserQuery().userId(demoUser.id()).memberOfGroup(demoUser.groupId()).count() == 0) {
        identity.createMembership(demoUser.id(), demoUser.groupId());
      }
      if (demoUser.lscb() >= 0) {
        lscbs.addMember(demo.lscbs().get(demoUser.lscb()).id(), demoUser.id());
      } else if (demoUser.lscb() == ALL_LSCBS) {
        demo.lscbs().forEach(lscb -> lscbs.addMember(lscb.id(), demoUser.id()));
      }
    }
    LOG.info("Demo identity ready: {} users ({} created now)", users().size(), created);
  }
}
