package dk.pladsflow.status;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.placement.PlacementFilter;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.placement.PlacementSummary;
import dk.pladsflow.shared.csv.ImportRejectedException;
import dk.pladsflow.status.StatusReport.DepartmentReport;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14, item 1: placements carry their sector; private ones do not count in the
 * status against the targets, and files without the sector column keep working.
 */
@WebIntegrationTest
@Import(StatusFixtures.class)
class PrivatePlacementsTests {

	private static final String HEADER = "department;scheme;start;end;citizen;unit;sector";

	@Autowired
	MockMvc mvc;

	@Autowired
	StatusFixtures fixtures;

	@Autowired
	StatusService status;

	@Autowired
	PlacementService placements;

	@Test
	void privatePlacementsOfEverySchemeLeaveTheStatusAsItWas() {
		DepartmentSummary department = this.fixtures.department();
		String code = department.code();
		this.fixtures.targets(code + ";2023;50;20");
		this.fixtures.placements(StatusComputationTests.workedExample(code).toArray(String[]::new));
		this.placements.importCsv(StatusFixtures.ADMIN,
				StatusFixtures.csv(HEADER, code + ";WAGE_SUBSIDY;2023-01-01;2023-06-30;P1;;PRIVATE",
						code + ";INTERNSHIP;2023-01-01;;P2;;privat", code + ";UTILITY_WORK;2023-02-01;;P3;;PRIVATE",
						code + ";FLEX_JOB;2020-01-01;;P4;;PRIVATE", code + ";FLEX_JOB;2023-06-01;;P5;;privat"));

		DepartmentReport report = this.status.department(StatusFixtures.CENTRAL_MANAGER, YearMonth.of(2023, 6), code);

		StatusFormulaTests.assertWorkedExample(report.figures());
		assertThat(report.trend().get(5).flexJobStatus()).isEqualTo(18);
		assertThat(report.trend().get(0).combined().status()).isEqualTo(40.0);
	}

	@Test
	void aFileWithoutTheSectorColumnImportsMunicipalPlacementsAndKeepsAnEarlierPrivateOne() {
		DepartmentSummary department = this.fixtures.department();
		String code = department.code();
		this.placements.importCsv(StatusFixtures.ADMIN, StatusFixtures.csv(HEADER,
				code + ";INTERNSHIP;2023-01-01;;A;;PRIVATE", code + ";INTERNSHIP;2023-01-01;;B;;"));
		// the old six-column file again, now with end dates: corrects both, sectors kept
		this.fixtures.placements(code + ";INTERNSHIP;2023-01-01;2023-03-31;A;",
				code + ";INTERNSHIP;2023-01-01;2023-03-31;B;", code + ";INTERNSHIP;2023-02-01;;C;");

		assertThat(sectors(department)).containsExactly("A PRIVATE 2023-03-31", "B MUNICIPAL 2023-03-31",
				"C MUNICIPAL null");

		// a file that names the sector changes it
		this.placements.importCsv(StatusFixtures.ADMIN,
				StatusFixtures.csv(HEADER, code + ";INTERNSHIP;2023-01-01;2023-03-31;A;;MUNICIPAL"));
		assertThat(sectors(department)).first().isEqualTo("A MUNICIPAL 2023-03-31");
	}

	@Test
	void anUnknownSectorIsARowErrorAndNothingIsSaved() {
		DepartmentSummary department = this.fixtures.department();
		String code = department.code();

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.placements.importCsv(StatusFixtures.ADMIN,
					StatusFixtures.csv(HEADER, code + ";INTERNSHIP;2023-01-01;;A;;PRIVATE",
							code + ";INTERNSHIP;2023-01-01;;B;;STATE")))
			.satisfies((ex) -> assertThat(ex.errors()).singleElement().satisfies((e) -> {
				assertThat(e.line()).isEqualTo(3);
				assertThat(e.messageCode()).isEqualTo("import.sector.unknown");
			}));
		assertThat(sectors(department)).isEmpty();
	}

	@Test
	void theStatusPageSaysOnlyMunicipalPlacementsCount() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		this.mvc.perform(get("/status/2023/6").with(user(StatusFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kun forløb på kommunens egne arbejdspladser tæller med")));
		this.mvc
			.perform(get("/status/2023/6/departments/{code}", department.code())
				.with(user(StatusFixtures.departmentManager(department))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("forløb i private virksomheder tæller med under Resultater")));
	}

	@Test
	void theFormRegistersAPrivatePlacementAndTheListShowsItsSector() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		CurrentUser consultant = CurrentUser.of(-6, "test-konsulent", Set.of(Role.CONSULTANT), null, Set.of());
		this.mvc.perform(get("/placements/new").with(user(consultant)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("<label class=\"form-label\" for=\"sector\">Sektor</label>"),
							containsString("value=\"PRIVATE\""))));
		this.mvc
			.perform(post("/placements").param("departmentId", String.valueOf(department.id()))
				.param("scheme", "INTERNSHIP")
				.param("sector", "PRIVATE")
				.param("startDate", "01-03-2024")
				.param("citizenRef", "PRIV-1")
				.with(user(consultant))
				.with(csrf()))
			.andExpect(redirectedUrl("/placements?departmentId=" + department.id()));

		assertThat(sectors(department)).containsExactly("PRIV-1 PRIVATE null");
		this.mvc
			.perform(get("/placements").param("departmentId", String.valueOf(department.id())).with(user(consultant)))
			.andExpect(content().string(containsString("<td>Privat</td>")));
	}

	private List<String> sectors(DepartmentSummary department) {
		return this.placements
			.list(StatusFixtures.ADMIN, new PlacementFilter(department.id(), null, null, null), Pageable.unpaged())
			.getContent()
			.stream()
			.sorted(java.util.Comparator.comparing(PlacementSummary::citizenRef))
			.map((p) -> p.citizenRef() + " " + p.sector() + " " + p.endDate())
			.toList();
	}

}
