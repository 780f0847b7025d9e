package org.scrworkflow.document;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.scrworkflow.review.CaseKey;
import org.scrworkflow.security.AgencyRole;
import org.scrworkflow.security.Caller;
import org.scrworkflow.security.Role;
import org.springframework.stereotype.Component;

/**
 * Which of a case's documents the caller may open, by classification: IDENTIFYING for the business manager and
 * chair; CONFIDENTIAL also for the panel and the authors; PUBLISHABLE for every role; an agency's own documents
 * (its IMR and chronology) also for that agency's IMR author and senior manager, never for another agency. The
 * caller's reach into the case itself (its LSCB) is checked before, by {@link org.scrworkflow.security.CaseAccess}.
 */
@Component
public class ReadableDocuments {

  static final Set<String> CONFIDENTIAL_READERS = Set.of(Role.BUSINESS_MANAGER.groupId(), Role.LSCB_CHAIR.groupId(),
      Role.PANEL_MEMBER.groupId(), Role.OVERVIEW_AUTHOR.groupId(), Role.HEALTH_OVERVIEW_AUTHOR.groupId(),
      Groups.CAMUNDA_ADMIN);

  private final DocumentStore store;
  private final Caller caller;

  ReadableDocuments(DocumentStore store, Caller caller) {
    this.store = store;
    this.caller = caller;
  }

  /** The case's documents the caller may open, in the store's order. */
  public List<StoredDocument> of(CaseKey caseKey) {
    return store.ofCase(caseKey).stream().filter(this::mayRead).toList();
  }

  /** Whether the caller's role may open this document. */
  public boolean mayRead(StoredDocument document) {
    if (document.agencyId() != null && caller.inAnyOf(Set.of(AgencyRole.IMR_AUTHOR.groupId(document.agencyId()),
        AgencyRole.SENIOR_MANAGER.groupId(document.agencyId())))) {
      return true;
    }
    return switch (document.classification()) {
      case IDENTIFYING -> caller.inAnyOf(Role.CASE_LEADS);
      case CONFIDENTIAL -> caller.inAnyOf(CONFIDENTIAL_READERS);
      case PUBLISHABLE -> caller.authenticated();
    };
  }
}
