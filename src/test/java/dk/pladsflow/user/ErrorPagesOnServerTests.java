package dk.pladsflow.user;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitData;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.slot.SlotDetails;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.test.ServerIntegrationTest;
import dk.pladsflow.test.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dk.pladsflow.test.Pages.heading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.MatcherAssert.assertThat;

/**
 * The error pages as a browser gets them from the running server: a denial is answered by
 * Spring Security with {@code sendError(403)}, which only the servlet container turns
 * into the Danish 403 page (MockMvc does not dispatch to the error page).
 */
@ServerIntegrationTest
class ErrorPagesOnServerTests {

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganisationService organisation;

	@Autowired
	SlotService slots;

	long departmentId;

	List<Long> createdUsers = new ArrayList<>();

	HttpClient browser;

	@BeforeEach
	void openBrowser() {
		this.departmentId = this.jdbc.queryForObject("select id from department where code = 'BUF'", Long.class);
		this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@AfterEach
	void deleteUsers() {
		this.createdUsers.forEach((id) -> this.jdbc.update("delete from app_user where id = ?", id));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CONSULTANT", "EMPLOYER", "MANAGER" })
	void administrationPagesShowTheDanishForbiddenPageToOtherRoles(Role role) throws Exception {
		CurrentUser user = logInAs(role);
		for (String path : List.of("/admin/departments", "/admin/departments/new",
				"/admin/departments/" + this.departmentId, "/admin/units/new?departmentId=" + this.departmentId,
				"/admin/users", "/admin/users/new", "/admin/users/" + user.id())) {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(403);
			assertThat(page.body(), heading("Ingen adgang"));
		}
	}

	@Test
	void aSlotOfAnotherDepartmentShowsTheDanishForbiddenPage() throws Exception {
		long unit = this.organisation.createUnit(UserMother.ADMIN, this.departmentId,
				new UnitData(Unique.name("Enhed"), null, null, 40));
		// the slot's employer stays: the slot's history names them
		CurrentUser employer = UserMother.create(this.users, this.departmentId, Role.EMPLOYER);
		long slot = this.slots.open(employer, new SlotDetails(unit, "Pædagogmedhjælper", null, Scheme.WAGE_SUBSIDY,
				new BigDecimal("37"), null, "Arne", false, false));
		logInAs(Role.EMPLOYER, this.jdbc.queryForObject("select id from department where code = 'SOF'", Long.class));
		for (String path : List.of("/slots/" + slot, "/slots/" + slot + "/refer")) {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(403);
			assertThat(page.body(), heading("Ingen adgang"));
			assertThat(page.body()).doesNotContain("Pædagogmedhjælper");
		}
	}

	@Test
	void unknownAddressShowsTheNotFoundPageWithoutStackTrace() throws Exception {
		logInAs(Role.EMPLOYER);
		HttpResponse<String> page = get("/findes/ikke");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body(), heading("Siden findes ikke"));
		assertThat(page.body()).doesNotContain("Exception", "at dk.pladsflow");
	}

	private CurrentUser logInAs(Role role) throws Exception {
		return logInAs(role, (role == Role.EMPLOYER) ? this.departmentId : null);
	}

	private CurrentUser logInAs(Role role, Long department) throws Exception {
		CurrentUser user = UserMother.create(this.users, department, role);
		this.createdUsers.add(user.id());
		logIn(user.getUsername(), UserMother.PASSWORD);
		return user;
	}

	private void logIn(String username, String password) throws Exception {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
		assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.group(1));
		HttpResponse<String> response = this.browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
