package dk.pladsflow.status;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.status.StatusReport.DepartmentReport;
import dk.pladsflow.status.StatusReport.UnitReport;
import dk.pladsflow.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The status computed in the database from imported placements and targets.
 */
@IntegrationTest
@Import(StatusFixtures.class)
class StatusComputationTests {

	@Autowired
	StatusFixtures fixtures;

	@Autowired
	StatusService status;

	/**
	 * DOMAIN.md's worked example, reached through placements that start before the
	 * period, end after it, run on, overlap in halves, and a flex-job employee with two
	 * rows.
	 */
	static List<String> workedExample(String code) {
		List<String> rows = new ArrayList<>();
		// wage subsidy: 19 x 181 days + 90 (started in 2022) + 91 (running) = 3,620
		for (int i = 1; i <= 19; i++) {
			rows.add(code + ";WAGE_SUBSIDY;2023-01-01;2023-06-30;W" + i + ";");
		}
		rows.add(code + ";løntilskud;01-10-2022;31-03-2023;W20;");
		rows.add(code + ";WAGE_SUBSIDY;2023-04-01;;W21;");
		// internship: 15 citizens, each in two placements of 90 and 91 days = 2,715
		for (int i = 1; i <= 15; i++) {
			rows.add(code + ";INTERNSHIP;2023-01-01;2023-03-31;I" + i + ";");
			rows.add(code + ";virksomhedspraktik;2023-04-01;2023-06-30;I" + i + ";");
		}
		// utility work: 5 placements running past the period = 905
		for (int i = 1; i <= 5; i++) {
			rows.add(code + ";nytteindsats;2023-01-01;2023-12-31;U" + i + ";");
		}
		// flex jobs in June: 16 long-running, one ending 1 June, one person with two rows
		for (int i = 1; i <= 16; i++) {
			rows.add(code + ";FLEX_JOB;2020-01-01;;F" + i + ";");
		}
		rows.add(code + ";FLEX_JOB;2021-01-01;2023-06-01;F17;");
		rows.add(code + ";fleksjob;2023-06-02;2023-06-10;F18;");
		rows.add(code + ";fleksjob;2023-06-30;;F18;");
		// not in June: ended in May, starts in July
		rows.add(code + ";FLEX_JOB;2022-01-01;2023-05-31;F19;");
		rows.add(code + ";FLEX_JOB;2023-07-01;;F20;");
		// outside the period altogether
		rows.add(code + ";WAGE_SUBSIDY;2022-01-01;2022-12-31;W99;");
		rows.add(code + ";WAGE_SUBSIDY;2023-07-01;2023-09-30;W98;");
		return rows;
	}

	@Test
	void theWorkedExampleFromImportedPlacementsGivesEightyFivePercent() {
		DepartmentSummary department = this.fixtures.department();
		this.fixtures.targets(department.code() + ";2023;50;20");
		this.fixtures.placements(workedExample(department.code()).toArray(String[]::new));

		DepartmentReport report = this.status.department(StatusFixtures.CENTRAL_MANAGER, YearMonth.of(2023, 6),
				department.code());

		Figures figures = report.figures();
		StatusFormulaTests.assertWorkedExample(figures);
		assertThat(figures.schemes().get(Scheme.WAGE_SUBSIDY).placements()).isEqualTo(21);
		assertThat(figures.schemes().get(Scheme.INTERNSHIP).placements()).isEqualTo(30);
	}

