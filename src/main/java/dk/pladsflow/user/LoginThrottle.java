package dk.pladsflow.user;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting an attacker lock anyone out (ASVS 2.2.1).
 * Every failed login, by the form, by HTTP Basic or by the current-password check of
 * "Skift adgangskode", is counted under three keys:
 * <ul>
 * <li>{@code PAIR}: the account (the user name as typed, whether it exists or not) from
 * one client address (an IPv6 address by its /64 network);</li>
 * <li>{@code ADDRESS}: the client address, whatever account it tries;</li>
 * <li>{@code ACCOUNT}: the account, counting each client address once, so that one
 * address alone can never block an account for the others.</li>
 * </ul>
 * Past a number of free failures, each further failure blocks its key for a delay that
 * doubles from {@code first-delay} up to {@code max-delay}; a blocked attempt is refused
 * without looking at the password and is not counted. A successful login clears the pair
 * and the account, not the address. Counts older than {@code forget-after} start over and
 * are deleted. The counts live in the database, so they hold across several instances.
 */
@Component
class LoginThrottle {

	/** The longest account key kept (longer names cannot exist: user names have 100). */
	static final int MAX_ACCOUNT = 100;

	private static final int MAX_ADDRESS = 64;

	private final JdbcClient jdbc;

	private final LoginThrottleSettings settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, SecuritySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings.loginThrottle();
		this.clock = clock;
	}

	/**
	 * Looks up an attempt's counts, in one query: whether it must be refused without
	 * trying the password, and whether a success has counts of its own to clear (most
	 * logins, and every API request of a script, have none, and then write nothing).
	 * @param account the user name as typed
	 * @param address the client address
	 * @return the attempt, to pass to {@link #failed} or {@link #succeeded}
	 */
	Attempt attempt(String account, String address) {
		String name = account(account);
		String from = address(address);
		return this.jdbc.sql("""
				select coalesce(bool_or(blocked_until > :now), false) as blocked,
				       count(*) filter (where scope <> 'ADDRESS') > 0 as own_counts
				from login_throttle
				where (scope = 'PAIR' and account = :account and address = :address)
				   or (scope = 'ADDRESS' and account = '' and address = :address)
				   or (scope = 'ACCOUNT' and account = :account and address = '')
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("account", name)
			.param("address", from)
			.query((rs, n) -> new Attempt(name, from, rs.getBoolean("blocked"), rs.getBoolean("own_counts")))
			.single();
	}

	/**
	 * Counts a failed attempt under its three keys.
	 * @param attempt the attempt
	 */
	void failed(Attempt attempt) {
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from login_throttle where last_failure < :before")
			.param("before", Timestamp.from(now.minus(this.settings.forgetAfter())))
			.update();
		int pair = count("PAIR", attempt.account(), attempt.address(), now, this.settings.freePerAccountAndAddress());
		count("ADDRESS", "", attempt.address(), now, this.settings.freePerAddress());
		if (pair == 1) {
			count("ACCOUNT", attempt.account(), "", now, this.settings.freePerAccount());
		}
	}

	/**
	 * A successful login: the account's own counts start over.
	 * @param attempt the attempt
	 */
	void succeeded(Attempt attempt) {
		if (!attempt.ownCounts()) {
			return;
		}
		this.jdbc.sql("""
				delete from login_throttle
				where (scope = 'PAIR' and account = :account and address = :address)
				   or (scope = 'ACCOUNT' and account = :account and address = '')
				""").param("account", attempt.account()).param("address", attempt.address()).update();
	}

	/**
	 * One page of the counts, most recent failure first (the administrators' page).
	 * @param by who asks: an administrator
	 * @param offset rows to skip
	 * @param limit rows to show
	 * @return the rows
	 */
	List<LoginThrottleEntry> entries(CurrentUser by, int offset, int limit) {
		by.checkAdminister();
		return this.jdbc.sql("""
				select scope, account, address, failures, first_failure, last_failure, blocked_until
				from login_throttle order by last_failure desc, scope, account, address
				offset :offset limit :limit
				""")
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new LoginThrottleEntry(rs.getString("scope"), rs.getString("account"),
					rs.getString("address"), rs.getInt("failures"), rs.getTimestamp("first_failure").toInstant(),
					rs.getTimestamp("last_failure").toInstant(), instant(rs.getTimestamp("blocked_until"))))
			.list();
	}

	/**
	 * How many rows {@link #entries} pages through.
	 * @param by who asks: an administrator
	 * @return the count
	 */
	long count(CurrentUser by) {
		by.checkAdminister();
		return this.jdbc.sql("select count(*) from login_throttle").query(Long.class).single();
	}

	/**
	 * Clears one count (an administrator's decision).
	 * @param by who asks: an administrator
	 * @param scope {@code PAIR}, {@code ADDRESS} or {@code ACCOUNT}
	 * @param account its account, or empty
	 * @param address its address, or empty
	 * @return whether there was such a count
	 */
	boolean clear(CurrentUser by, String scope, String account, String address) {
		by.checkAdminister();
		return this.jdbc
			.sql("delete from login_throttle where scope = :scope and account = :account and address = :address")
			.param("scope", scope)
			.param("account", (account == null) ? "" : account)
			.param("address", (address == null) ? "" : address)
			.update() > 0;
	}

	/**
	 * Clears every count of an account, from every address.
	 * @param account the user name
	 */
	void clearAccount(String account) {
		this.jdbc.sql("delete from login_throttle where account = :account")
			.param("account", account(account))
			.update();
	}

	/**
	 * Which of the accounts are blocked now, in one query (for the user list).
	 * @param accounts user names
	 * @return those blocked from every address or from some address
	 */
	Set<String> blockedAccounts(Collection<String> accounts) {
		if (accounts.isEmpty()) {
			return Set.of();
		}
		return this.jdbc.sql("""
				select distinct account from login_throttle
				where account in (:accounts) and blocked_until > :now
				""")
			.param("accounts", accounts.stream().map(LoginThrottle::account).toList())
			.param("now", Timestamp.from(this.clock.instant()))
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Adds one failure to a key and blocks it when past its free failures.
	 * @return the key's failures now
	 */
	private int count(String scope, String account, String address, Instant now, int free) {
		Timestamp at = Timestamp.from(now);
		int failures = this.jdbc.sql("""
				insert into login_throttle (scope, account, address, failures, first_failure, last_failure)
				values (:scope, :account, :address, 1, :now, :now)
				on conflict (scope, account, address) do update
				set failures = login_throttle.failures + 1, last_failure = excluded.last_failure
				returning failures
				""")
			.param("scope", scope)
			.param("account", account)
			.param("address", address)
			.param("now", at)
			.query(Integer.class)
			.single();
		if (failures > free) {
			this.jdbc.sql("""
					update login_throttle set blocked_until = :until
					where scope = :scope and account = :account and address = :address
					""")
				.param("until", Timestamp.from(now.plus(delay(failures - free))))
				.param("scope", scope)
				.param("account", account)
				.param("address", address)
				.update();
		}
		return failures;
	}

	/**
	 * The first failure past the free ones blocks for first-delay, each next one twice as
	 * long.
	 */
	Duration delay(int pastFree) {
		Duration delay = this.settings.firstDelay();
		for (int i = 1; i < pastFree && delay.compareTo(this.settings.maxDelay()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.settings.maxDelay()) > 0) ? this.settings.maxDelay() : delay;
	}

	static String account(String typed) {
		String name = (typed != null) ? typed.strip().toLowerCase(Locale.ROOT) : "";
		return (name.length() > MAX_ACCOUNT) ? name.substring(0, MAX_ACCOUNT) : name;
	}

	/**
	 * The client address as a key: an IPv6 address by its /64 network, since one client
	 * usually has a whole /64 to pick addresses from.
	 */
	static String address(String address) {
		String value = (address != null) ? address.strip() : "";
		if (value.indexOf(':') >= 0 && value.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+")) {
			try {
				byte[] bytes = InetAddress.getByName(value.replaceFirst("%.*$", "")).getAddress();
				if (bytes.length == 16) {
					StringBuilder network = new StringBuilder();
					for (int i = 0; i < 8; i += 2) {
						network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
							.append(':');
					}
					return network.append(":/64").toString();
				}
			}
			catch (UnknownHostException ex) {
				// not an address literal: counted as given
			}
		}
		return (value.length() > MAX_ADDRESS) ? value.substring(0, MAX_ADDRESS) : value;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * One login attempt as the throttle keys it.
	 *
	 * @param account the account key (normalised user name)
	 * @param address the address key
	 * @param blocked whether it must be refused without trying the password
	 * @param ownCounts whether its account has counts (PAIR, ACCOUNT) that a success
	 * clears
	 */
	record Attempt(String account, String address, boolean blocked, boolean ownCounts) {

	}

}
