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
 * exists, this creates the user {@code admin} with that password.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final UserService users;

	private final SecuritySettings settings;

	BootstrapAdmin(UserService users, SecuritySettings settings) {
		this.users = users;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		String password = this.settings.bootstrapAdminPassword();
		if (password == null || password.isBlank() || this.users.anyActiveWithRole(Role.ADMIN)) {
			return;
		}
		this.users.create("admin", password, new UserData("Administrator", null, Set.of(Role.ADMIN), null, Set.of()));
		log.info("Created the administrator 'admin' (pladsflow.security.bootstrap-admin-password)");
	}

}
