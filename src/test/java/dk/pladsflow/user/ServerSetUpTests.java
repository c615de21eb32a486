package dk.pladsflow.user;

import java.time.Clock;
import java.util.Map;

import dk.pladsflow.shared.AdjustableClock;
import dk.pladsflow.test.StandaloneApplication;
import dk.pladsflow.test.TestDatabase;
import dk.pladsflow.test.Unique;
import dk.pladsflow.user.LoopbackBrowser.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The packaged application fails closed: started as {@code java -jar} would be, without
 * the test harness, it has no demo unless asked, no database of its own unless asked, a
 * bootstrap administrator only with a good password, and behind a TLS proxy its cookies
 * are Secure and it sends HSTS.
 */
class ServerSetUpTests {

	String database;

	String url;

	JdbcTemplate server;

	@BeforeEach
	void freshDatabase() {
		TestDatabase.Connection test = TestDatabase.get();
		this.server = new JdbcTemplate(
				new SingleConnectionDataSource(test.jdbcUrl(), test.username(), test.password(), true));
		this.database = Unique.name("fresh").replace('-', '_').toLowerCase(java.util.Locale.ROOT);
		this.server.execute("create database " + this.database);
		this.url = test.jdbcUrl().replaceFirst("/([^/?]+)(\\?|$)", "/" + this.database + "$2");
	}

	@AfterEach
	void dropDatabase() {
		this.server.execute("drop database if exists " + this.database + " with (force)");
		((SingleConnectionDataSource) this.server.getDataSource()).destroy();
	}

	@Test
	void withoutADatabaseURLAndWithoutTheDemoTheJarRefusesToStartAndSaysWhatToSet() {
		assertThatThrownBy(StandaloneApplication::start).satisfies((failure) -> {
			Throwable cause = failure;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			assertThat(cause.getMessage()).contains("No database is configured", "SPRING_DATASOURCE_URL",
					"PLADSFLOW_DEMO_DATA=true");
		});
	}

	@Test
	void onAServerDatabaseWithoutTheDemoFlagThereIsNoAdminNoDemoUserAndNoDemoClock() {
		TestDatabase.Connection test = TestDatabase.get();
		try (ConfigurableApplicationContext app = StandaloneApplication.start("spring.datasource.url=" + this.url,
				"spring.datasource.username=" + test.username(), "spring.datasource.password=" + test.password(),
				"spring.quartz.auto-startup=false")) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isZero();
			assertThat(app.getBean(Clock.class)).isNotInstanceOf(AdjustableClock.class);
			LoopbackBrowser browser = new LoopbackBrowser("127.0.0.1", port(app));
			assertThat(browser.logIn("admin", "demo").location()).isEqualTo("/login?error");
			assertThat(browser.basic("/api/status/2026/1", "konsulent", "demo").status()).isEqualTo(401);
		}
	}

	@Test
	void aBootstrapPasswordThatBreaksThePasswordRuleStopsTheStart() {
		TestDatabase.Connection test = TestDatabase.get();
		assertThatThrownBy(() -> StandaloneApplication.start("spring.datasource.url=" + this.url,
				"spring.datasource.username=" + test.username(), "spring.datasource.password=" + test.password(),
				"spring.quartz.auto-startup=false", "pladsflow.security.bootstrap-admin-password=demo"))
			.hasStackTraceContaining("bootstrap-admin-password does not follow the password rule");
	}

	@Test
	void behindATlsProxyTheCookiesAreSecureAndHstsIsSent() {
		TestDatabase.Connection test = TestDatabase.get();
		String password = "en god lang adgangssætning";
		try (ConfigurableApplicationContext app = StandaloneApplication.start("spring.datasource.url=" + this.url,
				"spring.datasource.username=" + test.username(), "spring.datasource.password=" + test.password(),
				"spring.quartz.auto-startup=false", "pladsflow.security.bootstrap-admin-password=" + password,
				"server.forward-headers-strategy=native")) {
			LoopbackBrowser plain = new LoopbackBrowser("127.0.0.1", port(app));
			Response page = plain.get("/login");
			assertThat(page.header("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
			assertThat(page.headers("Set-Cookie")).allSatisfy((cookie) -> assertThat(cookie).doesNotContain("Secure"));

			LoopbackBrowser proxied = new LoopbackBrowser("127.0.0.1", port(app));
			String[] tls = { "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7" };
			Response login = proxied.get("/login", tls);
			assertThat(login.header("Strict-Transport-Security"))
				.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=").contains("includeSubDomains"));
			assertThat(login.headers("Set-Cookie"))
				.anySatisfy((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("Secure", "HttpOnly"));
			String token = login.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
			Response loggedIn = proxied.post("/login",
					Map.of("username", "admin", "password", password, "_csrf", token), tls);
			assertThat(loggedIn.location()).isEqualTo("/");
			assertThat(loggedIn.headers("Set-Cookie")).anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=")
				.contains("Secure", "HttpOnly", "SameSite=Lax"));
		}
	}

	private static int port(ConfigurableApplicationContext app) {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

}
