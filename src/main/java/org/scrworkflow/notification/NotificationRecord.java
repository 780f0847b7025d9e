package org.scrworkflow.notification;

import java.time.Instant;
import java.util.List;

/** One notification as sent: what, to whom, when, and how it went. Never holds identifying details. */
public record NotificationRecord(
    long id,
    String lscb,
    String caseReference,
    String processInstanceId,
    String template,
    List<String> recipients,
    String governmentRecipient,
    Instant sentAt,
    String messageId,
    String outcome) {}
