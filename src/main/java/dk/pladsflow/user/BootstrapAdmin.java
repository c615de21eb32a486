package dk.pladsflow.user;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a new server database nobody could log in. When
 * {@code pladsflow.security.bootstrap-admin-password} is set and no active administrator
 * exists, this creates the user {@code admin} with that password. The password follows
 * the same rule as every other ({@link PasswordPolicy}); one that does not stops the
 * start with a message saying so.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final UserService users;

	private final SecuritySettings settings;

	private final PasswordPolicy policy;

	BootstrapAdmin(UserService users, SecuritySettings settings, PasswordPolicy policy) {
		this.users = users;
		this.settings = settings;
		this.policy = policy;
	}

	@Override
	public void run(ApplicationArguments args) {
		String password = this.settings.bootstrapAdminPassword();
		if (password == null || password.isBlank() || this.users.anyActiveWithRole(Role.ADMIN)) {
			return;
		}
		this.policy.problem(password).ifPresent((problem) -> {
			throw new IllegalStateException("pladsflow.security.bootstrap-admin-password does not follow the password "
					+ "rule (" + problem + "): use " + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
					+ " characters that are not a common password");
		});
		this.users.createFirst("admin", password,
				new UserData("Administrator", null, Set.of(Role.ADMIN), null, Set.of()));
		log.info("Created the administrator 'admin' (pladsflow.security.bootstrap-admin-password)");
	}

}
