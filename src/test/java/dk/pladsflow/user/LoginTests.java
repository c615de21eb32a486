package dk.pladsflow.user;

import java.time.Duration;

import dk.pladsflow.test.MutableClock;
import dk.pladsflow.test.WebIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import static dk.pladsflow.test.Pages.heading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logging in through the real login form, and the delays after failed attempts
 * ({@code pladsflow.security.login-throttle.*}: 5 free per account and address, 20 per
 * address, then 2 s doubling).
 */
@WebIntegrationTest
@Transactional
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	MutableClock clock;

	CurrentUser user;

	@BeforeEach
	void createUser() {
		this.user = UserMother.create(this.users, null, Role.CONSULTANT);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void loginWithTheRightPasswordShowsTheHomePageWithTheUsersName() throws Exception {
		MvcResult login = loginAs(this.user.getUsername(), UserMother.PASSWORD).andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(this.user.getUsername()))
			.andReturn();
		this.mvc.perform(get("/").cookie(sessionCookie(login)))
			.andExpect(status().isOk())
			.andExpect(content().string(heading("Velkommen, " + UserMother.displayNameOf(this.user.getUsername()))));
	}

	@Test
	void loginLeadsBackToThePageTheUserAskedFor() throws Exception {
		MvcResult asked = this.mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login")).andReturn();
		assertThat(asked.getResponse().getCookie("SESSION")).as("the page asked for is kept in a cookie").isNull();
		this.mvc
			.perform(post("/login").cookie(asked.getResponse().getCookies())
				.with(csrf())
				.param("username", this.user.getUsername())
				.param("password", UserMother.PASSWORD))
			.andExpect(redirectedUrlPattern("**/account/password*"));
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		MvcResult login = loginAs(this.user.getUsername(), UserMother.PASSWORD).andReturn();
		Cookie session = sessionCookie(login);
		this.mvc.perform(post("/logout").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void userNameIsNotCaseSensitive() throws Exception {
		loginAs(this.user.getUsername().toUpperCase(java.util.Locale.ROOT), UserMother.PASSWORD)
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordIsRejected() throws Exception {
		loginAs(this.user.getUsername(), "forkert-kode").andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void unknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
		loginAs("findes-ikke-" + this.user.getUsername(), UserMother.PASSWORD).andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void deactivatedUserCannotLogIn() throws Exception {
		this.users.setActive(UserMother.ADMIN, this.user.id(),
				this.users.user(UserMother.ADMIN, this.user.id()).version(), false);
		loginAs(this.user.getUsername(), UserMother.PASSWORD).andExpect(unauthenticated());
	}

	@Test
	void loginPageSaysOneThingForEveryFailure() throws Exception {
		this.mvc.perform(get("/login?error"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Log ind mislykkedes.")));
		this.mvc.perform(get("/login?locked"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("låst"))));
	}

	@Test
	void fiveFailedLoginsFromOneAddressDoNotDelayTheNext() throws Exception {
		failLogins(5);
		loginAs(this.user.getUsername(), UserMother.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void successfulLoginStartsTheCountOfFailuresAgain() throws Exception {
		failLogins(5);
		loginAs(this.user.getUsername(), UserMother.PASSWORD).andExpect(redirectedUrl("/"));
		failLogins(5);
		loginAs(this.user.getUsername(), UserMother.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void theSixthFailureDelaysTheAccountFromThatAddressWithTheSameMessage() throws Exception {
		failLogins(6);
		loginAs(this.user.getUsername(), UserMother.PASSWORD).andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		assertThat(this.users.user(UserMother.ADMIN, this.user.id()).locked()).isTrue();
		this.mvc.perform(loginRequest(this.user.getUsername(), UserMother.PASSWORD, "10.1.2.3"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void theDelayDoublesWithEachFailureAndThenLifts() throws Exception {
		failLogins(6);
		this.clock.advance(Duration.ofSeconds(3));
		failLogins(1);
		this.clock.advance(Duration.ofSeconds(3));
		loginAs(this.user.getUsername(), UserMother.PASSWORD).andExpect(redirectedUrl("/login?error"));
		this.clock.advance(Duration.ofSeconds(2));
		loginAs(this.user.getUsername(), UserMother.PASSWORD).andExpect(redirectedUrl("/")).andExpect(authenticated());
	}

	@Test
	void administratorClearsTheDelay() throws Exception {
		failLogins(6);
		this.mvc.perform(post("/admin/users/{id}/unlock", this.user.id()).with(UserMother.as(Role.ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + this.user.id()));
		loginAs(this.user.getUsername(), UserMother.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void administratorPasswordResetClearsTheDelay() throws Exception {
		failLogins(6);
		this.mvc
			.perform(post("/admin/users/{id}/password", this.user.id()).with(UserMother.as(Role.ADMIN))
				.with(csrf())
				.param("newPassword", "helt-ny-kode")
				.param("confirmPassword", "helt-ny-kode"))
			.andExpect(redirectedUrl("/admin/users/" + this.user.id()));
		loginAs(this.user.getUsername(), "helt-ny-kode").andExpect(redirectedUrl("/"));
	}

	@Test
	void oneAddressTryingManyAccountsIsDelayedForEveryAccountButOthersAreNot() throws Exception {
		for (int i = 0; i < 21; i++) {
			this.mvc.perform(loginRequest("gaet-" + i + "-" + this.user.getUsername(), "forkert-kode", "10.9.9.9"))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(loginRequest(this.user.getUsername(), UserMother.PASSWORD, "10.9.9.9"))
			.andExpect(redirectedUrl("/login?error"));
		loginAs(this.user.getUsername(), UserMother.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void sessionIdChangesAtLogin() throws Exception {
		Cookie before = sessionCookie(loginAs(this.user.getUsername(), UserMother.PASSWORD).andReturn());
		MvcResult again = this.mvc
			.perform(post("/login").cookie(before)
				.with(csrf())
				.param("username", this.user.getUsername())
				.param("password", UserMother.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(sessionCookie(again).getValue()).isNotEqualTo(before.getValue());
	}

	private static org.springframework.test.web.servlet.RequestBuilder loginRequest(String username, String password,
			String address) {
		return post("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("username", username).param("password", password);
	}

	/**
	 * The session cookie a response set, as a browser would send it back (sessions live
	 * in the database through Spring Session, so the cookie is all that identifies one).
	 */
	private static Cookie sessionCookie(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("a session cookie").isNotNull();
		return cookie;
	}

	private void failLogins(int count) throws Exception {
		for (int i = 0; i < count; i++) {
			loginAs(this.user.getUsername(), "forkert-kode").andExpect(redirectedUrl("/login?error"));
		}
	}

	private ResultActions loginAs(String username, String password) throws Exception {
		return this.mvc.perform(formLogin().user(username).password(password));
	}

}
