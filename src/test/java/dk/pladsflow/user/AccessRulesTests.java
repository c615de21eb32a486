package dk.pladsflow.user;

import java.util.stream.Stream;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationMother;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.test.Unique;
import dk.pladsflow.test.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static dk.pladsflow.test.Pages.heading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may open what (SecurityConfiguration): administration for administrators only,
 * every other page for logged-in users, health for everyone; a form posted without the
 * page's CSRF token (a forged request from another site) is rejected and changes nothing.
 * The 403 page itself is rendered by the servlet container's error dispatch, see
 * {@link ErrorPagesOnServerTests}.
 */
@WebIntegrationTest
@Transactional
class AccessRulesTests {

	private static final String[] ADMIN_PAGES = { "/admin/departments", "/admin/departments/new",
			"/admin/departments/{department}", "/admin/units/new?departmentId={department}", "/admin/units/{unit}",
			"/admin/users", "/admin/users/new", "/admin/users/{user}" };

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationService organisation;

	@Autowired
	UserService users;

	DepartmentSummary department;

	UnitSummary unit;

	CurrentUser user;

	@BeforeEach
	void createData() {
		this.department = OrganisationMother.department(this.organisation);
		this.unit = OrganisationMother.unit(this.organisation, this.department.id());
		this.user = UserMother.create(this.users, this.department.id(), Role.EMPLOYER);
	}

	static Stream<String> adminPages() {
		return Stream.of(ADMIN_PAGES);
	}

	static Stream<Arguments> adminPagesForOtherRoles() {
		return adminPages().flatMap((page) -> Stream.of(Role.CONSULTANT, Role.EMPLOYER, Role.MANAGER)
			.map((role) -> Arguments.of(page, role)));
	}

	@ParameterizedTest
	@MethodSource("adminPages")
	void administratorOpensEveryAdministrationPage(String page) throws Exception {
		this.mvc.perform(get(url(page)).with(UserMother.as(Role.ADMIN))).andExpect(status().isOk());
	}

	@ParameterizedTest
	@MethodSource("adminPagesForOtherRoles")
	void administrationPagesAreForbiddenToOtherRoles(String page, Role role) throws Exception {
		this.mvc.perform(get(url(page)).with(UserMother.as(role))).andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/account/password", "/admin/departments", "/admin/users/new", "/actuator/info",
			"/page-that-does-not-exist" })
	void anonymousVisitorIsSentToTheLoginPage(String page) throws Exception {
		this.mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void loginPageIsOpen() throws Exception {
		this.mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(heading("Log ind")));
	}

	@Test
	void healthIsOpenToEveryone() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void otherActuatorEndpointsAreForAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/actuator/info").with(UserMother.as(Role.CONSULTANT))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/info").with(UserMother.as(Role.ADMIN))).andExpect(status().isOk());
	}

	@Test
	void everyRoleSeesItsHomePage() throws Exception {
		for (Role role : Role.values()) {
			this.mvc.perform(get("/").with(UserMother.as(role))).andExpect(status().isOk());
		}
	}

	@Test
	void employerCannotPostAnAdministrationForm() throws Exception {
		String code = Unique.code();
		this.mvc
			.perform(post("/admin/departments").with(UserMother.as(this.user))
				.with(csrf())
				.param("code", code)
				.param("name", "Ulovlig forvaltning")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(this.organisation.departmentByCode(code)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/departments/{missing}", "/admin/units/{missing}",
			"/admin/units/new?departmentId={missing}", "/admin/users/{missing}" })
	void missingRecordIsTheNotFoundPageWithoutStackTrace(String page) throws Exception {
		this.mvc.perform(get(url(page)).with(UserMother.as(Role.ADMIN)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(heading("Siden findes ikke")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void departmentFormWithoutCsrfTokenIsRejected() throws Exception {
		String code = Unique.code();
		this.mvc
			.perform(post("/admin/departments").with(UserMother.as(Role.ADMIN))
				.param("code", code)
				.param("name", "Forfalsket forvaltning")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(this.organisation.departmentByCode(code)).isEmpty();
	}

	@Test
	void passwordChangeWithoutCsrfTokenIsRejected() throws Exception {
		CurrentUser user = UserMother.create(this.users, null, Role.CONSULTANT);
		this.mvc
			.perform(post("/account/password").with(UserMother.as(user))
				.param("currentPassword", UserMother.PASSWORD)
				.param("newPassword", "angriberens-kode")
				.param("confirmPassword", "angriberens-kode"))
			.andExpect(status().isForbidden());
		this.mvc.perform(formLogin().user(user.getUsername()).password(UserMother.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	private String url(String page) {
		return page.replace("{department}", Long.toString(this.department.id()))
			.replace("{unit}", Long.toString(this.unit.id()))
			.replace("{user}", Long.toString(this.user.id()))
			.replace("{missing}", Long.toString(Long.MAX_VALUE - 1));
	}

}
