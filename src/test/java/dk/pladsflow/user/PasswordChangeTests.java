package dk.pladsflow.user;

import dk.pladsflow.test.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import static dk.pladsflow.test.Pages.fieldError;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Users change their own password on /account/password.
 */
@WebIntegrationTest
@Transactional
class PasswordChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	CurrentUser user;

	@BeforeEach
	void createUser() {
		this.user = UserMother.create(this.users, null, Role.CONSULTANT);
	}

	@Test
	void wrongCurrentPasswordIsRejected() throws Exception {
		change("ikke-min-kode", "ny-hemmelig-kode", "ny-hemmelig-kode").andExpect(status().isOk())
			.andExpect(content().string(fieldError("currentPassword", "Adgangskoden er forkert.")));
		logIn(UserMother.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void newPasswordMustBeTypedTheSameTwice() throws Exception {
		change(UserMother.PASSWORD, "ny-hemmelig-kode", "ny-hemmelig-kod").andExpect(status().isOk())
			.andExpect(content().string(fieldError("confirmPassword", "De to adgangskoder er ikke ens.")));
		logIn(UserMother.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void newPasswordHasAtLeastTwelveCharacters() throws Exception {
		change(UserMother.PASSWORD, "kort", "kort").andExpect(status().isOk())
			.andExpect(content().string(fieldError("newPassword", "Adgangskoden skal være mindst 12 tegn.")));
	}

	@Test
	void changedPasswordIsTheOneThatLogsIn() throws Exception {
		change(UserMother.PASSWORD, "ny-hemmelig-kode", "ny-hemmelig-kode").andExpect(redirectedUrl("/"));
		logIn("ny-hemmelig-kode").andExpect(redirectedUrl("/"));
		logIn(UserMother.PASSWORD).andExpect(redirectedUrl("/login?error"));
	}

	private ResultActions change(String current, String newPassword, String confirm) throws Exception {
		return this.mvc.perform(post("/account/password").with(UserMother.as(this.user))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", newPassword)
			.param("confirmPassword", confirm));
	}

	private ResultActions logIn(String password) throws Exception {
		return this.mvc.perform(formLogin().user(this.user.getUsername()).password(password));
	}

}