	@Test
	void theTrendAndThePreviousYearComeFromTheSamePlacements() {
		DepartmentSummary department = this.fixtures.department();
		this.fixtures.targets(department.code() + ";2023;50;20", department.code() + ";2022;10;");
		this.fixtures.placements(workedExample(department.code()).toArray(String[]::new));

		DepartmentReport report = this.status.department(StatusFixtures.CENTRAL_MANAGER, YearMonth.of(2023, 6),
				department.code());

		assertThat(report.trend()).hasSize(6);
		assertThat(report.trend().get(5).combined().status()).isCloseTo(40.0, within(1e-9));
		assertThat(report.trend().get(5).combined().fulfilmentPercent()).isEqualTo(80);
		assertThat(report.trend().get(5).flexJobStatus()).isEqualTo(18);
		// January: 19 + W20 wage subsidy, 15 internship, 5 utility work every day
		assertThat(report.trend().get(0).combined().status()).isCloseTo(40.0, within(1e-9));
		assertThat(report.trend().get(0).flexJobStatus()).isEqualTo(18);
		// January to June 2022: only W99 (W20 starts in October), F1-F17 and F19 in flex
		// jobs
		Figures before = report.previousYear();
		assertThat(before.schemes().get(Scheme.WAGE_SUBSIDY).fullYearPersons()).isEqualTo(1.0);
		assertThat(before.schemes().get(Scheme.WAGE_SUBSIDY).placements()).isEqualTo(1);
		assertThat(before.combined().target()).isEqualByComparingTo("10");
		assertThat(before.flexJob().status()).isEqualTo(18);
		assertThat(before.flexJob().target()).isNull();
	}

	@Test
	void aFlexJobCitizenInTwoUnitsCountsInEachUnitAndOnceForTheDepartment() {
		DepartmentSummary department = this.fixtures.department();
		this.fixtures.unit(department, "Biblioteket");
		this.fixtures.unit(department, "Svømmehallen");
		String code = department.code();
		this.fixtures.placements(code + ";FLEX_JOB;2023-01-01;2023-06-10;F1;Biblioteket",
				code + ";FLEX_JOB;2023-06-11;;F1;Svømmehallen", code + ";FLEX_JOB;2023-02-01;;F2;Biblioteket",
				code + ";FLEX_JOB;2023-01-01;2023-05-31;F3;Svømmehallen");

		DepartmentReport report = this.status.department(StatusFixtures.CENTRAL_MANAGER, YearMonth.of(2023, 6), code);

		assertThat(report.figures().flexJob().status()).isEqualTo(2);
		assertThat(report.units()).extracting(UnitReport::name).containsExactly("Biblioteket", "Svømmehallen");
		assertThat(report.units()).extracting((u) -> u.figures().flexJob().status()).containsExactly(2L, 1L);
	}

	@Test
	void aDepartmentWithoutPlacementsOrTargetsHasZerosAndNoFulfilment() {
		DepartmentSummary department = this.fixtures.department();
		DepartmentReport report = this.status.department(StatusFixtures.CENTRAL_MANAGER, YearMonth.of(2023, 6),
				department.code());
		assertThat(report.figures().combined().status()).isZero();
		assertThat(report.figures().combined().fulfilmentPercent()).isNull();
		assertThat(report.figures().overallPercent()).isNull();
		assertThat(report.units()).isEmpty();
	}

	@Test
	void theUnitBreakdownSumsEachUnitsPlacementsAgainstItsShare() {
		DepartmentSummary department = this.fixtures.department();
		long library = this.fixtures.unit(department, "Biblioteket");
		this.fixtures.unit(department, "Svømmehallen");
		this.fixtures.targets(department.code() + ";2024;4;");
		String code = department.code();
		this.fixtures.placements(code + ";WAGE_SUBSIDY;2024-01-01;2024-12-31;A;biblioteket",
				code + ";INTERNSHIP;2024-01-01;2024-06-30;B;Biblioteket", code + ";INTERNSHIP;2024-01-01;;C;");
		StatusReport snapshotLike = this.status.report(StatusFixtures.ADMIN, YearMonth.of(2024, 12));
		DepartmentReport report = snapshotLike.departments()
			.stream()
			.filter((d) -> d.code().equals(code))
			.findFirst()
			.orElseThrow();

		assertThat(report.figures().combined().status()).isCloseTo((366.0 + 182 + 366) / 366, within(1e-9));
		assertThat(report.units()).extracting(UnitReport::name).containsExactly("Biblioteket", null);
		UnitReport unit = report.units().get(0);
		assertThat(unit.unitId()).isEqualTo(library);
		assertThat(unit.figures().combined().status()).isCloseTo((366.0 + 182) / 366, within(1e-9));
		assertThat(unit.figures().combined().target()).isNull();
	}

}
