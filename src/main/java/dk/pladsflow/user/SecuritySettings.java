package dk.pladsflow.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login settings ({@code pladsflow.security.*}).
 *
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockDuration how long the lock lasts
 * @param rememberMe whether the login page offers "remember me"
 * @param bootstrapAdminPassword when set and no administrator exists, the user
 * {@code admin} is created with this password at start-up
 */
@ConfigurationProperties("pladsflow.security")
record SecuritySettings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("false") boolean rememberMe, String bootstrapAdminPassword) {
}
