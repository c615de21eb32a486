package dk.pladsflow.user;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.pladsflow.shared.WallClock;
import dk.pladsflow.test.MutableClock;
import dk.pladsflow.test.ServerIntegrationTest;
import dk.pladsflow.test.Unique;
import dk.pladsflow.user.LoopbackBrowser.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions, login and passwords as an attacker and a user meet them: plain HTTP to the
 * running server, from real client addresses (127.0.0.1, .2, .3 …), no forwarded headers.
 */
@ServerIntegrationTest
class AuthenticationOnServerTests {

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WallClock wallClock;

	long buf;

	long sof;

	final List<Long> created = new ArrayList<>();

	@BeforeEach
	void departments() {
		this.buf = this.jdbc.queryForObject("select id from department where code = 'BUF'", Long.class);
		this.sof = this.jdbc.queryForObject("select id from department where code = 'SOF'", Long.class);
		this.jdbc.update("delete from login_throttle");
	}

	@AfterEach
	void cleanUp() {
		((MutableClock) this.wallClock.clock()).reset();
		this.jdbc.update("delete from login_throttle");
		this.created.forEach((id) -> this.jdbc.update("delete from app_user where id = ?", id));
	}

	// --- 1. rights that change at once ---------------------------------------------

	@Test
	void aDeactivatedEmployersSessionIsAnsweredWithTheLoginPageAndAMessage() {
		CurrentUser employer = user(this.buf, Role.EMPLOYER);
		LoopbackBrowser browser = loggedIn(employer);
		assertThat(browser.get("/inbox").status()).isEqualTo(200);
		this.users.setActive(UserMother.ADMIN, employer.id(),
				this.users.user(UserMother.ADMIN, employer.id()).version(), false);
		assertSentToLoginPageWithMessage(browser, "/inbox");
		assertThat(browser.logIn(employer.getUsername(), UserMother.PASSWORD).location()).startsWith("/login?error");
	}

	@Test
	void anEmployerMovedToAnotherDepartmentMustLogInAgainAndThenSeesTheNewOne() {
		CurrentUser employer = user(this.buf, Role.EMPLOYER);
		LoopbackBrowser browser = loggedIn(employer);
		assertThat(browser.get("/slots").status()).isEqualTo(200);
		UserSummary stored = this.users.user(UserMother.ADMIN, employer.id());
		this.users.update(UserMother.ADMIN, employer.id(), stored.version(),
				new UserData(stored.displayName(), stored.email(), stored.roles(), this.sof, Set.of()));
		assertSentToLoginPageWithMessage(browser, "/slots");
		assertThat(browser.logIn(employer.getUsername(), UserMother.PASSWORD).location())
			.as("back to the page asked for")
			.isEqualTo("/slots");
		assertThat(browser.get("/slots").status()).isEqualTo(200);
	}

	@Test
	void aChangedRoleEndsTheSessionButANewDisplayNameDoesNot() {
		CurrentUser manager = user(null, Role.MANAGER);
		LoopbackBrowser browser = loggedIn(manager);
		UserSummary stored = this.users.user(UserMother.ADMIN, manager.id());
		this.users.update(UserMother.ADMIN, manager.id(), stored.version(),
				new UserData("Nyt navn", stored.email(), stored.roles(), null, Set.of()));
		assertThat(browser.get("/").status()).as("a new name is no change of rights").isEqualTo(200);
		stored = this.users.user(UserMother.ADMIN, manager.id());
		this.users.update(UserMother.ADMIN, manager.id(), stored.version(),
				new UserData("Nyt navn", stored.email(), Set.of(Role.CONSULTANT), null, Set.of()));
		assertSentToLoginPageWithMessage(browser, "/");
	}

	@Test
	void aPasswordChangeEndsTheUsersOtherSessionsButNotTheOneThatChangedIt() {
		CurrentUser consultant = user(null, Role.CONSULTANT);
		LoopbackBrowser office = loggedIn(consultant);
		LoopbackBrowser home = loggedIn(consultant, "127.0.0.2");
		Response changed = office.submit("/account/password", "/account/password", Map.of("currentPassword",
				UserMother.PASSWORD, "newPassword", "en helt ny sætning", "confirmPassword", "en helt ny sætning"));
		assertThat(changed.location()).isEqualTo("/");
		assertThat(office.get("/").status()).isEqualTo(200);
		assertSentToLoginPageWithMessage(home, "/");
	}

