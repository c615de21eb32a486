package dk.pladsflow.shared.database;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The memory a report's statement may use for its sorts and hash tables. A yearly report
 * at national volume groups some 100,000 rows (the quality measures' openings, the
 * outcomes' placements in citizen order); with PostgreSQL's default {@code work_mem} of 4
 * MB those spill to disk in batches (measured at scale 20: a fifth of the quality year's
 * time). Raised for the current transaction only, so the many small statements of the
 * pages keep the server's setting.
 */
public final class ReportMemory {

	/** Enough for the yearly reports at scale 20 without spilling. */
	static final String WORK_MEM = "64MB";

	private ReportMemory() {
	}

	/**
	 * Raises {@code work_mem} until the current transaction ends ({@code set local}).
	 * @param jdbc the client, in the transaction the report's statement runs in
	 */
	public static void raise(JdbcClient jdbc) {
		jdbc.sql("set local work_mem = '" + WORK_MEM + "'").update();
	}

}
