/**
 * Notifications to users: in the application (the header's unread count, the list
 * {@code /notifications}) and by e-mail where SMTP is configured, with an outbox that
 * retries failed e-mails. Public: {@link dk.pladsflow.notification.Notifier} and
 * {@link dk.pladsflow.notification.NotificationMessage}.
 * <p>
 * Other modules call the facade rather than publish events to it: the sender knows who
 * must act and what the message says, and the call joins the sender's transaction, so a
 * notification is stored exactly when the change it reports is. The e-mail goes out after
 * that commit, and is retried from the outbox, so a failing SMTP server never rolls back
 * or loses the in-app notification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "user", "scheduling" })
package dk.pladsflow.notification;
