package dk.pladsflow.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import dk.pladsflow.placement.PlacementFigures.OverlapRow;
import dk.pladsflow.placement.Scheme;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The rules of DOMAIN.md's "Target figures and monthly status", on figures given directly
 * (the SQL that sums them is tested in {@link StatusComputationTests}).
 */
class StatusFormulaTests {

	private static final Period JANUARY_TO_JUNE_2023 = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30));

	@Test
	void workedExampleGivesFortyFullYearPersonsEightyNinetyAndEightyFivePercent() {
		StatusInputs inputs = inputs(3620, 2715, 905, 18);
		inputs.targets(new BigDecimal("50"), 20);

		assertThat(JANUARY_TO_JUNE_2023.days()).isEqualTo(181);
		assertWorkedExample(Figures.of(JANUARY_TO_JUNE_2023, inputs));
	}

	/**
	 * The figures of DOMAIN.md's worked example: 20 + 15 + 5 = 40 full-year persons, 80
	 * %; 18 flex jobs, 90 %; overall 85 %.
	 * @param figures the figures to check
	 */
	static void assertWorkedExample(Figures figures) {
		assertThat(figures.schemes().get(Scheme.WAGE_SUBSIDY).fullYearPersons()).isEqualTo(20.0);
		assertThat(figures.schemes().get(Scheme.INTERNSHIP).fullYearPersons()).isEqualTo(15.0);
		assertThat(figures.schemes().get(Scheme.UTILITY_WORK).fullYearPersons()).isEqualTo(5.0);
		assertThat(figures.combined().status()).isEqualTo(40.0);
		assertThat(figures.combined().fulfilmentPercent()).isEqualTo(80);
		assertThat(figures.flexJob().status()).isEqualTo(18);
		assertThat(figures.flexJob().fulfilmentPercent()).isEqualTo(90);
		assertThat(figures.overallPercent()).isEqualTo(85);
	}

	@Test
	void aPlacementOfJanuaryToJuneAddsOneHundredEightyOneThreeHundredFourthsToJanuaryToOctober() {
		Period period = Period.of(YearMonth.of(2017, 10), LocalDate.of(2018, 3, 1));
		assertThat(period.days()).isEqualTo(304);
		Figures figures = Figures.of(period, inputs(181, 0, 0, 0));
		assertThat(figures.schemes().get(Scheme.WAGE_SUBSIDY).fullYearPersons()).isCloseTo(0.595, within(0.0005));
	}

	@Test
	void withoutAFlexJobTargetTheOverallFulfilmentIsTheCombinedOne() {
		StatusInputs inputs = inputs(3620, 2715, 905, 18);
		inputs.targets(new BigDecimal("50"), null);
		Figures figures = Figures.of(JANUARY_TO_JUNE_2023, inputs);
		assertThat(figures.flexJob().target()).isNull();
		assertThat(figures.flexJob().fulfilmentPercent()).isNull();
		assertThat(figures.overallPercent()).isEqualTo(80);
	}

	@Test
	void withoutAnyTargetThereIsNoFulfilment() {
		Figures figures = Figures.of(JANUARY_TO_JUNE_2023, inputs(181, 0, 0, 3));
		assertThat(figures.combined().fulfilmentPercent()).isNull();
		assertThat(figures.flexJob().fulfilmentPercent()).isNull();
		assertThat(figures.overallPercent()).isNull();
	}

	@Test
	void anEmptyDepartmentHasZeroStatusAndZeroFulfilment() {
		StatusInputs inputs = new StatusInputs();
		inputs.targets(new BigDecimal("12.5"), 4);
		Figures figures = Figures.of(JANUARY_TO_JUNE_2023, inputs);
		assertThat(figures.schemes()).containsOnlyKeys(Scheme.COMBINED);
		assertThat(figures.schemes().values()).allSatisfy((s) -> {
			assertThat(s.fullYearPersons()).isZero();
			assertThat(s.placements()).isZero();
		});
		assertThat(figures.combined().fulfilmentPercent()).isZero();
		assertThat(figures.flexJob().fulfilmentPercent()).isZero();
		assertThat(figures.overallPercent()).isZero();
	}

	@Test
	void percentagesAreRoundedHalfUpFromUnroundedFigures() {
		// 1 of 8 is 12.5 % -> 13 %; 2.5 of 3 full-year persons would be 83.33 %
		assertThat(new Ratio(BigDecimal.ONE, BigDecimal.valueOf(8)).percent()).isEqualTo(13);
		assertThat(new Ratio(BigDecimal.valueOf(1), BigDecimal.valueOf(200)).percent()).isEqualTo(1);
		assertThat(new Ratio(BigDecimal.valueOf(1), BigDecimal.valueOf(201)).percent()).isZero();
		// overall from unrounded parts: 84.4 % and 85.5 % -> 84.95 % -> 85 %, where the
		// rounded parts (84 and 86) would also give 85, but 84.4 and 84.5 -> 84.45 -> 84
		Ratio a = new Ratio(BigDecimal.valueOf(844), BigDecimal.valueOf(1000));
		Ratio b = new Ratio(BigDecimal.valueOf(845), BigDecimal.valueOf(1000));
		assertThat(Ratio.meanPercent(a, b)).isEqualTo(84);
	}

	@Test
	void theRunningMonthEndsTodayAndAFutureMonthHasNoStatus() {
		LocalDate today = LocalDate.of(2026, 11, 23);
		assertThat(Period.of(YearMonth.of(2026, 11), today))
			.isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 23)));
		assertThat(Period.of(YearMonth.of(2026, 10), today).end()).isEqualTo(LocalDate.of(2026, 10, 31));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.of(YearMonth.of(2026, 12), today));
	}

	@Test
	void leapYearsCountTheTwentyNinthOfFebruary() {
		Period february2024 = Period.of(YearMonth.of(2024, 2), LocalDate.of(2025, 1, 1));
		assertThat(february2024.days()).isEqualTo(60);
		assertThat(february2024.previousYear())
			.isEqualTo(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 28)));
		assertThat(february2024.previousYear().days()).isEqualTo(59);
		Period february2025 = Period.of(YearMonth.of(2025, 2), LocalDate.of(2026, 1, 1));
		assertThat(february2025.previousYear().end()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Period.of(YearMonth.of(2024, 12), LocalDate.of(2025, 1, 1)).days()).isEqualTo(366);
	}

	@Test
	void theForecastContinuesTheLastMonthsLevelToTheEndOfTheYear() {
		// June 2023: 30 persons every day of June, 40 full-year persons so far
		StatusInputs inputs = new StatusInputs();
		inputs.add(new OverlapRow(1, null, Scheme.WAGE_SUBSIDY, 7240, 900, 40));
		inputs.targets(new BigDecimal("50"), null);
		Forecast forecast = Forecast.of(JANUARY_TO_JUNE_2023, inputs);
		// (7240 + 30 * 184) / 365 = 34.96
		assertThat(forecast.combinedStatus()).isCloseTo(34.959, within(0.001));
		assertThat(forecast.combinedPercent()).isEqualTo(70);
		assertThat(forecast.overallPercent()).isEqualTo(70);
	}

	private static StatusInputs inputs(long wageSubsidy, long internship, long utilityWork, long flexJobs) {
		StatusInputs inputs = new StatusInputs();
		inputs.add(new OverlapRow(1, null, Scheme.WAGE_SUBSIDY, wageSubsidy, 0, 1));
		inputs.add(new OverlapRow(1, null, Scheme.INTERNSHIP, internship, 0, 1));
		inputs.add(new OverlapRow(1, null, Scheme.UTILITY_WORK, utilityWork, 0, 1));
		inputs.add(new OverlapRow(1, null, Scheme.FLEX_JOB, 0, 0, flexJobs));
		inputs.addFlexJobCitizens(flexJobs);
		return inputs;
	}

}
