package dk.pladsflow.user;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts by user name, for Spring Security's own uses of a
 * {@link UserDetailsService} ("remember me"). Passwords are checked by
 * {@link PasswordLogin}, failed attempts counted by {@link LoginThrottle}.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	AccountUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(normalise(username))
			.map(UserAccount::toCurrentUser)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	private static String normalise(String username) {
		return (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
	}

}
