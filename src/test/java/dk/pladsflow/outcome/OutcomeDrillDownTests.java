package dk.pladsflow.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.citizen.CitizenData;
import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.citizen.CprNumber;
import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.outcome.OutcomePlacement.Result;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.placement.Sector;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.user.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The drill-down from a figure on Resultater to the placements behind it (issue 14, item
 * 5), on the worked example of {@code docs/outcomes.md}: the same conditions as the
 * figures, filtered and paged in SQL, citizens masked, a department manager narrowed to
 * their department.
 */
class OutcomeDrillDownTests extends WorkedExampleTest {

	@Autowired
	CitizenService citizens;

	@Test
	void theKnownInternshipsAreTheThreeTheShareRestsOnWithHowEachWasJudged() {
		DepartmentSummary department = this.fixtures.workedExample();
		String d = department.code();

		Page<OutcomePlacement> known = this.outcomes.placements(OutcomeFixtures.departmentManager(department),
				new OutcomeFilter(2024, null, Scheme.INTERNSHIP, Sector.MUNICIPAL, null, Figure.KNOWN), 0);

		assertThat(known.getTotalElements()).isEqualTo(3);
		assertThat(known.getContent()).extracting(OutcomeDrillDownTests::judged)
			.containsExactly(
					Arrays.asList(d + "-C1", LocalDate.of(2024, 1, 31), YearMonth.of(2024, 4), 30, 30, 30,
							Result.IN_JOB_OR_EDUCATION, new BigDecimal("100.0")),
					Arrays.asList(d + "-C2", LocalDate.of(2024, 2, 29), YearMonth.of(2024, 5), 31, 31, 16,
							Result.IN_JOB_OR_EDUCATION, new BigDecimal("58.2")),
					Arrays.asList(d + "-C3", LocalDate.of(2024, 3, 31), YearMonth.of(2024, 6), 30, 15, 0, Result.OTHER,
							null));
		assertThat(known.getContent()).allSatisfy((p) -> assertThat(p.departmentCode()).isEqualTo(d));
	}

	@Test
	void everyFigureListsTheVeryPlacementsItCounts() {
		DepartmentSummary department = this.fixtures.workedExample();
		String d = department.code();
		CurrentUser manager = OutcomeFixtures.departmentManager(department);

		assertThat(refs(manager, new OutcomeFilter(2024, d, null, null, null, Figure.ENDED))).containsExactly(d + "-C1",
				d + "-C2", d + "-C3", d + "-C4", d + "-C6", d + "-C1", d + "-C4", d + "-C5");
		assertThat(refs(manager, new OutcomeFilter(2024, null, null, null, null, Figure.PENDING)))
			.containsExactly(d + "-C4", d + "-C5");
		assertThat(refs(manager, new OutcomeFilter(2024, null, null, null, null, Figure.UNKNOWN)))
			.containsExactly(d + "-C4");
		assertThat(refs(manager,
				new OutcomeFilter(2024, null, Scheme.WAGE_SUBSIDY, Sector.PRIVATE, null, Figure.IN_JOB_OR_EDUCATION)))
			.containsExactly(d + "-C6", d + "-C1");
		assertThat(refs(manager,
				new OutcomeFilter(2024, null, Scheme.WAGE_SUBSIDY, Sector.PRIVATE, null, Figure.EFFECT_BASIS)))
			.containsExactly(d + "-C6");
		assertThat(refs(manager, new OutcomeFilter(2024, null, null, null, 10, Figure.ENDED))).as("ended in October")
			.containsExactly(d + "-C1");
		assertThat(refs(manager, new OutcomeFilter(2023, null, null, null, null, Figure.EFFECT_BASIS)))
			.containsExactly(d + "-C2");
	}

	@Test
	void aRegisteredCitizenIsShownByNameAndMaskedCprNumber() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();
		String ref = department.code() + "-C1";
		String cpr = "0101" + (50 + (int) (department.id() % 40)) + "-"
				+ String.format("%04d", department.id() % 10000);
		this.citizens.create(new CitizenData("Bente Drilsen", ref, CprNumber.parse(cpr), 1, Benefit.CASH_BENEFIT,
				"Gartner", true, LocalDate.of(2024, 1, 1), true), this.fixtures.consultant());

