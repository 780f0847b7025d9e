package org.scrworkflow.notification;

import java.util.List;

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
 */
public record OutgoingNotification(String key, String template, String subject, String caseReference,
    String childPseudonym, String dueDate, List<String> to) {}
