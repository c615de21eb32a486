package dk.pladsflow.user;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@link LoginThrottle} ({@code pladsflow.security.login-throttle.*}).
 *
 * @param freePerAccountAndAddress failures of one account from one address before delays
 * start
 * @param freePerAddress failures from one address, on any accounts, before delays start
 * @param freePerAccount distinct addresses failing on one account before delays start
 * @param firstDelay the first delay; each further failure doubles it
 * @param maxDelay the longest delay
 * @param forgetAfter counts whose last failure is older than this are deleted
 */
record LoginThrottleSettings(@DefaultValue("5") int freePerAccountAndAddress, @DefaultValue("20") int freePerAddress,
		@DefaultValue("10") int freePerAccount, @DefaultValue("2s") Duration firstDelay,
		@DefaultValue("15m") Duration maxDelay, @DefaultValue("24h") Duration forgetAfter) {

}
