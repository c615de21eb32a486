package dk.pladsflow.outcome;

import java.util.Arrays;
import java.util.List;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.outcome.OutcomeReport.TrendMonth;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monthly trend of the outflow on Resultater (issue 14, item 5): the worked example
 * of {@code docs/outcomes.md} by end month, on 20-02-2025.
 */
class OutcomeTrendTests extends WorkedExampleTest {

	@Test
	void theWorkedExampleByEndMonth() {
		DepartmentSummary department = this.fixtures.workedExample();

		List<TrendMonth> trend = this.outcomes.outcomes(OutcomeFixtures.departmentManager(department), 2024)
			.totalTrend();

		// month: ended, pending, known, in job or education, percent (null: none known)
		assertThat(trend).extracting(OutcomeTrendTests::figures)
			.containsExactly(List.of(1L, 0L, 1L, 1L, 100), // P1
					List.of(1L, 0L, 1L, 1L, 100), // P2, ended on the leap day
					List.of(1L, 0L, 1L, 0L, 0), // P3: exactly half of June on benefit
					Arrays.asList(1L, 0L, 0L, 0L, null), // P4: 15 of 31 days known
					Arrays.asList(0L, 0L, 0L, 0L, null), Arrays.asList(0L, 0L, 0L, 0L, null),
					List.of(1L, 0L, 1L, 1L, 100), // P7
					Arrays.asList(0L, 0L, 0L, 0L, null), Arrays.asList(0L, 0L, 0L, 0L, null),
					List.of(1L, 0L, 1L, 1L, 100), // P5
					Arrays.asList(1L, 1L, 0L, 0L, null), // P11: February 2025 not over
					Arrays.asList(1L, 1L, 0L, 0L, null)); // P6
		// by scheme and sector: internship/municipal in March is P3 alone
		Outcome internshipMarch = trend.get(2).schemes().get(2);
		assertThat(internshipMarch.ended()).isEqualTo(1);
		assertThat(internshipMarch.percent()).isZero();
		assertThat(trend.get(9).schemes().get(1).percent()).as("wage subsidy/private in October").isEqualTo(100);
	}

	@Test
	void theTrendTableHoldsTheChartsNumbersAndAColumnPerSchemeAndSectorThatEnded() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();

		this.mvc
			.perform(get("/outcomes").param("year", "2024").with(user(OutcomeFixtures.departmentManager(department))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"outcome-trend-table\""),
					containsString("data-outcome-trend=\"outcome-trend-table\""),
					containsString("Udvikling for " + department.code()), containsString("Slutmåned"),
					containsString("data-series=\"total\""),
					containsString("data-series=\"MUNICIPAL\" data-scheme=\"INTERNSHIP\""),
					containsString("Andel, Virksomhedspraktik, Kommunal"), containsString("Andel, Løntilskud, Privat"),
					// no utility work ended in 2024 (P8 in 2023, P9 runs), no flex job
					not(containsString("Andel, Nytteindsats")), not(containsString("Andel, Fleksjob")),
					containsString("data-value=\"100\""), containsString("data-value=\"0\""),
					containsString("outcome-chart.js"),
					// the department manager has no choice of whose trend
					not(containsString("id=\"trend-of\"")))));
	}

	@Test
	void aCentralReaderChoosesTheDepartmentWhoseTrendIsShown() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();

		this.mvc.perform(get("/outcomes").param("year", "2024").with(user(OutcomeFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Udvikling for Københavns Kommune"), containsString("id=\"trend-of\""))));
		this.mvc
			.perform(get("/outcomes").param("year", "2024")
				.param("trend", department.code().toLowerCase())
				.with(user(OutcomeFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Udvikling for " + department.code())));
		this.mvc
			.perform(get("/outcomes").param("year", "2024")
				.param("trend", "NOPE")
				.with(user(OutcomeFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDepartmentManagerAskingForAnotherDepartmentsTrendIsRefused() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		DepartmentSummary other = this.fixtures.department();

		this.mvc
			.perform(get("/outcomes").param("trend", other.code())
				.with(user(OutcomeFixtures.departmentManager(department))))
			.andExpect(status().isForbidden());
	}

	private static List<Object> figures(TrendMonth month) {
		return Arrays.asList(month.ended(), month.pending(), month.known(), month.inJobOrEducation(), month.percent());
	}

}
