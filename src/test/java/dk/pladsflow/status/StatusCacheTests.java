package dk.pladsflow.status;

import java.time.YearMonth;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.status.StatusReport.DepartmentReport;
import dk.pladsflow.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A computed report is kept while nothing it is made of changes, and never reused after a
 * change: not after a placement, a target or a unit changed, and not after a rolled-back
 * transaction that computed a report from its own uncommitted change.
 */
@IntegrationTest
@Import(StatusFixtures.class)
class StatusCacheTests {

	private static final YearMonth JUNE = YearMonth.of(2023, 6);

	@Autowired
	StatusFixtures fixtures;

	@Autowired
	StatusService status;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aReportIsKeptUntilItsPlacementsOrTargetsChange() {
		DepartmentSummary department = this.fixtures.department();
		String code = department.code();
		this.fixtures.placements(code + ";WAGE_SUBSIDY;2023-01-01;2023-06-30;A;");

		StatusReport first = this.status.report(StatusFixtures.ADMIN, JUNE);
		assertThat(this.status.report(StatusFixtures.ADMIN, JUNE)).isSameAs(first);
		assertThat(placements(first, code)).isEqualTo(1);

		this.fixtures.placements(code + ";WAGE_SUBSIDY;2023-02-01;2023-06-30;B;");
		StatusReport second = this.status.report(StatusFixtures.ADMIN, JUNE);
		assertThat(placements(second, code)).isEqualTo(2);

		this.fixtures.targets(code + ";2023;1;");
		StatusReport third = this.status.report(StatusFixtures.ADMIN, JUNE);
		assertThat(third).isNotSameAs(second);
		assertThat(department(third, code).figures().combined().target()).isEqualByComparingTo("1");

		this.fixtures.unit(department, "Ny enhed");
		assertThat(this.status.report(StatusFixtures.ADMIN, JUNE)).isNotSameAs(third);
	}

	@Test
	void aReportComputedInARolledBackTransactionIsNeverReused() {
		DepartmentSummary department = this.fixtures.department();
		String code = department.code();
		this.transaction.executeWithoutResult((tx) -> {
			this.fixtures.placements(code + ";WAGE_SUBSIDY;2023-01-01;2023-06-30;A;",
					code + ";WAGE_SUBSIDY;2023-01-01;2023-06-30;B;");
			assertThat(placements(this.status.report(StatusFixtures.ADMIN, JUNE), code)).isEqualTo(2);
			tx.setRollbackOnly();
		});
		this.fixtures.placements(code + ";WAGE_SUBSIDY;2023-01-01;2023-06-30;C;");
		assertThat(placements(this.status.report(StatusFixtures.ADMIN, JUNE), code)).isEqualTo(1);
	}

	private static long placements(StatusReport report, String code) {
		return department(report, code).figures().schemes().get(Scheme.WAGE_SUBSIDY).placements();
	}

	private static DepartmentReport department(StatusReport report, String code) {
		return report.departments().stream().filter((d) -> d.code().equals(code)).findFirst().orElseThrow();
	}

}
