package org.scrworkflow.notification;

import java.util.List;

/**
 * A notification ready to send.
 *
 * @param template the template id
 * @param subject the subject line: case reference and template subject only
 * @param caseReference the case reference
 * @param to the recipients' addresses
 */
public record OutgoingNotification(String template, String subject, String caseReference, List<String> to) {}
