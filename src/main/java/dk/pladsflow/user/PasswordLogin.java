package dk.pladsflow.user;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Checks a user name and password, for the login form and HTTP Basic alike, so that the
 * answer tells an attacker nothing (ASVS 2.2, 3.x):
 * <ul>
 * <li>an unknown user, a deactivated one and a wrong password take the same work: the
 * password is always hashed once, for an unknown user against a hash of a random password
 * made at start-up ({@link VerifiedPasswords#matchesNobody}), which is never
 * remembered;</li>
 * <li>every failure is the same {@link BadCredentialsException}, so the login page says
 * one thing;</li>
 * <li>failures are counted by {@link LoginThrottle}, which refuses attempts for a growing
 * while without looking at the password, per account and client address.</li>
 * </ul>
 * A stored hash of an older algorithm (bcrypt) is replaced by the current one (Argon2) at
 * the first successful login.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

	private final UserRepository users;

	private final VerifiedPasswords passwords;

	private final LoginThrottle throttle;

	private final TransactionOperations transaction;

	PasswordLogin(UserRepository users, VerifiedPasswords passwords, LoginThrottle throttle,
			TransactionOperations transactionTemplate) {
		this.users = users;
		this.passwords = passwords;
		this.throttle = throttle;
		this.transaction = transactionTemplate;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = LoginThrottle.account(authentication.getName());
		String password = (authentication.getCredentials() != null) ? authentication.getCredentials().toString() : "";
		LoginThrottle.Attempt attempt = this.throttle.attempt(username, addressOf(authentication));
		if (attempt.blocked()) {
			throw failure();
		}
		Optional<CurrentUser> user = check(username, password);
		if (user.isEmpty()) {
			this.throttle.failed(attempt);
			throw failure();
		}
		this.throttle.succeeded(attempt);
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().getAuthorities());
		result.setDetails(authentication.getDetails());
		return result;
	}

	/**
	 * The same work for every case: one password hash, whether the user exists or not.
	 * @return the user if the password is right and the account active
	 */
	Optional<CurrentUser> check(String username, String password) {
		Optional<UserRepository.LoginCandidate> candidate = (username.isEmpty()
				|| password.length() > PasswordPolicy.MAX_LENGTH * 4) ? Optional.empty()
						: this.transaction.execute((status) -> this.users.findLoginCandidate(username));
		if (candidate.isEmpty() || !candidate.get().isActive()) {
			// a deactivated account's right password is never remembered either
			this.passwords.matchesNobody(password);
			return Optional.empty();
		}
		UserRepository.LoginCandidate found = candidate.get();
		if (!this.passwords.matches(password, found.getPasswordHash())) {
			return Optional.empty();
		}
		String upgraded = this.passwords.upgradeEncoding(found.getPasswordHash()) ? this.passwords.encode(password)
				: null;
		return this.transaction.execute((status) -> this.users.findById(found.getId()).map((account) -> {
			if (upgraded != null) {
				account.changePassword(upgraded);
			}
			CurrentUser user = account.toCurrentUser();
			user.eraseCredentials();
			return user;
		}));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "";
	}

	private static BadCredentialsException failure() {
		return new BadCredentialsException("Bad credentials");
	}

}
