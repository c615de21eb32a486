package dk.pladsflow.user;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationMother;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.test.Unique;
import dk.pladsflow.test.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static dk.pladsflow.test.Pages.fieldError;
import static dk.pladsflow.test.Pages.heading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The user form: a rejected form comes back with the Danish message beside the field and
 * the input kept, and no account is stored.
 */
@WebIntegrationTest
@Transactional
class UserFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	OrganisationService organisation;

	DepartmentSummary department;

	String username;

	@BeforeEach
	void createDepartment() {
		this.department = OrganisationMother.department(this.organisation);
		this.username = Unique.name("ny");
	}

	@Test
	void validUserIsCreated() throws Exception {
		this.mvc
			.perform(newUser(this.username).param("roles", "EMPLOYER")
				.param("departmentId", Long.toString(this.department.id())))
			.andExpect(status().isFound());
		assertThat(stored(this.username)).isTrue();
	}

	@Test
	void userNeedsAUserName() throws Exception {
		this.mvc.perform(newUser("").param("roles", "CONSULTANT"))
			.andExpect(status().isOk())
			.andExpect(content().string(fieldError("username", "Skal udfyldes.")))
			.andExpect(content().string(containsString("value=\"Navn Nyt\"")));
	}

	@Test
	void userNameIsUnique() throws Exception {
		CurrentUser existing = UserMother.create(this.users, null, Role.CONSULTANT);
		this.mvc
			.perform(newUser(existing.getUsername().toUpperCase(java.util.Locale.ROOT)).param("roles", "CONSULTANT"))
			.andExpect(status().isOk())
			.andExpect(content().string(fieldError("username", "Brugernavnet er allerede i brug.")));
		assertThat(this.users.search(UserMother.ADMIN, existing.getUsername(), null, Pageable.unpaged())
			.getTotalElements()).isEqualTo(1);
	}

	@Test
	void passwordHasAtLeastTwelveCharacters() throws Exception {
		this.mvc.perform(newUser(this.username, "kort-12").param("roles", "CONSULTANT"))
			.andExpect(status().isOk())
			.andExpect(content().string(fieldError("password", "Adgangskoden skal være mindst 12 tegn.")));
		assertThat(stored(this.username)).isFalse();
	}

	@Test
	void userNeedsARole() throws Exception {
		this.mvc.perform(newUser(this.username))
			.andExpect(status().isOk())
			.andExpect(content().string(fieldError("roles", "Vælg mindst én rolle.")))
			.andExpect(content().string(containsString("value=\"" + this.username + "\"")));
		assertThat(stored(this.username)).isFalse();
	}

	@Test
	void employerBelongsToADepartment() throws Exception {
		this.mvc.perform(newUser(this.username).param("roles", "EMPLOYER"))
			.andExpect(status().isOk())
			.andExpect(content().string(fieldError("departmentId", "En arbejdsgiver skal høre til en forvaltning.")));
		assertThat(stored(this.username)).isFalse();
	}

	@Test
	void employersUnitsBelongToTheEmployersDepartment() throws Exception {
		DepartmentSummary other = OrganisationMother.department(this.organisation);
		UnitSummary foreignUnit = OrganisationMother.unit(this.organisation, other.id());
		this.mvc
			.perform(newUser(this.username).param("roles", "EMPLOYER")
				.param("departmentId", Long.toString(this.department.id()))
				.param("unitIds", Long.toString(foreignUnit.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(fieldError("unitIds",
					"Enhederne skal høre til den valgte forvaltning, og kun arbejdsgivere knyttes til enheder.")));
		assertThat(stored(this.username)).isFalse();
	}

	@Test
	void userChangedBySomeoneElseShowsTheConflictPage() throws Exception {
		CurrentUser existing = UserMother.create(this.users, null, Role.CONSULTANT);
		long version = this.users.user(UserMother.ADMIN, existing.id()).version();
		this.mvc
			.perform(post("/admin/users/{id}", existing.id()).with(UserMother.as(Role.ADMIN))
				.with(csrf())
				.param("displayName", "Forældet navn")
				.param("roles", "CONSULTANT")
				.param("version", Long.toString(version + 1)))
			.andExpect(status().isConflict())
			.andExpect(content().string(heading("Ændret af en anden")));
		assertThat(this.users.user(UserMother.ADMIN, existing.id()).displayName()).isNotEqualTo("Forældet navn");
	}

	@Test
	void passwordResetByAdministratorHasAtLeastTwelveCharacters() throws Exception {
		CurrentUser existing = UserMother.create(this.users, null, Role.CONSULTANT);
		this.mvc
			.perform(post("/admin/users/{id}/password", existing.id()).with(UserMother.as(Role.ADMIN))
				.with(csrf())
				.param("newPassword", "kort")
				.param("confirmPassword", "kort"))
			.andExpect(status().isOk())
			.andExpect(content().string(fieldError("newPassword", "Adgangskoden skal være mindst 12 tegn.")));
		this.mvc.perform(formLogin().user(existing.getUsername()).password(UserMother.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	private MockHttpServletRequestBuilder newUser(String username) {
		return newUser(username, "lang-nok-kode");
	}

	private MockHttpServletRequestBuilder newUser(String username, String password) {
		return post("/admin/users").with(UserMother.as(Role.ADMIN))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Navn Nyt")
			.param("email", "ny@kk.example")
			.param("password", password)
			.param("version", "0");
	}

	private boolean stored(String username) {
		return this.users.search(UserMother.ADMIN, username, null, Pageable.unpaged())
			.stream()
			.anyMatch((u) -> u.username().equals(username));
	}

}
