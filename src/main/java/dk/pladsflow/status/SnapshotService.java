package dk.pladsflow.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.user.CurrentUser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Frozen monthly reports. On the first of every month the previous month's status is
 * frozen ({@link #createSnapshot}), so that later corrections of placements or targets do
 * not change a report that was sent. The scheduled job calls {@link #createSnapshot} with
 * the previous month; it is idempotent, so a job that runs twice freezes once.
 */
@Service
@Transactional(readOnly = true)
public class SnapshotService {

	private final StatusService status;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	/** Snapshots as read, by id: a snapshot never changes once it is made. */
	private final Cache<Long, StatusReport> frozen = Caffeine.newBuilder().maximumSize(16).build();

	SnapshotService(StatusService status, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.status = status;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Freezes a month's status (from 1 January to the month's last day), unless it is
	 * frozen already: then the existing snapshot stays as it is.
	 * @param month a month that has ended
	 * @return the snapshot's id
	 * @throws IllegalArgumentException for a month that has not ended yet
	 */
	@Transactional
	public long createSnapshot(YearMonth month) {
		LocalDate today = LocalDate.now(this.clock);
		if (!month.atEndOfMonth().isBefore(today)) {
			throw new IllegalArgumentException("a snapshot is made once the month has ended: " + month);
		}
		Long existing = find(month);
		if (existing != null) {
			return existing;
		}
		StatusReport report = this.status.compute(month,
				new Period(month.atDay(1).withDayOfYear(1), month.atEndOfMonth()), true);
		this.jdbc.sql("""
				insert into status_snapshot (year, month, created_at, report) values (?, ?, ?, cast(? as jsonb))
				on conflict on constraint uk_status_snapshot_period do nothing""")
			.params(month.getYear(), month.getMonthValue(), Timestamp.from(this.clock.instant()),
					this.json.writeValueAsString(report))
			.update();
		return find(month);
	}

	private Long find(YearMonth month) {
		return this.jdbc.sql("select id from status_snapshot where year = ? and month = ?")
			.params(month.getYear(), month.getMonthValue())
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Refuses anyone who may not freeze a month by hand.
	 * @param user who asks
	 * @throws ForbiddenException unless the user is an administrator
	 */
	public void checkMayFreeze(CurrentUser user) {
		ForbiddenException.unless(user.may().freezeMonths(), "only administrators freeze a month by hand");
	}

	/**
	 * The snapshots there are, newest first.
	 * @param user who asks (a manager, consultant or administrator)
	 * @return the snapshots
	 */
	public List<SnapshotSummary> snapshots(CurrentUser user) {
		StatusService.checkMayRead(user);
		return this.jdbc.sql("select id, year, month, created_at from status_snapshot order by year desc, month desc")
			.query((rs, n) -> new SnapshotSummary(rs.getLong("id"), YearMonth.of(rs.getInt("year"), rs.getInt("month")),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * A frozen report, as it was made.
	 * @param user who asks
	 * @param month the month
	 * @return the report, restricted to what the user may see
	 * @throws NotFoundException if the month has no snapshot
	 */
	public StatusReport snapshot(CurrentUser user, YearMonth month) {
		StatusService.checkMayRead(user);
		Long id = find(month);
		if (id == null) {
			throw new NotFoundException("Snapshot", month);
		}
		return StatusService.visibleTo(user, this.frozen.get(id, this::read));
	}

	private StatusReport read(long id) {
		String report = this.jdbc.sql("select report::text from status_snapshot where id = ?")
			.params(id)
			.query(String.class)
			.single();
		// a snapshot written by an older version may hold fields this one no longer has
		return this.json.readerFor(StatusReport.class)
			.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.readValue(report);
	}

	/**
	 * A snapshot in a list.
	 *
	 * @param id id
	 * @param month the month it freezes
	 * @param createdAt when it was made
	 */
	public record SnapshotSummary(long id, YearMonth month, Instant createdAt) {
	}

}
