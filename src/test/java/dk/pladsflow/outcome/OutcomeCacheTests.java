package dk.pladsflow.outcome;

import java.time.Duration;

import dk.pladsflow.organisation.DepartmentSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A computed year of outcomes is kept while nothing it is made of changes (issue 14, item
 * 6), and a change of the spells or the placements shows at once: on the worked example
 * of {@code docs/outcomes.md}, 20-02-2025.
 */
class OutcomeCacheTests extends WorkedExampleTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void anUnchangedReportIsNotComputedAgain() {
		this.fixtures.workedExample();

		OutcomeReport first = this.outcomes.outcomes(OutcomeFixtures.CENTRAL_MANAGER, 2024);

		assertThat(this.outcomes.outcomes(OutcomeFixtures.CENTRAL_MANAGER, 2024)).isSameAs(first);
		assertThat(this.outcomes.outcomes(OutcomeFixtures.ADMIN, 2024)).isSameAs(first);
		assertThat(this.outcomes.outcomes(OutcomeFixtures.CENTRAL_MANAGER, 2023)).isNotSameAs(first);
	}

	@Test
	void newSpellsShowAtOnce() {
		DepartmentSummary department = this.fixtures.workedExample();
		Outcome before = internships(department);
		assertThat(before.known()).isEqualTo(3);

		// C4's July 2024, half known before, is now a job all month: known and in work
		this.fixtures.spells(department.code() + "-C4;JOB;2024-07-01;2024-07-31");

		Outcome after = internships(department);
		assertThat(after.known()).isEqualTo(4);
		assertThat(after.inJobOrEducation()).isEqualTo(3);
		assertThat(after.percent()).isEqualTo(75);
	}

	@Test
	void aNewPlacementAndACorrectedEndShowAtOnce() {
		DepartmentSummary department = this.fixtures.workedExample();
		String d = department.code();
		assertThat(internships(department).ended()).isEqualTo(4);

		this.fixtures.placements(d + ";INTERNSHIP;2024-05-01;2024-05-31;" + d + "-C7;;");
		assertThat(internships(department).ended()).isEqualTo(5);

		// P9, the running utility work, is given an end in 2024
		this.fixtures.placements(d + ";UTILITY_WORK;2024-05-01;2024-08-31;" + d + "-C3;;");
		Outcome utility = this.outcomes.outcomes(OutcomeFixtures.departmentManager(department), 2024).total().get(4);
		assertThat(utility.ended()).isEqualTo(1);
	}

	@Test
	void theNextDayIsComputedAfresh() {
		this.fixtures.workedExample();
		OutcomeReport today = this.outcomes.outcomes(OutcomeFixtures.CENTRAL_MANAGER, 2024);

		this.clock.advance(Duration.ofDays(1));

		assertThat(this.outcomes.outcomes(OutcomeFixtures.CENTRAL_MANAGER, 2024)).isNotSameAs(today);
	}

	@Test
	void aReportComputedInARolledBackTransactionIsNeverReused() {
		DepartmentSummary department = this.fixtures.workedExample();
		String d = department.code();
		this.transaction.executeWithoutResult((tx) -> {
			this.fixtures.placements(d + ";INTERNSHIP;2024-05-01;2024-05-31;" + d + "-C8;;");
			assertThat(internships(department).ended()).isEqualTo(5);
			tx.setRollbackOnly();
		});

		assertThat(internships(department).ended()).isEqualTo(4);
	}

	@Test
	void aSpellsImportLeavesTheStatusRevisionAlone() {
		DepartmentSummary department = this.fixtures.workedExample();
		long status = this.jdbc.sql("select revision from status_revision").query(Long.class).single();
		long outcome = this.jdbc.sql("select revision from outcome_revision").query(Long.class).single();

		this.fixtures.spells(department.code() + "-C5;OTHER;2025-01-01;2025-01-31");

		assertThat(this.jdbc.sql("select revision from status_revision").query(Long.class).single()).isEqualTo(status);
		assertThat(this.jdbc.sql("select revision from outcome_revision").query(Long.class).single())
			.isGreaterThan(outcome);
	}

	/** The department's internships at municipal workplaces that ended in 2024. */
	private Outcome internships(DepartmentSummary department) {
		return this.outcomes.outcomes(OutcomeFixtures.departmentManager(department), 2024).total().get(2);
	}

}