	@Test
	void anAdministratorsPasswordResetEndsEverySessionOfTheUser() {
		CurrentUser consultant = user(null, Role.CONSULTANT);
		LoopbackBrowser browser = loggedIn(consultant);
		this.users.resetPassword(UserMother.ADMIN, consultant.id(), "nulstillet af administratoren");
		assertSentToLoginPageWithMessage(browser, "/");
	}

	@Test
	void aLoginEndsAfterTheAbsoluteTimeoutHoweverActive() {
		LoopbackBrowser browser = loggedIn(user(null, Role.CONSULTANT));
		MutableClock wall = (MutableClock) this.wallClock.clock();
		wall.advance(Duration.ofHours(11).plusMinutes(59));
		assertThat(browser.get("/").status()).isEqualTo(200);
		wall.advance(Duration.ofMinutes(2));
		assertSentToLoginPageWithMessage(browser, "/");
	}

	// --- 2. authentication that leaks nothing --------------------------------------

	@Test
	void unknownUsersTakeAsLongAsKnownOnesWithAWrongPasswordOnHttpBasic() {
		CurrentUser known = user(null, Role.MANAGER);
		CurrentUser inactive = user(null, Role.MANAGER);
		this.users.setActive(UserMother.ADMIN, inactive.id(),
				this.users.user(UserMother.ADMIN, inactive.id()).version(), false);
		LoopbackBrowser script = new LoopbackBrowser("127.0.0.1", this.port);
		// the call that made unknown users fast before: the dummy check's own password
		assertThat(script.basic("/api/status/2026/1", "findes-ikke", "userNotFoundPassword").status()).isEqualTo(401);
		List<Long> unknown = new ArrayList<>();
		List<Long> wrong = new ArrayList<>();
		List<Long> deactivated = new ArrayList<>();
		for (int i = 0; i < 55; i++) {
			unknown.add(timed(() -> script.basic("/api/status/2026/1", "findes-ikke-" + Unique.name("x"),
					"userNotFoundPassword")));
			wrong.add(timed(() -> script.basic("/api/status/2026/1", known.getUsername(), "forkert-kode-" + 1)));
			deactivated
				.add(timed(() -> script.basic("/api/status/2026/1", inactive.getUsername(), UserMother.PASSWORD)));
			this.jdbc.update("delete from login_throttle");
		}
		double unknownMedian = median(unknown.subList(5, 55));
		assertThat(median(wrong.subList(5, 55))).as("known user, wrong password vs unknown (%.1f ms)", unknownMedian)
			.isBetween(unknownMedian * 0.8, unknownMedian * 1.2);
		assertThat(median(deactivated.subList(5, 55))).as("deactivated user vs unknown (%.1f ms)", unknownMedian)
			.isBetween(unknownMedian * 0.8, unknownMedian * 1.2);
		assertThat(script.basic("/api/status/2026/1", known.getUsername(), UserMother.PASSWORD).status())
			.isEqualTo(200);
	}

	@Test
	void unknownUsersTakeAsLongAsKnownOnesOnTheLoginForm() {
		CurrentUser known = user(null, Role.CONSULTANT);
		LoopbackBrowser browser = new LoopbackBrowser("127.0.0.1", this.port);
		browser.get("/login");
		String token = csrfOf(browser.get("/login"));
		List<Long> unknown = new ArrayList<>();
		List<Long> wrong = new ArrayList<>();
		for (int i = 0; i < 55; i++) {
			Map<String, String> stranger = Map.of("username", Unique.name("ukendt"), "password", "et-eller-andet",
					"_csrf", token);
			Map<String, String> guess = Map.of("username", known.getUsername(), "password", "et-eller-andet", "_csrf",
					token);
			unknown.add(timed(() -> assertThat(browser.post("/login", stranger).location()).isEqualTo("/login?error")));
			wrong.add(timed(() -> assertThat(browser.post("/login", guess).location()).isEqualTo("/login?error")));
			this.jdbc.update("delete from login_throttle");
		}
		double unknownMedian = median(unknown.subList(5, 55));
		assertThat(median(wrong.subList(5, 55))).as("known user, wrong password vs unknown (%.1f ms)", unknownMedian)
			.isBetween(unknownMedian * 0.8, unknownMedian * 1.2);
	}

