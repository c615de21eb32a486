package dk.pladsflow.user;

import java.util.EnumSet;
import java.util.Set;

import dk.pladsflow.test.Unique;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Users for tests: stored accounts with a known password, and logged-in principals for
 * MockMvc requests.
 */
public final class UserMother {

	/** The password of every account created here. */
	public static final String PASSWORD = "rigtig-kode-1";

	/**
	 * An administrator who is not stored, for fixtures that set up departments, units and
	 * users through the facades (which ask who changes them).
	 */
	public static final CurrentUser ADMIN = CurrentUser.of(0, "test-admin", Set.of(Role.ADMIN), null, Set.of());

	private UserMother() {
	}

	/**
	 * Stores an account with a unique user name and {@link #PASSWORD}.
	 * @param users the service
	 * @param departmentId bound department (employers, department managers), or null
	 * @param roles its roles
	 * @return the account as it is when logged in
	 */
	public static CurrentUser create(UserService users, Long departmentId, Role... roles) {
		String username = Unique.name("bruger");
		Set<Role> roleSet = EnumSet.of(roles[0], roles);
		long id = users.create(ADMIN, username, PASSWORD,
				new UserData(displayNameOf(username), username + "@kk.example", roleSet, departmentId, Set.of()));
		return CurrentUser.of(id, username, roleSet, departmentId, Set.of());
	}

	/**
	 * The name {@link #create} gives a user.
	 * @param username the user name
	 * @return the display name
	 */
	public static String displayNameOf(String username) {
		return "Navn " + username;
	}

	/**
	 * A logged-in user with one role and no department, who is not stored.
	 * @param role the role
	 * @return the request's authentication
	 */
	public static RequestPostProcessor as(Role role) {
		return as(CurrentUser.of(0, "test-" + role.name().toLowerCase(java.util.Locale.ROOT), Set.of(role), null,
				Set.of()));
	}

	/**
	 * The given user, logged in.
	 * @param user the user
	 * @return the request's authentication
	 */
	public static RequestPostProcessor as(CurrentUser user) {
		return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}
