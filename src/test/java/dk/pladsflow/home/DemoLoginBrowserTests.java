package dk.pladsflow.home;

import java.util.List;

import dk.pladsflow.test.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo logins the README promises: each role logs in with the password {@code demo},
 * is welcomed by name on its home page, sees administration in the navigation only as
 * administrator, and can log out.
 */
class DemoLoginBrowserTests extends BrowserTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			admin        | Anne Administrator | Administrator | true
			konsulent    | Karen Konsulent    | Jobkonsulent  | false
			arbejdsgiver | Arne Arbejdsgiver  | Arbejdsgiver  | false
			leder        | Lene Leder         | Leder         | false
			leder-buf    | Bo Leder           | Leder         | false
			""")
	void eachDemoRoleLogsInSeesItsHomePageAndLogsOut(String username, String name, String role, boolean admin) {
		loginAs(username, "demo");

		assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Velkommen, " + name);
		assertThat(browser().findElement(By.cssSelector("main .lead")).getText()).startsWith(role);
		List<String> adminLinks = List.of("Forvaltninger", "Brugere");
		if (admin) {
			assertThat(navigation()).containsAll(adminLinks);
		}
		else {
			assertThat(navigation()).contains("Forside").doesNotContainAnyElementsOf(adminLinks);
		}

		logout();
		assertThat(visible(By.cssSelector("[role=status]")).getText()).isEqualTo("Du er logget ud.");
		open("/");
		visible(By.id("username"));
		assertThat(browser().getCurrentUrl()).endsWith("/login");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "arbejdsgiver, BUF", "leder-buf, BUF" })
	void aDepartmentBoundUserSeesTheirDepartment(String username, String department) {
		loginAs(username, "demo");

		assertThat(visible(By.cssSelector("main .lead")).getText()).contains("i " + department + " – ");
	}

}