	@Test
	void aFloodOfWrongPasswordsFromOneAddressDoesNotLockTheAdministratorOutFromAnother() {
		CurrentUser admin = user(null, Role.ADMIN);
		LoopbackBrowser attacker = new LoopbackBrowser("127.0.0.3", this.port);
		for (int i = 0; i < 40; i++) {
			assertThat(attacker.basic("/api/status/2026/1", admin.getUsername(), "gæt nummer " + i).status())
				.isEqualTo(401);
		}
		assertThat(attacker.basic("/api/status/2026/1", admin.getUsername(), UserMother.PASSWORD).status())
			.as("the flooding address is delayed, even with the right password")
			.isEqualTo(401);
		LoopbackBrowser office = new LoopbackBrowser("127.0.0.2", this.port);
		assertThat(office.logIn(admin.getUsername(), UserMother.PASSWORD).location()).isEqualTo("/");
		assertThat(office.get("/admin/users").status()).isEqualTo(200);
		Response throttles = office.get("/admin/login-throttles");
		assertThat(throttles.body()).contains("127.0.0.3", admin.getUsername()).doesNotContain("127.0.0.2");
		Response cleared = office.submit("/admin/login-throttles", "/admin/login-throttles/clear",
				Map.of("scope", "PAIR", "account", admin.getUsername(), "address", "127.0.0.3"));
		assertThat(cleared.location()).isEqualTo("/admin/login-throttles");
		assertThat(attacker.basic("/api/status/2026/1", admin.getUsername(), UserMother.PASSWORD).status())
			.as("cleared by the administrator")
			.isEqualTo(200);
	}

	@Test
	void theCurrentPasswordCheckOfSkiftAdgangskodeCountsAsALoginAttempt() {
		CurrentUser consultant = user(null, Role.CONSULTANT);
		LoopbackBrowser browser = loggedIn(consultant);
		for (int i = 0; i < 6; i++) {
			Response wrong = browser.submit("/account/password", "/account/password", Map.of("currentPassword",
					"gæt " + i, "newPassword", "en helt ny sætning", "confirmPassword", "en helt ny sætning"));
			assertThat(wrong.body()).contains("Adgangskoden er forkert.");
		}
		Response blocked = browser.submit("/account/password", "/account/password", Map.of("currentPassword",
				UserMother.PASSWORD, "newPassword", "en helt ny sætning", "confirmPassword", "en helt ny sætning"));
		assertThat(blocked.body()).contains("For mange forkerte forsøg");
		assertThat(new LoopbackBrowser("127.0.0.1", this.port).logIn(consultant.getUsername(), UserMother.PASSWORD)
			.location()).as("the login form from the same address is delayed too").isEqualTo("/login?error");
	}

	// --- 3. passwords ------------------------------------------------------------------

	@Test
	void everyCharacterOfALongPasswordCountsAndTooLongIsAMessageNotAnError() {
		CurrentUser consultant = user(null, Role.MANAGER);
		String eighty = "ø".repeat(40) + "a sentence of forty characters, exactly.";
		this.users.resetPassword(UserMother.ADMIN, consultant.id(), eighty);
		LoopbackBrowser script = new LoopbackBrowser("127.0.0.1", this.port);
		assertThat(script.basic("/api/status/2026/1", consultant.getUsername(), eighty.substring(0, 79) + "!").status())
			.as("differs after 120 bytes")
			.isEqualTo(401);
		assertThat(script.basic("/api/status/2026/1", consultant.getUsername(), eighty).status()).isEqualTo(200);
		LoopbackBrowser browser = new LoopbackBrowser("127.0.0.1", this.port);
		assertThat(browser.logIn(consultant.getUsername(), eighty).location()).isEqualTo("/");
		String tooLong = "x".repeat(129);
		Response refused = browser.submit("/account/password", "/account/password",
				Map.of("currentPassword", eighty, "newPassword", tooLong, "confirmPassword", tooLong));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Adgangskoden må højst være 128 tegn.");
		Response common = browser.submit("/account/password", "/account/password",
				Map.of("currentPassword", eighty, "newPassword", "Password2026!", "confirmPassword", "Password2026!"));
		assertThat(common.body()).contains("Adgangskoden er for almindelig");
	}

