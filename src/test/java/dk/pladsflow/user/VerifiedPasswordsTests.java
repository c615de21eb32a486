package dk.pladsflow.user;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remembered matches spare bcrypt on repeated requests, and nothing else changes: a wrong
 * password is checked (and fails) every time, and a changed password's old one no longer
 * matches.
 */
class VerifiedPasswordsTests {

	private final Counting bcrypt = new Counting(PasswordEncoderFactories.createDelegatingPasswordEncoder());

	private final VerifiedPasswords passwords = new VerifiedPasswords(this.bcrypt, Duration.ofMinutes(5));

	@Test
	void aMatchIsCheckedOnceAndThenRemembered() {
		String hash = this.passwords.encode("korrekt-hest");
		assertThat(hash).startsWith("{bcrypt}");
		assertThat(this.passwords.matches("korrekt-hest", hash)).isTrue();
		assertThat(this.passwords.matches("korrekt-hest", hash)).isTrue();
		assertThat(this.passwords.matches("korrekt-hest", hash)).isTrue();
		assertThat(this.bcrypt.checks.get()).isEqualTo(1);
	}

	@Test
	void aWrongPasswordIsCheckedEveryTimeAndNeverMatches() {
		String hash = this.passwords.encode("korrekt-hest");
		assertThat(this.passwords.matches("korrekt-hest", hash)).isTrue();
		assertThat(this.passwords.matches("forkert", hash)).isFalse();
		assertThat(this.passwords.matches("forkert", hash)).isFalse();
		assertThat(this.passwords.matches("korrekt-hest ", hash)).isFalse();
		assertThat(this.bcrypt.checks.get()).isEqualTo(4);
	}

	@Test
	void afterAPasswordChangeTheOldPasswordNoLongerMatches() {
		String old = this.passwords.encode("gammel-kode");
		assertThat(this.passwords.matches("gammel-kode", old)).isTrue();
		String changed = this.passwords.encode("ny-kode");
		assertThat(this.passwords.matches("gammel-kode", changed)).isFalse();
		assertThat(this.passwords.matches("ny-kode", changed)).isTrue();
	}

	@Test
	void aRememberedMatchExpires() {
		VerifiedPasswords briefly = new VerifiedPasswords(this.bcrypt, Duration.ZERO);
		String hash = briefly.encode("korrekt-hest");
		assertThat(briefly.matches("korrekt-hest", hash)).isTrue();
		assertThat(briefly.matches("korrekt-hest", hash)).isTrue();
		assertThat(this.bcrypt.checks.get()).isEqualTo(2);
	}

	private static final class Counting implements PasswordEncoder {

		private final PasswordEncoder delegate;

		private final AtomicInteger checks = new AtomicInteger();

		Counting(PasswordEncoder delegate) {
			this.delegate = delegate;
		}

		@Override
		public String encode(CharSequence rawPassword) {
			return this.delegate.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.checks.incrementAndGet();
			return this.delegate.matches(rawPassword, encodedPassword);
		}

	}

}
