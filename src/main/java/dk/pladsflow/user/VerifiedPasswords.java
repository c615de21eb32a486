package dk.pladsflow.user;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a few minutes, which password matched which
 * stored hash, so that a script calling the API with HTTP Basic on every request pays for
 * the slow hash (Argon2, or bcrypt for an older stored hash) once, not on every request.
 * <p>
 * Only matches are remembered, so guessing gets no faster and every failure still counts
 * towards the login throttle; nothing is remembered for a user who does not exist
 * ({@link #matchesNobody}). The key is an HMAC, under a key made at start-up and never
 * stored, of the password together with the stored hash: a changed password has another
 * hash, so the old one stops matching at once. Everything else (the account being active,
 * the login throttle, its roles) is checked on every request as before.
 */
class VerifiedPasswords implements PasswordEncoder {

	private static final String HMAC = "HmacSHA256";

	private final PasswordEncoder delegate;

	private final SecretKeySpec key;

	private final Cache<String, Boolean> matched;

	private final String nobodysHash;

	VerifiedPasswords(PasswordEncoder delegate, Duration remembered) {
		this.delegate = delegate;
		SecureRandom random = new SecureRandom();
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		this.key = new SecretKeySpec(secret, HMAC);
		this.matched = Caffeine.newBuilder().expireAfterWrite(remembered).maximumSize(10_000).build();
		byte[] nobodysPassword = new byte[24];
		random.nextBytes(nobodysPassword);
		this.nobodysHash = delegate.encode(HexFormat.of().formatHex(nobodysPassword));
	}

	/**
	 * Does the work of checking a password for a user who does not exist: the same hash
	 * as for a real one, against a random password made at start-up, never remembered. So
	 * an unknown user name takes as long as a known one with a wrong password.
	 * @param rawPassword the password given
	 */
	void matchesNobody(CharSequence rawPassword) {
		String password = (rawPassword != null) ? rawPassword.toString() : "";
		safeMatches(password.substring(0, Math.min(password.length(), PasswordPolicy.MAX_LENGTH * 4)),
				this.nobodysHash);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		String fingerprint = fingerprint(rawPassword, encodedPassword);
		if (this.matched.getIfPresent(fingerprint) != null) {
			return true;
		}
		boolean matches = safeMatches(rawPassword, encodedPassword);
		if (matches) {
			this.matched.put(fingerprint, Boolean.TRUE);
		}
		return matches;
	}

	/** A password bcrypt cannot take (over 72 bytes) does not match, rather than fail. */
	private boolean safeMatches(CharSequence rawPassword, String encodedPassword) {
		try {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private String fingerprint(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(this.key);
			mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(encodedPassword.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
