package dk.pladsflow.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.citizen.CitizenData;
import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.citizen.CprNumber;
import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.shared.csv.ImportRejectedException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The citizens' status spells import: all or nothing, row errors, and a re-import that
 * replaces instead of doubling.
 */
@WebIntegrationTest
@Import(OutcomeFixtures.class)
class SpellImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutcomeFixtures fixtures;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	CitizenService citizens;

	@Autowired
	JdbcClient jdbc;

	private List<String> spells(String citizen) {
		return this.jdbc
			.sql("select status || ' ' || start_date || ' ' || coalesce(end_date::text, '-') from citizen_status_spell "
					+ "where citizen_ref = ? order by start_date")
			.param(citizen)
			.query(String.class)
			.list();
	}

	private String placed(DepartmentSummary department, String suffix) {
		String ref = department.code() + "-" + suffix;
		this.fixtures.placements(department.code() + ";INTERNSHIP;2024-01-01;2024-01-31;" + ref + ";;");
		return ref;
	}

	@Test
	void reImportingTheSameFileChangesNothing() {
		DepartmentSummary department = this.fixtures.department();
		String a = placed(department, "A");
		String[] file = { a + ";BENEFIT;2023-01-01;2023-12-31", a + ";OTHER;2024-01-01;2024-01-31",
				a + ";JOB;2024-02-01;" };

		assertThat(this.fixtures.spells(file)).isEqualTo(3);
		List<String> once = spells(a);
		this.fixtures.spells(file);

		assertThat(spells(a)).isEqualTo(once)
			.containsExactly("BENEFIT 2023-01-01 2023-12-31", "OTHER 2024-01-01 2024-01-31", "JOB 2024-02-01 -");
	}

	@Test
	void aLaterFileReplacesOnlyThePeriodItCoversForItsCitizens() {
		DepartmentSummary department = this.fixtures.department();
		String a = placed(department, "A");
		String b = placed(department, "B");
		this.fixtures.spells(a + ";BENEFIT;2023-01-01;2023-12-31", a + ";JOB;2024-01-01;", b + ";OTHER;2023-01-01;");

		// March's register file for A: on benefit in March; B is not in it
		this.fixtures.spells(a + ";BENEFIT;2024-03-01;2024-03-31");

		assertThat(spells(a)).containsExactly("BENEFIT 2023-01-01 2023-12-31", "JOB 2024-01-01 2024-02-29",
				"BENEFIT 2024-03-01 2024-03-31", "JOB 2024-04-01 -");
		assertThat(spells(b)).containsExactly("OTHER 2023-01-01 -");
	}

	@Test
	void aFileWithOneBadRowChangesNothingAndNamesTheRow() {
		DepartmentSummary department = this.fixtures.department();
		String a = placed(department, "A");
		this.fixtures.spells(a + ";BENEFIT;2023-01-01;");

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.fixtures.spells(a + ";JOB;2024-01-01;2024-06-30", a + ";SICK;2024-07-01;"))
			.satisfies((ex) -> assertThat(ex.errors()).singleElement().satisfies((e) -> {
				assertThat(e.line()).isEqualTo(3);
				assertThat(e.messageCode()).isEqualTo("outcome.import.status.unknown");
			}));
		assertThat(spells(a)).containsExactly("BENEFIT 2023-01-01 -");
	}

	/**
	 * The citizens of a file are looked up with one array each, not an IN list of one
	 * parameter per citizen: PostgreSQL's driver sends at most 65,535 parameters.
	 */
	@Test
	void aFileOfMoreCitizensThanAStatementTakesParametersIsChecked() {
		String[] lines = IntStream.range(0, 70_000)
			.mapToObj((i) -> "NOBODY-" + i + ";JOB;2024-01-01;2024-01-31")
			.toArray(String[]::new);

		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> this.fixtures.spells(lines))
			.satisfies((ex) -> assertThat(ex.errors()).hasSize(70_000)
				.allSatisfy((e) -> assertThat(e.messageCode()).isEqualTo("outcome.import.citizen.unknown")));
	}

	@Test
	void everyKindOfBadRowIsNamedWithItsLine() {
		DepartmentSummary department = this.fixtures.department();
		String a = placed(department, "A");
		String unknown = department.code() + "-NOBODY";

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.fixtures.spells(a + ";JOB;2024-01-01;2024-06-30", unknown + ";JOB;2024-01-01;",
					a + ";BENEFIT;2024-06-30;2024-07-31", a + ";BENEFIT;2024-13-01;", a + ";JOB;2024-09-01;2024-08-01",
					";JOB;2024-01-01;", a + ";OTHER;2025-01-01;x"))
			.satisfies((ex) -> assertThat(ex.errors()).extracting((e) -> e.line() + " " + e.messageCode())
				.containsExactly("3 outcome.import.citizen.unknown", "4 outcome.import.overlap",
						"5 import.start.invalid", "6 import.end.beforeStart", "7 import.citizen.invalid",
						"8 import.end.invalid"));
	}

	@Test
	void aCitizenOnlyInTheRegisterIsKnownToo() {
		String ref = "REG-" + System.nanoTime() % 10_000_000_000L;
		int n = ThreadLocalRandom.current().nextInt(10_000);
		CurrentUser consultant = this.fixtures.consultant();
		this.citizens
			.create(new CitizenData("Test Borger", ref, CprNumber.parse(String.format("0101%02d-%04d", 50 + n % 40, n)),
					1, Benefit.CASH_BENEFIT, "Gartner", true, LocalDate.of(2024, 1, 1), true), consultant);

		assertThat(this.fixtures.spells(ref + ";EDUCATION;2024-01-01;")).isEqualTo(1);
	}

	@Test
	void onlyAdministratorsImport() {
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> this.outcomes
			.importCsv(OutcomeFixtures.CENTRAL_MANAGER, OutcomeFixtures.csv("citizen;status;start;end")));
	}

	@Test
	void theApiImportsForAdministratorsAndListsBadRows() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		String a = placed(department, "A");
		String admin = this.fixtures.user(Role.ADMIN, null);
		String manager = this.fixtures.user(Role.MANAGER, null);

		this.mvc
			.perform(post("/api/import/outcomes").with(httpBasic(admin, OutcomeFixtures.PASSWORD))
				.contentType("text/csv")
				.content("citizen;status;start;end\n" + a + ";JOB;2024-02-01;\n"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"imported\":1}", true));
		this.mvc
			.perform(post("/api/import/outcomes").with(httpBasic(admin, OutcomeFixtures.PASSWORD))
				.contentType("text/csv")
				.content("citizen;status;start;end\nUKENDT-X;JOB;2024-02-01;\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("UKENDT-X")));
		this.mvc
			.perform(post("/api/import/outcomes").with(httpBasic(manager, OutcomeFixtures.PASSWORD))
				.contentType("text/csv")
				.content("citizen;status;start;end\n" + a + ";JOB;2024-02-01;\n"))
			.andExpect(status().isForbidden());
		assertThat(spells(a)).containsExactly("JOB 2024-02-01 -");
	}

	@Test
	void theImportPageIsForAdministrators() throws Exception {
		DepartmentSummary department = this.fixtures.department();
		String a = placed(department, "A");
		this.mvc.perform(get("/outcomes/import").with(user(OutcomeFixtures.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("citizen;status;start;end")));
		this.mvc.perform(get("/outcomes/import").with(user(OutcomeFixtures.CENTRAL_MANAGER)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					multipart("/outcomes/import")
						.file("file",
								("citizen;status;start;end\n" + a + ";JOB;2024-02-01;\n" + a
										+ ";PAUSE;2023-01-01;2023-01-31\n")
									.getBytes(java.nio.charset.StandardCharsets.UTF_8))
						.with(user(OutcomeFixtures.ADMIN))
						.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ukendt status: &quot;PAUSE&quot;")));
		assertThat(spells(a)).isEmpty();
	}

	/**
	 * Issue 11: the placements page offers the import to administrators by asking the
	 * permissions, not a role name; a consultant, who may not import, is not offered it.
	 */
	@Test
	void thePlacementsPageOffersTheImportToAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/placements").with(user(OutcomeFixtures.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/outcomes/import\"")));
		CurrentUser consultant = CurrentUser.of(-3, "test-konsulent", Set.of(Role.CONSULTANT), null, Set.of());
		this.mvc.perform(get("/placements").with(user(consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/outcomes/import\""))));
	}

}
