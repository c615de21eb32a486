package dk.pladsflow.shared;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dk.pladsflow.shared.database.EmbeddedPostgresLauncher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What V110-V112 do to data that existed before them: overlapping placements of one
 * citizen are resolved (and logged) so that the exclusion constraint can be added, old
 * target groups get a readiness, and open referrals of closed, filled or reopened slots
 * are withdrawn. Runs on a database of its own, migrated to just before V110 and filled
 * there.
 */
class IssueTenDataMigrationTests {

	@Test
	void existingDataIsBroughtUnderTheNewRules(@TempDir Path directory) throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgresLauncher.start(directory, 0, false)) {
			String url = EmbeddedPostgresLauncher.jdbcUrl(server);
			flyway(url, lastBefore(110)).migrate();
			JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
			long department = jdbc.queryForObject("select id from department where code = 'BUF'", Long.class);
			long user = jdbc.queryForObject("""
					insert into app_user (username, display_name, password_hash) values ('u', 'U', 'x')
					returning id""", Long.class);
			long unit = jdbc.queryForObject("insert into unit (department_id, name) values (?, 'Enhed') returning id",
					Long.class, department);
			long jobReady = citizen(jdbc, "A", 1, "CASH_BENEFIT");
			long activityReady = citizen(jdbc, "B", 3, "EDUCATION_BENEFIT");
			long onDagpenge = citizen(jdbc, "C", 2, "UNEMPLOYMENT_INSURANCE");
			long first = placement(jdbc, department, "WAGE_SUBSIDY", "2025-01-01", null, jobReady);
			long second = placement(jdbc, department, "INTERNSHIP", "2025-03-01", "2025-03-28", jobReady);
			long sameDay = placement(jdbc, department, "WAGE_SUBSIDY", "2025-03-01", "2025-05-01", jobReady);
			long utility = placement(jdbc, department, "UTILITY_WORK", "2025-01-10", "2025-02-10", jobReady);
			long closedSlot = slot(jdbc, department, unit, user, "CLOSED");
			long openSlot = slot(jdbc, department, unit, user, "REFERRAL");
			long waiting = referral(jdbc, closedSlot, onDagpenge, user);
			long stillOpen = referral(jdbc, openSlot, onDagpenge, user);

			flyway(url, "112").migrate();

			assertThat(endOf(jdbc, first)).as("ends the day before the next starts").isEqualTo("2025-02-28");
			assertThat(endOf(jdbc, second)).isEqualTo("2025-03-28");
			assertThat(jdbc.queryForObject("select citizen_id from placement where id = ?", Long.class, sameDay))
				.as("a second placement starting the same day loses its link to the citizen")
				.isNull();
			assertThat(endOf(jdbc, utility)).as("utility work is outside the rule").isEqualTo("2025-02-10");
			assertThat(jdbc.queryForList("select placement_id from placement_overlap_resolved order by placement_id",
					Long.class))
				.containsExactlyInAnyOrder(first, sameDay);

			List<Map<String, Object>> readiness = jdbc.queryForList(
					"select id, target_group::int as g, readiness from citizen where id in (?, ?, ?) order by id",
					jobReady, activityReady, onDagpenge);
			assertThat(readiness).extracting((r) -> r.get("readiness"))
				.containsExactly("JOB_READY", "ACTIVITY_READY", null);
			assertThat(readiness).extracting((r) -> r.get("g")).containsExactly(1, 3, 2);

			assertThat(jdbc.queryForMap("select state, reason from referral where id = ?", waiting))
				.containsEntry("state", "WITHDRAWN")
				.containsEntry("reason", "SLOT_CLOSED");
			assertThat(jdbc.queryForObject("select state from referral where id = ?", String.class, stillOpen))
				.isEqualTo("PROPOSED");
		}
	}

	/** The newest migration before the given version (others may add some below 110). */
	private static String lastBefore(int version) throws java.io.IOException {
		int last = 0;
		for (org.springframework.core.io.Resource resource : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath:db/migration/V*.sql")) {
			int v = Integer.parseInt(resource.getFilename().substring(1, resource.getFilename().indexOf("__")));
			if (v < version && v > last) {
				last = v;
			}
		}
		return String.valueOf(last);
	}

	private static Flyway flyway(String url, String target) {
		return Flyway.configure()
			.dataSource(url, "postgres", "postgres")
			.locations("classpath:db/migration")
			.target(target)
			.load();
	}

	private static long citizen(JdbcTemplate jdbc, String name, int group, String benefit) {
		return jdbc.queryForObject("""
				insert into citizen (name, case_reference, target_group, benefit, waiting_since)
				values (?, ?, ?, ?, date '2025-01-01') returning id""", Long.class, name, "SAG-" + name, group,
				benefit);
	}

	private static long placement(JdbcTemplate jdbc, long department, String scheme, String start, String end,
			long citizen) {
		return jdbc.queryForObject("""
				insert into placement (department_id, scheme, start_date, end_date, citizen_ref, citizen_id)
				values (?, ?, ?::date, ?::date, ?, ?) returning id""", Long.class, department, scheme, start, end,
				"SAG-" + citizen + "-" + scheme + start, citizen);
	}

	private static long slot(JdbcTemplate jdbc, long department, long unit, long user, String phase) {
		return jdbc.queryForObject("""
				insert into slot (department_id, unit_id, title, scheme, weekly_hours, contact_person,
				                  not_replacing_vacancy, representative_approved, one_cv_mode, phase, opened_at,
				                  round_no, created_by)
				values (?, ?, 'Plads', 'WAGE_SUBSIDY', 37, 'Arne', true, true, false, ?,
				        timestamp with time zone '2025-01-01 08:00+00', 1, ?) returning id""", Long.class, department,
				unit, phase, user);
	}

	private static long referral(JdbcTemplate jdbc, long slot, long citizen, long user) {
		return jdbc.queryForObject("""
				insert into referral (slot_id, round_no, citizen_id, citizen_label, state, referred_by, referred_at)
				values (?, 1, ?, 'C', 'PROPOSED', ?, timestamp with time zone '2025-01-02 08:00+00')
				returning id""", Long.class, slot, citizen, user);
	}

	private static String endOf(JdbcTemplate jdbc, long placement) {
		return jdbc.queryForObject("select end_date::text from placement where id = ?", String.class, placement);
	}

}
