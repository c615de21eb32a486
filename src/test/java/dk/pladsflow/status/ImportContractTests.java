package dk.pladsflow.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.placement.PlacementFilter;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import contracts, through the scripted API: {@code POST /api/import/placements} and
 * {@code /api/import/targets} with a CSV body and HTTP Basic.
 */
@WebIntegrationTest
@Import(StatusFixtures.class)
class ImportContractTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StatusFixtures fixtures;

	@Autowired
	PlacementService placements;

	@Autowired
	StatusService status;

	private static MockHttpServletRequestBuilder csv(String path, String username, Object content) {
		MockHttpServletRequestBuilder request = post(path).with(httpBasic(username, StatusFixtures.PASSWORD))
			.contentType("text/csv");
		return (content instanceof byte[] bytes) ? request.content(bytes) : request.content((String) content);
	}

	/**
	 * Issue 11: {@code pladsflow.import.max-body-size} (20 MB). A body whose
	 * Content-Length is one byte over is refused with 413 and the message in the API's
	 * error form, unread, and nothing is imported; a body of exactly the limit is
	 * imported. (A body without a length is counted as it is read:
	 * {@code ImportBodyLimitOnServerTests}.)
	 */
	@Test
	void aBodyOneByteOverTheLimitIsRefusedUnreadAndOneAtTheLimitIsImported() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		String admin = this.fixtures.user(Role.ADMIN, null);
		int limit = 20 * 1024 * 1024;

		this.mvc.perform(csv("/api/import/targets", admin, targetsFile(department.code(), limit + 1)))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].line").value(1))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Filen er for stor: en import må højst fylde 20 MB. Del den op i mindre filer, og prøv igen."));
		assertThat(this.status.department(StatusFixtures.ADMIN, YearMonth.of(2023, 6), department.code())
			.figures()
			.flexJob()
			.target()).as("nothing imported").isNull();

		this.mvc.perform(csv("/api/import/targets", admin, targetsFile(department.code(), limit)))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"imported\":1}", true));
		assertThat(this.status.department(StatusFixtures.ADMIN, YearMonth.of(2023, 6), department.code())
			.figures()
			.flexJob()
			.target()).isEqualTo(4);
	}

	/**
	 * A targets file with one row for the department, padded with empty lines (which the
	 * import skips) to exactly the given size.
	 * @param code the department's code
	 * @param size the size in bytes
	 * @return the file
	 */
	static byte[] targetsFile(String code, int size) {
		byte[] head = ("department;year;combined_target;flexjob_target\n" + code + ";2023;;4\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[size];
		Arrays.fill(file, (byte) '\n');
		System.arraycopy(head, 0, file, 0, head.length);
		return file;
	}

	@Test
	void aGoodPlacementsFileWithBomAndBothDateFormatsIsImportedWhole() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		this.fixtures.unit(department, "Vej og Park");
		String admin = this.fixtures.user(Role.ADMIN, null);
		String file = "\uFEFFdepartment;scheme;start;end;citizen;unit\r\n" + department.code().toLowerCase()
				+ ";løntilskud;2023-01-01;2023-06-30;SAG-1;vej og park\r\n" + department.code()
				+ ";INTERNSHIP;01-02-2023;;SAG-1;\r\n" + department.code() + ";Fleksjob;2020-05-01;;SAG-2;\r\n";

		this.mvc.perform(csv("/api/import/placements", admin, file.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"imported\":3}", true));

		assertThat(this.placements
			.list(StatusFixtures.ADMIN, new PlacementFilter(department.id(), null, null, null), Pageable.unpaged())
			.getContent()).hasSize(3).anySatisfy((p) -> {
				assertThat(p.scheme()).isEqualTo(Scheme.WAGE_SUBSIDY);
				assertThat(p.unitId()).isNotNull();
			});
	}

	@Test
	void aFileWithBadRowsListsEachWithItsLineAndSavesNothing() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		String admin = this.fixtures.user(Role.ADMIN, null);
		String code = department.code();
		String file = "department;scheme;start;end;citizen;unit\n" + code + ";WAGE_SUBSIDY;2023-01-01;;OK-1;\n"
				+ "XXX;WAGE_SUBSIDY;2023-01-01;;A;\n" + code + ";PAUSE;2023-01-01;;B;\n" + code
				+ ";INTERNSHIP;2023-02-30;;C;\n" + code + ";INTERNSHIP;2023-03-01;2023-02-01;D;\n" + code
				+ ";INTERNSHIP;2023-03-01;;;\n" + code + ";INTERNSHIP;2023-03-01;;E;Ukendt enhed\n" + code
				+ ";INTERNSHIP;2023-03-01;;E\n" + code + ";WAGE_SUBSIDY;2023-01-01;;OK-1;\n";

		this.mvc.perform(csv("/api/import/placements", admin, file))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(8))
			.andExpect(jsonPath("$.errors[*].line").value(org.hamcrest.Matchers.contains(3, 4, 5, 6, 7, 8, 9, 10)))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("XXX")));

		assertThat(this.placements
			.list(StatusFixtures.ADMIN, new PlacementFilter(department.id(), null, null, null), Pageable.unpaged())
			.getContent()).isEmpty();
	}

	@Test
	void reImportingTheSameFileAddsNothingAndAChangedEndCorrectsThePlacement() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		String admin = this.fixtures.user(Role.ADMIN, null);
		String code = department.code();
		String file = "department;scheme;start;end;citizen;unit\n" + code + ";WAGE_SUBSIDY;2023-01-01;;R-1;\n" + code
				+ ";WAGE_SUBSIDY;2023-01-01;;R-2;\n";
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(csv("/api/import/placements", admin, file)).andExpect(status().isOk());
		}
		this.mvc
			.perform(csv("/api/import/placements", admin,
					"department;scheme;start;end;citizen;unit\n" + code + ";WAGE_SUBSIDY;2023-01-01;2023-01-31;R-1;\n"))
			.andExpect(status().isOk());

		assertThat(this.placements
			.list(StatusFixtures.ADMIN, new PlacementFilter(department.id(), null, null, null), Pageable.unpaged())
			.getContent()).hasSize(2);
		Figures figures = this.status.department(StatusFixtures.ADMIN, YearMonth.of(2023, 6), code).figures();
		assertThat(figures.schemes().get(Scheme.WAGE_SUBSIDY).fullYearPersons()).isEqualTo((31.0 + 181) / 181);
	}

	@Test
	void targetsImportReplacesADepartmentsYearAndAcceptsDecimalCommas() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		String admin = this.fixtures.user(Role.ADMIN, null);
		String code = department.code();
		this.mvc
			.perform(csv("/api/import/targets", admin,
					"department;year;combined_target;flexjob_target\n" + code + ";2023;12,5;4\n"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"imported\":1}", true));
		this.mvc
			.perform(csv("/api/import/targets", admin,
					"department;year;combined_target;flexjob_target\n" + code + ";2023;50.25;\n"))
			.andExpect(status().isOk());

		Figures figures = this.status.department(StatusFixtures.ADMIN, YearMonth.of(2023, 6), code).figures();
		assertThat(figures.combined().target()).isEqualByComparingTo("50.25");
		assertThat(figures.flexJob().target()).isNull();
	}

	@Test
	void badTargetRowsAreListedAndNothingIsSaved() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		String admin = this.fixtures.user(Role.ADMIN, null);
		String code = department.code();
		this.mvc
			.perform(csv("/api/import/targets", admin,
					"department;year;combined_target;flexjob_target\n" + code + ";2023;10;2\n" + code + ";23;x;2,5\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[*].line").value(org.hamcrest.Matchers.contains(3, 3, 3)));
		Figures figures = this.status.department(StatusFixtures.ADMIN, YearMonth.of(2023, 6), code).figures();
		assertThat(figures.combined().target()).isNull();
	}

	@Test
	void importsNeedAnAdministratorWithHttpBasic() throws Exception {
		String consultant = this.fixtures.user(Role.CONSULTANT, null);
		this.mvc
			.perform(post("/api/import/targets").contentType("text/csv")
				.content("department;year;combined_target;flexjob_target\n"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(csv("/api/import/targets", consultant, "department;year;combined_target;flexjob_target\n"))
			.andExpect(status().isForbidden());
	}

}
