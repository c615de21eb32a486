package dk.pladsflow.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import dk.pladsflow.status.SnapshotService;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates benchmark data with {@code db/bench/generate.sql} (set-based SQL, in one
 * transaction) and freezes the last twelve months' status as snapshots, as the monthly
 * job would have.
 */
@Service
public class BenchData {

	/** What a generated database holds; citizens' case references start with it. */
	static final String CASE_PREFIX = "BENCH-";

	private static final String SCRIPT = "db/bench/generate.sql";

	private final JdbcTemplate jdbc;

	private final SnapshotService snapshots;

	private final Clock clock;

	BenchData(JdbcTemplate jdbc, SnapshotService snapshots, Clock clock) {
		this.jdbc = jdbc;
		this.snapshots = snapshots;
		this.clock = clock;
	}

	/**
	 * Whether benchmark data was generated in this database.
	 * @return true if it was
	 */
	public boolean generated() {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from citizen where lower(case_reference) like lower(?) || '%')", Boolean.class,
				CASE_PREFIX));
	}

	/**
	 * Generates the data. Needs the demo users (the data is made for them to see).
	 * @param scale 1 for about ten years of Copenhagen, 20 for all municipalities
	 * @return what the database holds afterwards
	 * @throws IllegalStateException without the demo users, or when data was generated
	 * already
	 */
	@Transactional
	public Counts generate(BigDecimal scale) {
		if (scale.signum() <= 0) {
			throw new IllegalArgumentException("the scale must be positive: " + scale);
		}
		Integer demoUsers = this.jdbc.queryForObject("select count(*) from app_user where username = 'konsulent'",
				Integer.class);
		if (demoUsers == null || demoUsers == 0) {
			throw new IllegalStateException("benchmark data is made for the demo users: load the demo data first");
		}
		if (generated()) {
			throw new IllegalStateException("benchmark data was generated in this database already");
		}
		this.jdbc.queryForObject("select set_config('bench.scale', ?, true)", String.class, scale.toPlainString());
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(SCRIPT), "UTF-8"));
			return null;
		});
		this.jdbc.execute("analyze");
		YearMonth month = YearMonth.from(LocalDate.now(this.clock));
		for (int i = 12; i >= 1; i--) {
			this.snapshots.createSnapshot(month.minusMonths(i));
		}
		return counts();
	}

	/**
	 * Vacuums and analyses the database after generating, as autovacuum would in time:
	 * the visibility map lets the lists count from their indexes alone. Outside a
	 * transaction.
	 */
	public void vacuum() {
		this.jdbc.execute("vacuum (analyze)");
	}

	/**
	 * Counts what the database holds.
	 * @return the counts
	 */
	public Counts counts() {
		return this.jdbc.queryForObject(
				"""
						select (select count(*) from unit) as units,
						       (select count(*) from citizen) as citizens,
						       (select count(*) from slot) as slots,
						       (select count(*) from slot where phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT')) as open,
						       (select count(*) from slot where phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT')
						                                   and deadline <= now()) as overdue,
						       (select count(*) from referral) as referrals,
						       (select count(*) from placement) as placements,
						       (select count(*) from slot_history) as history
						""",
				(rs, n) -> new Counts(rs.getLong("units"), rs.getLong("citizens"), rs.getLong("slots"),
						rs.getLong("open"), rs.getLong("overdue"), rs.getLong("referrals"), rs.getLong("placements"),
						rs.getLong("history")));
	}

	/**
	 * What a database holds.
	 *
	 * @param units units
	 * @param citizens citizens
	 * @param slots slots
	 * @param open slots in phases 1-3
	 * @param overdue open slots whose deadline has passed
	 * @param referrals referrals
	 * @param placements placements
	 * @param history slot history entries
	 */
	public record Counts(long units, long citizens, long slots, long open, long overdue, long referrals,
			long placements, long history) {
	}

}
