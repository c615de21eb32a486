package dk.pladsflow.outcome;

import java.time.Duration;
import java.util.Set;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The worked example of {@code docs/outcomes.md}: hand-made placements and spells, with
 * endings in several months of the leap year 2024, citizens with two placements, spells
 * that cover exactly half a month, unknown months, and placements still pending on
 * 20-02-2025. Every number of the JSON is asserted.
 */
class OutcomeComputationTests extends WorkedExampleTest {

	static final String ZERO = "\"ended\":0,\"known\":0,\"pending\":0,\"inJobOrEducation\":0,\"percent\":null,"
			+ "\"effectPoints\":null,\"effectBasis\":0}";

	/** The worked example's 2024, one object per scheme and sector. */
	static final String YEAR_2024 = "[" //
			+ "{\"scheme\":\"WAGE_SUBSIDY\",\"sector\":\"MUNICIPAL\",\"ended\":1,\"known\":0,\"pending\":1,"
			+ "\"inJobOrEducation\":0,\"percent\":null,\"effectPoints\":null,\"effectBasis\":0},"
			+ "{\"scheme\":\"WAGE_SUBSIDY\",\"sector\":\"PRIVATE\",\"ended\":3,\"known\":2,\"pending\":1,"
			+ "\"inJobOrEducation\":2,\"percent\":100,\"effectPoints\":44.5,\"effectBasis\":1},"
			+ "{\"scheme\":\"INTERNSHIP\",\"sector\":\"MUNICIPAL\",\"ended\":4,\"known\":3,\"pending\":0,"
			+ "\"inJobOrEducation\":2,\"percent\":67,\"effectPoints\":79.1,\"effectBasis\":2},"
			+ "{\"scheme\":\"INTERNSHIP\",\"sector\":\"PRIVATE\"," + ZERO + ","
			+ "{\"scheme\":\"UTILITY_WORK\",\"sector\":\"MUNICIPAL\"," + ZERO + ","
			+ "{\"scheme\":\"UTILITY_WORK\",\"sector\":\"PRIVATE\"," + ZERO + ","
			+ "{\"scheme\":\"FLEX_JOB\",\"sector\":\"MUNICIPAL\"," + ZERO + ","
			+ "{\"scheme\":\"FLEX_JOB\",\"sector\":\"PRIVATE\"," + ZERO + "]";

	@Test
	void theWorkedExampleGivesEveryNumberOfTheJson() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();
		String manager = this.fixtures.user(Role.MANAGER, department.id());

		this.mvc.perform(get("/api/outcomes/2024").with(httpBasic(manager, OutcomeFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"year\":2024,\"total\":" + YEAR_2024 + ",\"departments\":[{\"code\":\""
					+ department.code() + "\",\"schemes\":" + YEAR_2024 + "}]}", true));
	}

	@Test
	void thePreviousYearCountsTheUtilityWorkThatEndedInDecember() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();
		String manager = this.fixtures.user(Role.MANAGER, department.id());
		String utility = "{\"scheme\":\"UTILITY_WORK\",\"sector\":\"MUNICIPAL\",\"ended\":1,\"known\":1,\"pending\":0,"
				+ "\"inJobOrEducation\":0,\"percent\":0,\"effectPoints\":25.3,\"effectBasis\":1}";
		String year = YEAR_2024
			.replaceAll(
					"\"ended\":\\d+,\"known\":\\d+,\"pending\":\\d+,\"inJobOrEducation\":\\d+,"
							+ "\"percent\":[0-9a-z]+,\"effectPoints\":[0-9.a-z]+,\"effectBasis\":\\d+",
					ZERO.substring(0, ZERO.length() - 1))
			.replace("{\"scheme\":\"UTILITY_WORK\",\"sector\":\"MUNICIPAL\"," + ZERO, utility);

		this.mvc.perform(get("/api/outcomes/2023").with(httpBasic(manager, OutcomeFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"year\":2023,\"total\":" + year + ",\"departments\":[{\"code\":\""
					+ department.code() + "\",\"schemes\":" + year + "}]}", true));
	}

	@Test
	void aCentralReaderSeesTheDepartmentAmongAllAndTheMunicipalityIncludesIt() {
		DepartmentSummary department = this.fixtures.workedExample();

		OutcomeReport central = this.outcomes.outcomes(OutcomeFixtures.CENTRAL_MANAGER, 2024);
		OutcomeReport own = this.outcomes.outcomes(OutcomeFixtures.departmentManager(department), 2024);

		assertThat(central.departments()).hasSizeGreaterThan(1)
			.filteredOn((d) -> d.code().equals(department.code()))
			.singleElement()
			.satisfies((d) -> assertThat(d.schemes()).isEqualTo(own.total()));
		assertThat(own.departments()).singleElement().satisfies((d) -> assertThat(d.id()).isEqualTo(department.id()));
		for (int i = 0; i < own.total().size(); i++) {
			assertThat(central.total().get(i).ended()).isGreaterThanOrEqualTo(own.total().get(i).ended());
		}
	}

	@Test
	void aMonthLaterFebruaryIsJudgedAndTheEffectOfTheAutumnPlacementIsStillNotKnown() {
		DepartmentSummary department = this.fixtures.workedExample();
		this.clock.advance(Duration.ofDays(9));

		Outcome wageSubsidy = this.outcomes.outcomes(OutcomeFixtures.departmentManager(department), 2024)
			.total()
			.get(0);

		// P11's February 2025 is over and has no spell of C4: known now, not pending
		assertThat(wageSubsidy.pending()).isZero();
		assertThat(wageSubsidy.known()).isZero();
		assertThat(wageSubsidy.ended()).isEqualTo(1);
	}

	@Test
	void theResultsPageShowsTheYearBesideThePreviousForTheMunicipalityAndEachDepartment() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();

		this.mvc.perform(get("/outcomes").param("year", "2024").with(user(OutcomeFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Resultater 2024"), containsString("Københavns Kommune"),
					containsString(department.code() + " – "), containsString("67 %"), containsString("79,1"),
					containsString("44,5"), containsString("25,3"), containsString("ikke årsagsvirkninger"),
					containsString("scope=\"col\""))));
	}

	@Test
	void aDepartmentManagerSeesOnlyTheirDepartmentOnThePage() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();
		DepartmentSummary other = this.fixtures.department();

		this.mvc
			.perform(get("/outcomes").param("year", "2024").with(user(OutcomeFixtures.departmentManager(department))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(department.code() + " – "), containsString("67 %"),
					not(containsString("Københavns Kommune (KK)")), not(containsString(other.code())))));
	}

	@Test
	void employersMayNotReadTheOutcomes() throws Exception {
		String employer = this.fixtures.user(Role.EMPLOYER, this.fixtures.department().id());
		this.mvc.perform(get("/api/outcomes/2024").with(httpBasic(employer, OutcomeFixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/outcomes").with(user(CurrentUser.of(-5, "test-employer", Set.of(Role.EMPLOYER),
					this.fixtures.department().id(), Set.of()))))
			.andExpect(status().isForbidden());
		String consultant = this.fixtures.user(Role.CONSULTANT, null);
		this.mvc.perform(get("/api/outcomes/2024").with(httpBasic(consultant, OutcomeFixtures.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/outcomes/1999").with(httpBasic(consultant, OutcomeFixtures.PASSWORD)))
			.andExpect(status().isNotFound());
	}

}