	@Test
	void anOldBcryptHashStillLogsInAndIsReplacedByArgon2() {
		CurrentUser consultant = user(null, Role.CONSULTANT);
		this.jdbc.update("update app_user set password_hash = ? where id = ?",
				"{bcrypt}" + new BCryptPasswordEncoder().encode(UserMother.PASSWORD), consultant.id());
		assertThat(loggedIn(consultant).get("/").status()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select password_hash from app_user where id = ?", String.class,
				consultant.id()))
			.startsWith("{argon2@SpringSecurity_v5_8}");
		assertThat(new LoopbackBrowser("127.0.0.2", this.port).logIn(consultant.getUsername(), UserMother.PASSWORD)
			.location()).isEqualTo("/");
	}

	// --- 7. no session before login ----------------------------------------------------

	@Test
	void aHundredAnonymousRequestsWriteNoSessionRow() {
		long before = sessionRows();
		LoopbackBrowser anonymous = new LoopbackBrowser("127.0.0.4", this.port);
		List<String> paths = List.of("/login", "/login?error", "/login?logout", "/css/pladsflow.css", "/favicon.ico",
				"/findes/ikke", "/slots", "/admin/users", "/actuator/health", "/login?expired");
		for (int i = 0; i < 90; i++) {
			int status = new LoopbackBrowser("127.0.0.4", this.port).get(paths.get(i % paths.size())).status();
			assertThat(status).isLessThan(500);
		}
		for (int i = 0; i < 10; i++) {
			assertThat(anonymous.logIn(Unique.name("ukendt"), "forkert-kode").location()).isEqualTo("/login?error");
		}
		assertThat(sessionRows()).as("session rows after 100 anonymous requests").isEqualTo(before);
	}

	// --- 9. headers and cookies --------------------------------------------------------

	@Test
	void pagesSendAStrictContentSecurityPolicyAPermissionsPolicyAndCarefulCookies() {
		LoopbackBrowser browser = new LoopbackBrowser("127.0.0.1", this.port);
		Response login = browser.get("/login");
		assertThat(login.header("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe"));
		assertThat(login.header("Permissions-Policy")).hasValueSatisfying(
				(policy) -> assertThat(policy).contains("camera=()", "geolocation=()", "microphone=()"));
		assertThat(login.headers("Set-Cookie")).anySatisfy((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=")
			.contains("HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure"));
		Response loggedIn = browser.logIn(user(null, Role.CONSULTANT).getUsername(), UserMother.PASSWORD);
		assertThat(loggedIn.headers("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax"));
	}

	// --- helpers -----------------------------------------------------------------------

	private CurrentUser user(Long department, Role role) {
		CurrentUser user = UserMother.create(this.users, department, role);
		this.created.add(user.id());
		return user;
	}

	private LoopbackBrowser loggedIn(CurrentUser user) {
		return loggedIn(user, "127.0.0.1");
	}

	private LoopbackBrowser loggedIn(CurrentUser user, String from) {
		LoopbackBrowser browser = new LoopbackBrowser(from, this.port);
		assertThat(browser.logIn(user.getUsername(), UserMother.PASSWORD).location()).isEqualTo("/");
		return browser;
	}

	private static void assertSentToLoginPageWithMessage(LoopbackBrowser browser, String path) {
		Response answer = browser.get(path);
		assertThat(answer.status()).as(path).isEqualTo(302);
		assertThat(answer.location()).isEqualTo("/login?expired");
		assertThat(browser.cookies()).doesNotContainKey("SESSION");
		Response page = browser.get(answer.location());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Din session er slut");
		assertThat(browser.get(path).location()).as("the next request asks to log in").isEqualTo("/login");
	}

	private long sessionRows() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Long.class);
	}

	private static String csrfOf(Response page) {
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page.body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private static long timed(Runnable request) {
		long start = System.nanoTime();
		request.run();
		return System.nanoTime() - start;
	}

	private static double median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return ((n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0) / 1_000_000.0;
	}

}