		this.mvc
			.perform(get("/outcomes/2024/placements").param("scheme", "INTERNSHIP")
				.param("sector", "MUNICIPAL")
				.param("figure", "KNOWN")
				.with(user(OutcomeFixtures.departmentManager(department))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bente Drilsen"),
					containsString(cpr.substring(0, 6) + "-****"), not(containsString(cpr)), containsString(ref),
					containsString("ikke i borgerregistret"), containsString("3 forløb: kendt status"),
					containsString("april 2024"), containsString("30 af 30"), containsString("100,0"),
					containsString("I job eller uddannelse"), containsString("Ikke i job eller uddannelse"))));
	}

	@Test
	void everyFigureOnThePageLinksToItsPlacements() throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();
		String base = "/outcomes/2024/placements?department=" + department.code();

		this.mvc
			.perform(get("/outcomes").param("year", "2024").with(user(OutcomeFixtures.departmentManager(department))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString(base + "&amp;scheme=INTERNSHIP&amp;sector=MUNICIPAL&amp;figure=ENDED\">4</a>"),
					containsString(base + "&amp;scheme=INTERNSHIP&amp;sector=MUNICIPAL&amp;figure=KNOWN\">67 %</a>"),
					containsString(
							base + "&amp;scheme=INTERNSHIP&amp;sector=MUNICIPAL&amp;figure=EFFECT_BASIS\">79,1</a>"),
					containsString("/outcomes/2023/placements?department=" + department.code()
							+ "&amp;scheme=UTILITY_WORK&amp;sector=MUNICIPAL&amp;figure=EFFECT_BASIS\">25,3</a>"),
					// the trend: every scheme that ended in October, and internships in
					// March
					containsString(base + "&amp;month=10&amp;figure=ENDED\">1</a>"), containsString(base
							+ "&amp;scheme=INTERNSHIP&amp;sector=MUNICIPAL&amp;month=3&amp;figure=KNOWN\">0 %</a>"))));
	}

	@Test
	void theListIsPagedInTheDatabase() {
		DepartmentSummary department = this.fixtures.department();
		String d = department.code();
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 51; i++) {
			lines.add(d + ";UTILITY_WORK;2024-01-01;2024-01-" + String.format("%02d", 1 + i % 31) + ";" + d + "-P" + i
					+ ";;");
		}
		this.fixtures.placements(lines.toArray(String[]::new));
		CurrentUser manager = OutcomeFixtures.departmentManager(department);
		OutcomeFilter all = new OutcomeFilter(2024, null, null, null, null, null);

		Page<OutcomePlacement> first = this.outcomes.placements(manager, all, 0);
		Page<OutcomePlacement> second = this.outcomes.placements(manager, all, 1);

		assertThat(first.getTotalElements()).isEqualTo(51);
		assertThat(first.getContent()).hasSize(50);
		assertThat(second.getContent()).hasSize(1);
		assertThat(second.getContent().get(0).end()).isEqualTo(LocalDate.of(2024, 1, 31));
	}

	@Test
	void aDepartmentManagerGuessingAnotherDepartmentIsRefusedAndACentralReaderGuessingNoneGetsNotFound()
			throws Exception {
		DepartmentSummary department = this.fixtures.workedExample();
		DepartmentSummary other = this.fixtures.department();
		CurrentUser manager = OutcomeFixtures.departmentManager(department);

		this.mvc.perform(get("/outcomes/2024/placements").param("department", other.code()).with(user(manager)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/outcomes/2024/placements").param("department", "NOPE").with(user(manager)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/outcomes/2024/placements").param("department", "NOPE")
				.with(user(OutcomeFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/outcomes/2024/placements").param("month", "13").with(user(OutcomeFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isNotFound());
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> this.outcomes.placements(manager,
				new OutcomeFilter(2024, other.code(), null, null, null, null), 0));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.outcomes
			.placements(OutcomeFixtures.CENTRAL_MANAGER, new OutcomeFilter(1999, null, null, null, null, null), 0));
		// a central reader sees the municipality's list, which holds the department's
		assertThat(refs(OutcomeFixtures.CENTRAL_MANAGER,
				new OutcomeFilter(2024, department.code().toLowerCase(), null, null, 10, Figure.ENDED)))
			.containsExactly(department.code() + "-C1");
	}

	private List<String> refs(CurrentUser user, OutcomeFilter filter) {
		return this.outcomes.placements(user, filter, 0).map(OutcomePlacement::caseReference).getContent();
	}

	private static List<Object> judged(OutcomePlacement p) {
		return Arrays.asList(p.caseReference(), p.end(), p.judgedIn(), p.monthDays(), p.daysKnown(), p.daysInWork(),
				p.result(), p.effectPoints());
	}

}
