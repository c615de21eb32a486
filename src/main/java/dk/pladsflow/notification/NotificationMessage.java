package dk.pladsflow.notification;

import java.util.List;
import java.util.Objects;

/**
 * What a notification says and what it is about. It is stored as a message key with
 * arguments, so each reader sees it in their language (e-mails are in Danish).
 * <p>
 * A recipient gets one notification per {@code kind} and {@code reference}: notifying
 * again with the same pair does nothing, which makes a repeated job run harmless.
 *
 * @param kind what sort of notification, e.g. {@code snapshot-ready},
 * {@code deadline-missed} (at most 50 characters)
 * @param reference what it is about, unique within the kind, e.g. {@code 2026-10} or
 * {@code slot-17-phase-1-round-2} (at most 200 characters)
 * @param messageKey the text, a key in both message bundles
 * @param args the text's arguments: strings and numbers only, nothing personal beyond
 * what the recipient may see (they are stored, and shown in the e-mail)
 * @param link the page to open, a path of the application such as
 * {@code /status/snapshots/2026/10}, or null
 */
public record NotificationMessage(String kind, String reference, String messageKey, List<Object> args, String link) {

	public NotificationMessage {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(messageKey, "messageKey");
		args = List.copyOf(args);
		for (Object arg : args) {
			if (!(arg instanceof String || arg instanceof Integer || arg instanceof Long)) {
				throw new IllegalArgumentException("a notification argument is a String, Integer or Long: " + arg);
			}
		}
		if (link != null && !link.startsWith("/")) {
			throw new IllegalArgumentException("a notification links to a path of the application: " + link);
		}
	}

	/**
	 * A message.
	 * @param kind what sort of notification
	 * @param reference what it is about
	 * @param messageKey the text's key
	 * @param link the page to open, or null
	 * @param args the text's arguments
	 * @return the message
	 */
	public static NotificationMessage of(String kind, String reference, String messageKey, String link,
			Object... args) {
		return new NotificationMessage(kind, reference, messageKey, List.of(args), link);
	}

}
