package org.scrworkflow.notification;

import java.util.List;
import java.util.Map;

/**
 * A notification ready to send.
 *
 * @param key identifies this sending of this notification: a retry of the same step has the same key
 * @param template the template id
 * @param subject the subject line: case reference and template subject only
 * @param caseReference the case reference
 * @param childPseudonym the pseudonym ("Child A"), never a name
 * @param dueDate a due date to show, or null
 * @param to the recipients' addresses
 * @param links for a notice whose full text stays out of the mail: each recipient's address to the URL of their
 *     own link to it (then each recipient gets a mail of their own); empty otherwise. Never logged
 * @param linkValidUntil the day the links expire (in words), or null without links
 */
public record OutgoingNotification(String key, String template, String subject, String caseReference,
    String childPseudonym, String dueDate, List<String> to, Map<String, String> links, String linkValidUntil) {

  public OutgoingNotification {
    links = links == null ? Map.of() : Map.copyOf(links);
  }

  /** A notification that says all it has to say in the mail. */
  public OutgoingNotification(String key, String template, String subject, String caseReference,
      String childPseudonym, String dueDate, List<String> to) {
    this(key, template, subject, caseReference, childPseudonym, dueDate, to, Map.of(), null);
  }

  /** Whether the full notice is behind a link of each recipient's own. */
  public boolean linked() {
    return !links.isEmpty();
  }

  /** The same notification to that one recipient. */
  OutgoingNotification to(String recipient) {
    return new OutgoingNotification(key, template, subject, caseReference, childPseudonym, dueDate,
        List.of(recipient), Map.of(recipient, links.get(recipient)), linkValidUntil);
  }

  @Override
  public String toString() {
    // the links open the notice: never in a log line, an exception message or a debugger's summary
    return "OutgoingNotification[" + template + " for " + caseReference + " to " + to + "]";
  }
}
