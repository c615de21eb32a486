package dk.pladsflow.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.pladsflow.user.UserService;
import dk.pladsflow.user.UserSummary;
import dk.pladsflow.shared.Municipality;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The e-mails of notifications, where SMTP is configured ({@code spring.mail.host}): a
 * row per e-mail in {@code notification_email}, written with the notification, sent right
 * after the commit, and, if that fails, again by the {@code email-retry} job with a
 * growing pause (5 minutes, doubling, at most 6 hours) up to a maximum number of
 * attempts. Sending claims a row first (moving its next attempt on, in its own committed
 * transaction), so two nodes never send the same e-mail at once.
 * <p>
 * Logs name the notification and the exception's class only: no names, addresses or
 * message texts.
 */
@Service
class EmailOutbox {

	static final Locale DANISH = Locale.forLanguageTag("da");

	private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);

	private static final int BATCH = 100;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final UserService users;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final TransactionTemplate newTransaction;

	private final String from;

	private final String baseUrl;

	private final int maxAttempts;

	private final Clock clock;

	private final Municipality municipality;

	EmailOutbox(ObjectProvider<JavaMailSender> mailSender, JdbcClient jdbc, JsonMapper json, UserService users,
			ITemplateEngine templates, MessageSource messages, PlatformTransactionManager transactions,
			@Value("${pladsflow.mail.from}") String from, @Value("${pladsflow.base-url}") String baseUrl,
			@Value("${pladsflow.mail.max-attempts:10}") int maxAttempts, Clock clock, Municipality municipality) {
		this.mailSender = mailSender;
		this.jdbc = jdbc;
		this.json = json;
		this.users = users;
		this.templates = templates;
		this.messages = messages;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.maxAttempts = maxAttempts;
		this.clock = clock;
		this.municipality = municipality;
	}

	/**
	 * Whether e-mails are sent at all: only where an SMTP server is configured.
	 * @return true if they are
	 */
	boolean enabled() {
		return this.mailSender.getIfAvailable() != null;
	}

	/**
	 * Queues e-mails for notifications, in the caller's transaction.
	 * @param notificationIds the notifications
	 * @param now now
	 * @return the ids of the outbox rows
	 */
	List<Long> queue(List<Long> notificationIds, Instant now) {
		if (notificationIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				insert into notification_email (notification_id, next_attempt_at)
				select notification, ? from unnest(cast(? as bigint[])) as notification returning id""")
			.params(Timestamp.from(now), notificationIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	/**
	 * Sends the e-mails just queued, once their notifications are committed.
	 * @param queued the event
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void sendQueued(EmailsQueued queued) {
		send(claim(queued.ids(), this.clock.instant()));
	}

	/**
	 * Sends every e-mail that is due: the retry job's work. Idempotent: a sent e-mail is
	 * never sent again.
	 * @param now the clock's now
	 * @return how many were sent
	 */
	int sendDue(Instant now) {
		if (!enabled()) {
			return 0;
		}
		return send(claim(null, now));
	}

	/**
	 * Claims unsent e-mails, by id (whether due or not) or else all that are due, and
	 * moves their next attempt on.
	 */
	private List<Email> claim(List<Long> ids, Instant now) {
		return this.newTransaction.execute((status) -> this.jdbc
			.sql("""
					update notification_email e
					set attempts = e.attempts + 1,
					    next_attempt_at = cast(:now as timestamptz) + least(interval '5 minutes' * power(2, e.attempts), interval '6 hours')
					from notification n
					where n.id = e.notification_id
					  and e.id in (select id from notification_email
					               where sent_at is null and attempts < :max
					                 and (cast(:ids as bigint[]) is null or id = any(cast(:ids as bigint[])))
					                 and (cast(:ids as bigint[]) is not null or next_attempt_at <= cast(:now as timestamptz))
					               order by next_attempt_at limit :batch
					               for update skip locked)
					returning e.id, e.attempts, n.id as notification_id, n.user_id, n.kind, n.message_key,
					          n.message_args::text as args, n.link""")
			.param("now", Timestamp.from(now))
			.param("max", this.maxAttempts)
			.param("ids", (ids != null) ? ids.toArray(Long[]::new) : null)
			.param("batch", BATCH)
			.query((rs, n) -> new Email(rs.getLong("id"), rs.getInt("attempts"), rs.getLong("notification_id"),
					rs.getLong("user_id"), rs.getString("kind"), rs.getString("message_key"), rs.getString("args"),
					rs.getString("link")))
			.list());
	}

	private int send(List<Email> emails) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (emails.isEmpty() || sender == null) {
			return 0;
		}
		Map<Long, UserSummary> recipients = this.users.users(emails.stream().map(Email::userId).toList())
			.stream()
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
		int sent = 0;
		for (int i = 0; i < emails.size(); i++) {
			Email email = emails.get(i);
			UserSummary to = recipients.get(email.userId());
			if (to == null || to.email() == null || to.email().isBlank()) {
				record(email, null, "no address");
				continue;
			}
			try {
				sender.send(compose(sender, email, to));
				record(email, this.clock.instant(), null);
				log.info("E-mail for notification {} ({}) sent", email.notificationId(), email.kind());
				sent++;
			}
			catch (Exception ex) {
				record(email, null, ex.getClass().getName());
				log.warn("E-mail for notification {} ({}) failed, attempt {}: {}", email.notificationId(), email.kind(),
						email.attempts(), ex.getClass().getName());
				putBack(emails.subList(i + 1, emails.size()));
				break;
			}
		}
		return sent;
	}

	/**
	 * After a failure the server is probably down: the rest of the batch waits for the
	 * retry job, without counting an attempt, rather than each waiting for its own
	 * time-out (a user's request may be waiting for this).
	 */
	private void putBack(List<Email> rest) {
		if (rest.isEmpty()) {
			return;
		}
		this.newTransaction.executeWithoutResult((status) -> this.jdbc
			.sql("update notification_email set attempts = attempts - 1 where id = any(cast(? as bigint[]))")
			.param(rest.stream().map(Email::id).toArray(Long[]::new))
			.update());
		log.info("{} further e-mails left for the retry job", rest.size());
	}

	private MimeMessage compose(JavaMailSender sender, Email email, UserSummary to) throws Exception {
		List<?> args = this.json.readValue(email.args(), List.class);
		String text = this.messages.getMessage(email.messageKey(), args.toArray(), DANISH);
		Context context = new Context(DANISH);
		context.setVariable("name", to.displayName());
		context.setVariable("text", text);
		context.setVariable("url", (email.link() != null) ? this.baseUrl + email.link() : null);
		context.setVariable("notificationsUrl", this.baseUrl + "/notifications");
		context.setVariable("municipality", this.municipality.name());
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(to.email());
		helper.setSubject("Pladsflow: " + text);
		helper.setText(this.templates.process("mail/notification", context), true);
		return message;
	}

	/**
	 * Marks an e-mail sent, or keeps the reason it was not (the exception's class).
	 */
	private void record(Email email, Instant sentAt, String error) {
		this.newTransaction.executeWithoutResult(
				(status) -> this.jdbc.sql("update notification_email set sent_at = ?, last_error = ? where id = ?")
					.params((sentAt != null) ? Timestamp.from(sentAt) : null, error, email.id())
					.update());
	}

	/**
	 * E-mails were queued in the current transaction.
	 *
	 * @param ids the outbox rows
	 */
	record EmailsQueued(List<Long> ids) {
	}

	private record Email(long id, int attempts, long notificationId, long userId, String kind, String messageKey,
			String args, String link) {
	}

}
