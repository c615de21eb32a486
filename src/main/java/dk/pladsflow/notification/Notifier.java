package dk.pladsflow.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
		return notifyAll(List.of(new Delivery(userIds, message)));
	}

	/**
	 * Several notifications at once (a job's whole run): one statement stores them all,
	 * whatever their number. Same rules as {@link #notify}.
	 * @param deliveries what to tell whom
	 * @return the ids of the notifications made now
	 */
	@Transactional
	public List<Long> notifyAll(List<Delivery> deliveries) {
		List<Long> userIds = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		List<String> references = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		List<String> args = new ArrayList<>();
		List<String> links = new ArrayList<>();
		for (Delivery delivery : deliveries) {
			String messageArgs = this.json.writeValueAsString(delivery.message().args());
			for (Long userId : delivery.userIds()) {
				userIds.add(userId);
				kinds.add(delivery.message().kind());
				references.add(delivery.message().reference());
				keys.add(delivery.message().messageKey());
				args.add(messageArgs);
				links.add(delivery.message().link());
			}
		}
		if (userIds.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		// only active users are told; a recipient told this before is skipped by the key
		List<long[]> created = this.jdbc
			.sql("""
					insert into notification (user_id, kind, reference, message_key, message_args, link, created_at)
					select r.user_id, r.kind, r.reference, r.message_key, cast(r.args as jsonb), r.link, ?
					from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
					            cast(? as text[]), cast(? as text[])) as r(user_id, kind, reference, message_key, args, link)
					join app_user u on u.id = r.user_id and u.active
					on conflict on constraint uk_notification_recipient_subject do nothing
					returning id, user_id""")
			.params(Timestamp.from(now), userIds.toArray(Long[]::new), kinds.toArray(String[]::new),
					references.toArray(String[]::new), keys.toArray(String[]::new), args.toArray(String[]::new),
					links.toArray(String[]::new))
			.query((rs, n) -> new long[] { rs.getLong("id"), rs.getLong("user_id") })
			.list();
		List<Long> ids = created.stream().map((row) -> row[0]).toList();
		if (!this.outbox.enabled()) {
			log.debug("{} notifications stored; no SMTP server configured, so no e-mail", ids.size());
			return ids;
		}
		Map<Long, UserSummary> recipients = this.users.users(created.stream().map((row) -> row[1]).distinct().toList())
			.stream()
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
		List<Long> byEmail = created.stream()
			.filter((row) -> recipients.containsKey(row[1]) && hasEmail(recipients.get(row[1])))
			.map((row) -> row[0])
			.toList();
		List<Long> queued = this.outbox.queue(byEmail, now);
		if (!queued.isEmpty()) {
			this.events.publishEvent(new EmailOutbox.EmailsQueued(queued));
		}
		return ids;
	}

	/**
	 * One message to some users.
	 *
	 * @param userIds the recipients
	 * @param message what to tell them
	 */
	public record Delivery(Collection<Long> userIds, NotificationMessage message) {
	}

	private static boolean hasEmail(UserSummary user) {
		return user.email() != null && !user.email().isBlank();
	}

}
