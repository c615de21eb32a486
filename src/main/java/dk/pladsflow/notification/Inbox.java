package dk.pladsflow.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own notifications: the unread count, the list (paged in SQL, newest first),
 * marking read. Nobody reads or marks another user's notifications.
 */
@Service
@Transactional(readOnly = true)
class Inbox {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	Inbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * How many notifications the user has not read (one indexed count).
	 * @param userId the user
	 * @return the count
	 */
	long unread(long userId) {
		return this.jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
			.param(userId)
			.query(Long.class)
			.single();
	}

	/**
	 * One page of the user's notifications, newest first.
	 * @param userId the user
	 * @param pageable the page
	 * @return the page
	 */
	Page<Entry> page(long userId, Pageable pageable) {
		List<Entry> content = this.jdbc.sql("""
				select id, kind, message_key, message_args::text as args, link, created_at, read_at
				from notification where user_id = ?
				order by created_at desc, id desc limit ? offset ?""")
			.params(userId, pageable.getPageSize(), pageable.getOffset())
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("kind"), rs.getString("message_key"),
					this.json.readValue(rs.getString("args"), Object[].class), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(),
					(rs.getTimestamp("read_at") != null) ? rs.getTimestamp("read_at").toInstant() : null))
			.list();
		long total = this.jdbc.sql("select count(*) from notification where user_id = ?")
			.param(userId)
			.query(Long.class)
			.single();
		return new PageImpl<>(content, pageable, total);
	}

	/**
	 * Marks one of the user's notifications read (again: no change).
	 * @param userId the user
	 * @param id the notification
	 * @throws NotFoundException if there is no such notification
	 * @throws ForbiddenException if it is another user's
	 */
	@Transactional
	void markRead(long userId, long id) {
		Long owner = this.jdbc.sql("select user_id from notification where id = ?")
			.param(id)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Notification", id));
		if (owner != userId) {
			throw new ForbiddenException("notification " + id + " is another user's");
		}
		this.jdbc.sql("update notification set read_at = ? where id = ? and read_at is null")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
	}

	/**
	 * Marks all the user's notifications read.
	 * @param userId the user
	 * @return how many were unread
	 */
	@Transactional
	int markAllRead(long userId) {
		return this.jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
			.params(Timestamp.from(this.clock.instant()), userId)
			.update();
	}

	/**
	 * A notification in the list.
	 *
	 * @param id id
	 * @param kind its kind
	 * @param messageKey the text's key
	 * @param args the text's arguments
	 * @param link the page it links to, or null
	 * @param createdAt when it was made
	 * @param readAt when the user marked it read, or null
	 */
	record Entry(long id, String kind, String messageKey, Object[] args, String link, Instant createdAt,
			Instant readAt) {

		public boolean unread() {
			return this.readAt == null;
		}

	}

}
