package dk.pladsflow.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.pladsflow.user.UserService;
import dk.pladsflow.user.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells users something: stores an in-app notification for each recipient and, where SMTP
 * is configured and the recipient has an e-mail address, queues an e-mail that is sent
 * once the caller's transaction has committed.
 */
@Service
public class Notifier {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final UserService users;

	private final EmailOutbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Notifier(JdbcClient jdbc, JsonMapper json, UserService users, EmailOutbox outbox, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.users = users;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Notifies the active users among the given ones, each once per kind and reference.
	 * Joins the caller's transaction, if there is one.
	 * @param userIds the recipients
	 * @param message what to tell them
	 * @return the ids of the notifications made now (none for a recipient who had this
	 * one already)
	 */
	@Transactional
	public List<Long> notify(Collection<Long> userIds, NotificationMessage message) {
		Map<Long, UserSummary> recipients = this.users.users(userIds)
			.stream()
			.filter(UserSummary::active)
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
		if (recipients.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		List<long[]> created = this.jdbc.sql("""
				insert into notification (user_id, kind, reference, message_key, message_args, link, created_at)
				select recipient, ?, ?, ?, cast(? as jsonb), ?, ? from unnest(cast(? as bigint[])) as recipient
				on conflict on constraint uk_notification_recipient_subject do nothing
				returning id, user_id""")
			.params(message.kind(), message.reference(), message.messageKey(),
					this.json.writeValueAsString(message.args()), message.link(), Timestamp.from(now),
					recipients.keySet().toArray(Long[]::new))
			.query((rs, n) -> new long[] { rs.getLong("id"), rs.getLong("user_id") })
			.list();
		List<Long> ids = created.stream().map((row) -> row[0]).toList();
		if (!this.outbox.enabled()) {
			ids.forEach((id) -> log.info("Notification {} ({}) stored; no SMTP server configured, so no e-mail", id,
					message.kind()));
			return ids;
		}
		List<Long> byEmail = created.stream()
			.filter((row) -> hasEmail(recipients.get(row[1])))
			.map((row) -> row[0])
			.toList();
		List<Long> queued = this.outbox.queue(byEmail, now);
		if (!queued.isEmpty()) {
			this.events.publishEvent(new EmailOutbox.EmailsQueued(queued));
		}
		return ids;
	}

	private static boolean hasEmail(UserSummary user) {
		return user.email() != null && !user.email().isBlank();
	}

}
