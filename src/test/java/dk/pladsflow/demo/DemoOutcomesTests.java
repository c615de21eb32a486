package dk.pladsflow.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import dk.pladsflow.outcome.Outcome;
import dk.pladsflow.outcome.OutcomeReport;
import dk.pladsflow.outcome.OutcomeService;
import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, done when: the demo data shows outcomes for every scheme and both sectors on
 * Resultater's default year (last year). The demo's placements and spells are loaded in a
 * transaction that is rolled back (unless a demo context loaded them already).
 */
@IntegrationTest
@Transactional
class DemoOutcomesTests {

	@Autowired
	DemoStatus status;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void lastYearHasKnownOutcomesAndAnEffectForEverySchemeAndBothSectors() {
		CurrentUser admin = CurrentUser.of(-1, "demo-outcomes-admin", Set.of(Role.ADMIN), null, Set.of());
		LocalDate today = LocalDate.now(this.clock);
		// a test context in the demo mode may have loaded the demo data into the shared
		// database already (its targets could not be set twice)
		if (this.jdbc.queryForObject("select count(*) from placement where citizen_ref like 'DEMO-%'",
				Long.class) == 0) {
			this.status.load(admin, today);
		}

		OutcomeReport report = this.outcomes.outcomes(admin, today.getYear() - 1);

		assertThat(report.total()).hasSize(8).allSatisfy((Outcome o) -> {
			assertThat(o.known()).as("%s/%s known", o.scheme(), o.sector()).isPositive();
			assertThat(o.inJobOrEducation()).as("%s/%s in job or education", o.scheme(), o.sector()).isPositive();
			assertThat(o.known()).as("%s/%s not all in job", o.scheme(), o.sector())
				.isGreaterThan(o.inJobOrEducation());
			assertThat(o.effectBasis()).as("%s/%s effect", o.scheme(), o.sector()).isPositive();
		});
		assertThat(report.totalTrend().stream().filter((m) -> m.known() > 0)).as("months with known outcomes")
			.hasSizeGreaterThan(6);
	}

}
