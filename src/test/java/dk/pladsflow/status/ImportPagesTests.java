package dk.pladsflow.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.placement.PlacementFilter;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.placement.PlacementSummary;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.pladsflow.test.Pages.fieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Targets and placements through the pages, read back through the JSON.
 */
@WebIntegrationTest
@Import(StatusFixtures.class)
class ImportPagesTests {

	private static final CurrentUser CONSULTANT = CurrentUser.of(-5, "konsulent-test", Set.of(Role.CONSULTANT), null,
			Set.of());

	@Autowired
	MockMvc mvc;

	@Autowired
	StatusFixtures fixtures;

	@Autowired
	PlacementService placements;

	@Test
	void targetsAndPlacementsImportedThroughThePagesGiveTheWorkedExampleInTheJson() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		this.mvc
			.perform(multipart("/admin/targets/import")
				.file(file("department;year;combined_target;flexjob_target", department.code() + ";2023;50,0;20"))
				.with(user(StatusFixtures.ADMIN))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/targets"));
		this.mvc.perform(multipart("/placements/import")
			.file(file("department;scheme;start;end;citizen;unit",
					StatusComputationTests.workedExample(department.code()).toArray(String[]::new)))
			.with(user(CONSULTANT))
			.with(csrf())).andExpect(redirectedUrl("/placements"));

		String manager = this.fixtures.user(Role.MANAGER, department.id());
		String json = this.mvc.perform(get("/api/status/2023/6").with(httpBasic(manager, StatusFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Double) JsonPath.read(json, "$.departments[0].combined.status")).isEqualTo(40.0);
		assertThat((Integer) JsonPath.read(json, "$.departments[0].combined.fulfilmentPercent")).isEqualTo(80);
		assertThat((Integer) JsonPath.read(json, "$.departments[0].flexJob.fulfilmentPercent")).isEqualTo(90);
		assertThat((Integer) JsonPath.read(json, "$.departments[0].overallPercent")).isEqualTo(85);
	}

	@Test
	void aRejectedFileIsListedRowByRowOnThePage() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		this.mvc
			.perform(
					multipart("/placements/import")
						.file(file("department;scheme;start;end;citizen;unit",
								department.code() + ";INTERNSHIP;2023-01-01;;A;", "NOPE;INTERNSHIP;2023-01-01;;B;"))
						.with(user(CONSULTANT))
						.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ukendt forvaltning: &quot;NOPE&quot;"),
					containsString("<td>3</td>"), containsString("intet er gemt"))));
		this.mvc
			.perform(get("/placements").param("departmentId", String.valueOf(department.id())).with(user(CONSULTANT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingen forløb")));
	}

	@Test
	void aConsultantRegistersAndEndsAPlacementByHand() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		this.mvc.perform(registration(department, "01-03-2024", "", "HAND-1"))
			.andExpect(redirectedUrl("/placements?departmentId=" + department.id()));
		this.mvc.perform(get("/placements").param("q", "hand-1").with(user(CONSULTANT)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("HAND-1"), containsString("01-03-2024"))));
		long id = placementsOf(department).get(0).id();
		this.mvc
			.perform(
					post("/placements/{id}/end", id).param("endDate", "31-03-2024").with(user(CONSULTANT)).with(csrf()))
			.andExpect(redirectedUrl("/placements?departmentId=" + department.id()));
		assertThat(this.placements.placement(id).endDate()).isEqualTo(java.time.LocalDate.of(2024, 3, 31));
		this.mvc.perform(registration(department, "01-03-2024", null, "HAND-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("allerede registreret")));
	}

	/**
	 * Issue 11: an impossible date (and one that is no date) gives the placement form
	 * back with the dates as typed and the Danish message by each, not the 400 page, and
	 * nothing is registered.
	 */
	@Test
	void anImpossibleDateGivesThePlacementFormBackWithTheInputKept() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		this.mvc.perform(registration(department, "31-02-2024", "snart", "DATO-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(fieldError("startDate", "Skriv en dato som dd-mm-åååå.")))
			.andExpect(content().string(fieldError("endDate", "Skriv en dato som dd-mm-åååå.")))
			.andExpect(content().string(containsString("value=\"31-02-2024\"")))
			.andExpect(content().string(containsString("value=\"snart\"")))
			.andExpect(content().string(containsString("value=\"DATO-1\"")));
		assertThat(placementsOf(department)).isEmpty();
	}

	@Test
	void anAdministratorBreaksATargetDownToAUnit() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		long unit = this.fixtures.unit(department, "Enhed A");
		this.mvc
			.perform(post("/admin/targets/2024/{id}", department.id()).param("unitId", String.valueOf(unit))
				.param("combinedTarget", "2,5")
				.param("flexJobTarget", "1")
				.with(user(StatusFixtures.ADMIN))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/targets/2024/" + department.id()));
		this.mvc.perform(get("/admin/targets/2024/{id}", department.id()).with(user(StatusFixtures.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Enhed A"), containsString("value=\"2,50\""))));
		this.mvc.perform(get("/admin/targets").param("year", "2024").with(user(StatusFixtures.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(department.code())));
	}

	@Test
	void consultantsCannotSetTargetsAndManagersCannotImportPlacements() throws Exception {
		this.mvc.perform(get("/admin/targets").with(user(CONSULTANT))).andExpect(status().isForbidden());
		this.mvc.perform(get("/placements").with(user(StatusFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void longListsArePaged() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		String[] rows = new String[60];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = department.code() + ";INTERNSHIP;2023-01-01;;PAGE-" + i + ";";
		}
		this.fixtures.placements(rows);
		this.mvc
			.perform(get("/placements").param("departmentId", String.valueOf(department.id())).with(user(CONSULTANT)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Side 1 af 2"), containsString("page=1"))));
	}

	/**
	 * A consultant's hand registration of a utility-work placement in the department.
	 * @param endDate the end date as typed, or null for a form without the field
	 */
	private static MockHttpServletRequestBuilder registration(DepartmentSummary department, String startDate,
			String endDate, String citizenRef) {
		MockHttpServletRequestBuilder request = post("/placements")
			.param("departmentId", String.valueOf(department.id()))
			.param("scheme", "UTILITY_WORK")
			.param("startDate", startDate)
			.param("citizenRef", citizenRef)
			.with(user(CONSULTANT))
			.with(csrf());
		return (endDate != null) ? request.param("endDate", endDate) : request;
	}

	private List<PlacementSummary> placementsOf(DepartmentSummary department) {
		return this.placements
			.list(StatusFixtures.ADMIN, new PlacementFilter(department.id(), null, null, null), Pageable.unpaged())
			.getContent();
	}

	private static MockMultipartFile file(String header, String... lines) {
		return new MockMultipartFile("file", "import.csv", "text/csv",
				(header + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
	}

}
