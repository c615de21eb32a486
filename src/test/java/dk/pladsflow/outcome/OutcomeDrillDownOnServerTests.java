package dk.pladsflow.outcome;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationMother;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.test.ServerIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserMother;
import dk.pladsflow.user.UserService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drill-down as an attacker meets it: a department manager, logged in over plain HTTP
 * to the running server, guesses other departments' codes in the URL.
 */
@ServerIntegrationTest
class OutcomeDrillDownOnServerTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	OrganisationService organisation;

	@Autowired
	PlacementService placements;

	@Autowired
	UserService users;

	@Test
	void aDepartmentManagerGuessingAnotherDepartmentsCodeGetsForbiddenAndSeesOnlyTheirOwnPlacements() throws Exception {
		DepartmentSummary own = OrganisationMother.department(this.organisation);
		DepartmentSummary other = OrganisationMother.department(this.organisation);
		this.placements.importCsv(CurrentUser.of(-1, "test-admin", Set.of(Role.ADMIN), null, Set.of()),
				("department;scheme;start;end;citizen\n" + own.code() + ";INTERNSHIP;2024-01-01;2024-01-31;"
						+ own.code() + "-EGEN\n" + other.code() + ";INTERNSHIP;2024-01-01;2024-01-31;" + other.code()
						+ "-FREMMED\n")
					.getBytes(StandardCharsets.UTF_8));
		CurrentUser manager = UserMother.create(this.users, own.id(), Role.MANAGER);
		HttpClient browser = loggedIn(manager.getUsername());

		HttpResponse<String> foreign = get(browser, "/outcomes/2024/placements?department=" + other.code());
		HttpResponse<String> lowerCase = get(browser,
				"/outcomes/2024/placements?department=" + other.code().toLowerCase() + "&figure=ENDED");
		HttpResponse<String> unknown = get(browser, "/outcomes/2024/placements?department=ZZZ");
		HttpResponse<String> none = get(browser, "/outcomes/2024/placements");
		HttpResponse<String> trend = get(browser, "/outcomes?year=2024&trend=" + other.code());

		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.body()).doesNotContain(other.code() + "-FREMMED");
		assertThat(lowerCase.statusCode()).isEqualTo(403);
		assertThat(unknown.statusCode()).isEqualTo(403);
		assertThat(trend.statusCode()).isEqualTo(403);
		assertThat(none.statusCode()).isEqualTo(200);
		assertThat(none.body()).contains(own.code() + "-EGEN").doesNotContain(other.code() + "-FREMMED");
	}

	private HttpClient loggedIn(String username) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		Matcher token = CSRF.matcher(get(browser, "/login").body());
		assertThat(token.find()).isTrue();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(UserMother.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
		return browser;
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "da").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
