package dk.pladsflow.user;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for login and keeps the count of failed logins: after
 * {@code pladsflow.security.max-failed-logins} failures in a row the account is locked
 * for {@code pladsflow.security.lock-duration}. The count lives in the database, so it
 * holds across several application instances.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	private final SecuritySettings settings;

	private final Clock clock;

	AccountUserDetailsService(UserRepository users, SecuritySettings settings, Clock clock) {
		this.users = users;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(normalise(username))
			.map((u) -> u.toCurrentUser(this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	@EventListener
	@Transactional
	public void loginFailed(AuthenticationFailureBadCredentialsEvent event) {
		this.users.findByUsername(normalise(event.getAuthentication().getName()))
			.ifPresent((u) -> u.loginFailed(this.clock.instant(), this.settings.maxFailedLogins(),
					this.settings.lockDuration()));
	}

	@EventListener
	@Transactional
	public void loginSucceeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			this.users.findById(user.id()).ifPresent(UserAccount::unlock);
		}
	}

	private static String normalise(String username) {
		return (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
	}

}
