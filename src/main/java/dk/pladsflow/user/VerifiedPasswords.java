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
 * bcrypt (about a tenth of a second of a core, by design) once, not on every request.
 * <p>
 * Only matches are remembered, so guessing gets no faster and every failure still counts
 * towards the lockout. The key is an HMAC, under a key made at start-up and never stored,
 * of the password together with the stored hash: a changed password has another hash, so
 * the old one stops matching at once. Everything else (the account being active, not
 * locked, its roles) is checked on every request as before.
 */
class VerifiedPasswords implements PasswordEncoder {

	private static final String HMAC = "HmacSHA256";

	private final PasswordEncoder delegate;

	private final SecretKeySpec key;

	private final Cache<String, Boolean> matched;

	VerifiedPasswords(PasswordEncoder delegate, Duration remembered) {
		this.delegate = delegate;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, HMAC);
		this.matched = Caffeine.newBuilder().expireAfterWrite(remembered).maximumSize(10_000).build();
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
		boolean matches = this.delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			this.matched.put(fingerprint, Boolean.TRUE);
		}
		return matches;
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
