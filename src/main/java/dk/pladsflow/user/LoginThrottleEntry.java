package dk.pladsflow.user;

import java.time.Instant;

/**
 * One count of failed logins, as the administrators' page shows it.
 *
 * @param scope {@code PAIR} (account from one address), {@code ADDRESS} or
 * {@code ACCOUNT} (account, each address counted once)
 * @param account the user name as typed, or empty for an address
 * @param address the client address, or empty for an account
 * @param failures failed attempts counted
 * @param firstFailure when the first was
 * @param lastFailure when the last was
 * @param blockedUntil until when attempts are refused, or null
 */
public record LoginThrottleEntry(String scope, String account, String address, int failures, Instant firstFailure,
		Instant lastFailure, Instant blockedUntil) {

	/**
	 * Whether attempts are refused at the given time.
	 * @param now the time
	 * @return true while blocked
	 */
	public boolean blockedAt(Instant now) {
		return this.blockedUntil != null && this.blockedUntil.isAfter(now);
	}

}
