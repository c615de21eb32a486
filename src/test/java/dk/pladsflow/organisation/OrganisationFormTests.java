package dk.pladsflow.organisation;

import java.util.List;

import dk.pladsflow.test.Unique;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static dk.pladsflow.test.Pages.fieldError;
import static dk.pladsflow.test.Pages.heading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The department and unit forms: a rejected form comes back with the Danish message
 * beside the field and the administrator's input kept, and nothing is saved.
 */
@WebIntegrationTest
@Transactional
class OrganisationFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationService organisation;

	DepartmentSummary department;

	@BeforeEach
	void createDepartment() {
		this.department = OrganisationMother.department(this.organisation);
	}

	@Test
	void validDepartmentIsCreated() throws Exception {
		String code = Unique.code();
		long count = this.organisation.allDepartments().size();
		postDepartment(code, "Ny forvaltning")

			.andExpect(status().isFound());
		assertThat(this.organisation.departmentByCode(code)).hasValueSatisfying((d) -> {
			assertThat(d.name()).isEqualTo("Ny forvaltning");
			assertThat(this.organisation.allDepartments()).hasSize((int) count + 1);
		});
	}

	@Test
	void departmentNeedsCodeAndName() throws Exception {
		long count = this.organisation.allDepartments().size();
		postDepartment("", "").andExpect(status().isOk())
			.andExpect(content().string(fieldError("code", "Skal udfyldes.")))
			.andExpect(content().string(fieldError("name", "Skal udfyldes.")));
		assertThat(this.organisation.allDepartments()).hasSize((int) count);
	}

	@Test
	void departmentCodeIsUniqueWhateverTheCase() throws Exception {
		postDepartment("buf", "Endnu en BUF").andExpect(status().isOk())
			.andExpect(content().string(fieldError("code", "Koden er allerede brugt af en anden forvaltning.")))
			.andExpect(content().string(containsString("value=\"Endnu en BUF\"")));
		assertThat(this.organisation.allDepartments()).noneMatch((d) -> d.name().equals("Endnu en BUF"));
	}

	@Test
	void noDepartmentTakesTheMunicipalitysOwnCode() throws Exception {
		postDepartment("kk", "Kommunen igen").andExpect(status().isOk())
			.andExpect(content()
				.string(fieldError("code", "Koden er kommunens egen og kan ikke bruges af en forvaltning.")));
		assertThat(this.organisation.departmentByCode("KK")).isEmpty();
	}

	@Test
	void departmentCodeHasAtMostTenCharacters() throws Exception {
		postDepartment("ABCDEFGHIJK", "For lang kode").andExpect(status().isOk())
			.andExpect(content().string(fieldError("code", "Må højst være 10 tegn.")))
			.andExpect(content().string(containsString("value=\"ABCDEFGHIJK\"")));
		assertThat(this.organisation.departmentByCode("ABCDEFGHIJK")).isEmpty();
	}

	@Test
	void departmentChangedBySomeoneElseShowsTheConflictPage() throws Exception {
		this.mvc
			.perform(departmentForm(post("/admin/departments/{id}", this.department.id()), this.department.code(),
					"Mit navn", this.department.version() - 1))
			.andExpect(status().isConflict())
			.andExpect(content().string(heading("Ændret af en anden")));
		assertThat(this.organisation.department(this.department.id()).name()).isEqualTo(this.department.name());
	}

	@Test
	void unitNeedsAName() throws Exception {
		postUnit(" ", "Lis Leder", "lis@kk.example").andExpect(status().isOk())
			.andExpect(content().string(fieldError("name", "Skal udfyldes.")))
			.andExpect(content().string(containsString("value=\"Lis Leder\"")));
		assertThat(this.organisation.units(this.department.id())).isEmpty();
	}

	@Test
	void unitNameIsUniqueWithinItsDepartment() throws Exception {
		UnitSummary existing = OrganisationMother.unit(this.organisation, this.department.id());
		postUnit(existing.name().toUpperCase(java.util.Locale.ROOT), "", "").andExpect(status().isOk())
			.andExpect(content().string(fieldError("name", "Forvaltningen har allerede en enhed med det navn.")));
		assertThat(this.organisation.units(this.department.id())).hasSize(1);
	}

	@Test
	void sameUnitNameIsAllowedInAnotherDepartment() throws Exception {
		DepartmentSummary other = OrganisationMother.department(this.organisation);
		UnitSummary existing = OrganisationMother.unit(this.organisation, other.id());
		postUnit(existing.name(), "", "").andExpect(redirectedUrl("/admin/departments/" + this.department.id()));
		assertThat(this.organisation.units(this.department.id())).extracting(UnitSummary::name)
			.containsExactly(existing.name());
	}

	@Test
	void unitLeaderEmailMustBeAnEmailAddress() throws Exception {
		postUnit("Enhed med fejl", "Lis Leder", "ikke-en-mail").andExpect(status().isOk())
			.andExpect(content().string(fieldError("leaderEmail", "Skriv en gyldig e-mailadresse.")))
			.andExpect(content().string(containsString("value=\"ikke-en-mail\"")));
		assertThat(this.organisation.units(this.department.id())).isEmpty();
	}

	/**
	 * Issue 11: a value that cannot be converted (letters, or a number too large for its
	 * type, in the ordinary employees) gives the form back with everything as typed and
	 * the Danish message by the field, not the 400 page; other fields' messages come
	 * along, and nothing is saved.
	 */
	@Test
	void lettersInANumberFieldGiveTheFormBackWithTheInputKept() throws Exception {
		for (String typed : List.of("tolv", "99999999999")) {
			this.mvc
				.perform(unitForm("Enhed med tal", "Lis Leder", "ikke-en-mail").param("ordinaryEmployees", typed)
					.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(heading("Ny enhed")))
				.andExpect(content().string(fieldError("ordinaryEmployees", "Skriv et helt tal.")))
				.andExpect(content().string(containsString("value=\"" + typed + "\"")))
				.andExpect(content().string(containsString("value=\"Enhed med tal\"")))
				.andExpect(content().string(containsString("value=\"Lis Leder\"")))
				.andExpect(content().string(fieldError("leaderEmail", "Skriv en gyldig e-mailadresse.")));
		}
		assertThat(this.organisation.units(this.department.id())).isEmpty();
	}

	/**
	 * A hidden field the form fills itself (the version) that does not convert was not
	 * sent by the form: the 400 page, as before, and nothing saved.
	 */
	@Test
	void anUnconvertibleHiddenVersionIsStillABadRequest() throws Exception {
		this.mvc.perform(unitForm("Enhed", "", "").param("ordinaryEmployees", "4").param("version", "abc"))
			.andExpect(status().isBadRequest());
		assertThat(this.organisation.units(this.department.id())).isEmpty();
	}

	private ResultActions postDepartment(String code, String name) throws Exception {
		return this.mvc.perform(departmentForm(post("/admin/departments"), code, name, 0));
	}

	/**
	 * The department form as a browser posts it: every field, and the checkbox's marker.
	 */
	private static MockHttpServletRequestBuilder departmentForm(MockHttpServletRequestBuilder request, String code,
			String name, long version) {
		return request.with(UserMother.as(Role.ADMIN))
			.with(csrf())
			.param("code", code)
			.param("name", name)
			.param("contactConsultantId", "")
			.param("_oneCvMode", "on")
			.param("version", Long.toString(version));
	}

	private ResultActions postUnit(String name, String leaderName, String leaderEmail) throws Exception {
		return this.mvc.perform(unitForm(name, leaderName, leaderEmail).param("version", "0"));
	}

	private MockHttpServletRequestBuilder unitForm(String name, String leaderName, String leaderEmail) {
		return post("/admin/units").with(UserMother.as(Role.ADMIN))
			.with(csrf())
			.param("departmentId", Long.toString(this.department.id()))
			.param("name", name)
			.param("leaderName", leaderName)
			.param("leaderEmail", leaderEmail);
	}

}
