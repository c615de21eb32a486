package dk.pladsflow.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and session settings ({@code pladsflow.security.*}).
 *
 * @param loginThrottle delays after failed logins ({@link LoginThrottle}); unset, its
 * defaults
 * @param sessionAbsoluteTimeout how long a login lasts at most, however active the user
 * (the idle timeout is {@code server.servlet.session.timeout})
 * @param rememberMe whether the login page offers "remember me"
 * @param bootstrapAdminPassword when set and no administrator exists, the user
 * {@code admin} is created with this password at start-up
 */
@ConfigurationProperties("pladsflow.security")
record SecuritySettings(@DefaultValue LoginThrottleSettings loginThrottle,
		@DefaultValue("12h") Duration sessionAbsoluteTimeout, @DefaultValue("false") boolean rememberMe,
		String bootstrapAdminPassword) {

}
