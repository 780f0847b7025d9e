package org.scrworkflow.notification;

/** Sends a notification and answers its message id. */
public interface NotificationSender {

  String send(OutgoingNotification notification);
}
