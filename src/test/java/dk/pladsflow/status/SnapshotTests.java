package dk.pladsflow.status;

import java.time.LocalDate;
import java.time.YearMonth;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.placement.PlacementData;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Freezing a month: a report that was sent does not change when placements are corrected
 * later; the live figures do.
 */
@IntegrationTest
@Import(StatusFixtures.class)
class SnapshotTests {

	// a month no other test freezes (snapshots are per month, for all departments)
	private static final YearMonth MAY_2019 = YearMonth.of(2019, 5);

	@Autowired
	StatusFixtures fixtures;

	@Autowired
	SnapshotService snapshots;

	@Autowired
	StatusService status;

	@Autowired
	PlacementService placements;

	@Test
	void aCorrectionAfterTheSnapshotChangesTheLiveFiguresButNotTheSnapshot() {
		DepartmentSummary department = this.fixtures.department();
		this.fixtures.targets(department.code() + ";2019;2;1");
		long placement = this.placements.register(
				PlacementData.of(department.id(), null, Scheme.WAGE_SUBSIDY, LocalDate.of(2019, 1, 1), null, "SNAP-1"));
		this.placements.register(
				PlacementData.of(department.id(), null, Scheme.FLEX_JOB, LocalDate.of(2018, 1, 1), null, "SNAP-2"));

		long id = this.snapshots.createSnapshot(MAY_2019);
		Figures frozen = department(this.snapshots.snapshot(StatusFixtures.CENTRAL_MANAGER, MAY_2019), department);
		assertThat(frozen.combined().status()).isEqualTo(1.0);
		assertThat(frozen.combined().fulfilmentPercent()).isEqualTo(50);
		assertThat(frozen.flexJob().status()).isEqualTo(1);

		// the placement really ended at the end of February 2019 (59 of 151 days)
		this.placements.end(placement, LocalDate.of(2019, 2, 28));
		this.fixtures.targets(department.code() + ";2019;4;1");

		assertThat(this.snapshots.createSnapshot(MAY_2019)).isEqualTo(id);
		Figures stillFrozen = department(this.snapshots.snapshot(StatusFixtures.CENTRAL_MANAGER, MAY_2019), department);
		assertThat(stillFrozen).isEqualTo(frozen);
		Figures live = this.status.department(StatusFixtures.CENTRAL_MANAGER, MAY_2019, department.code()).figures();
		assertThat(live.combined().status()).isEqualTo(59.0 / 151);
		assertThat(live.combined().target()).isEqualByComparingTo("4");
	}

	@Test
	void aMonthThatHasNotEndedCannotBeFrozen() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.snapshots.createSnapshot(YearMonth.now()));
	}

	@Test
	void aDepartmentManagerSeesOnlyTheirDepartmentOfASnapshot() {
		DepartmentSummary department = this.fixtures.department();
		YearMonth month = YearMonth.of(2019, 4);
		this.snapshots.createSnapshot(month);
		StatusReport report = this.snapshots.snapshot(StatusFixtures.departmentManager(department), month);
		assertThat(report.departments()).extracting(StatusReport.DepartmentReport::code)
			.containsExactly(department.code());
	}

	private static Figures department(StatusReport report, DepartmentSummary department) {
		return report.departments()
			.stream()
			.filter((d) -> d.code().equals(department.code()))
			.findFirst()
			.orElseThrow()
			.figures();
	}

}
