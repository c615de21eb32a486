package dk.pladsflow.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock after failed logins, on the account itself.
 */
class UserAccountTests {

	private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

	private static final Duration LOCK = Duration.ofMinutes(15);

	private final UserAccount account = new UserAccount("Karen", "{noop}kode",
			new UserData("Karen Konsulent", null, Set.of(Role.CONSULTANT), null, Set.of()));

	@Test
	void fourFailuresDoNotLock() {
		fail(4);
		assertThat(this.account.isLockedAt(NOW)).isFalse();
	}

	@Test
	void fifthFailureLocksForTheLockDuration() {
		fail(5);
		assertThat(this.account.isLockedAt(NOW)).isTrue();
		assertThat(this.account.isLockedAt(NOW.plus(LOCK).minusSeconds(1))).isTrue();
		assertThat(this.account.isLockedAt(NOW.plus(LOCK))).isFalse();
	}

	@Test
	void afterAnExpiredLockFiveNewFailuresAreNeededToLockAgain() {
		fail(5);
		Instant later = NOW.plus(LOCK);
		this.account.loginFailed(later, 5, LOCK);
		assertThat(this.account.isLockedAt(later)).isFalse();
	}

	@Test
	void unlockLiftsTheLockAndForgetsTheFailures() {
		fail(5);
		this.account.unlock();
		assertThat(this.account.isLockedAt(NOW)).isFalse();
		fail(4);
		assertThat(this.account.isLockedAt(NOW)).isFalse();
	}

	@Test
	void newPasswordLiftsTheLock() {
		fail(5);
		this.account.changePassword("{noop}ny-kode");
		assertThat(this.account.isLockedAt(NOW)).isFalse();
	}

	@Test
	void userNameIsStoredInLowerCase() {
		assertThat(this.account.getUsername()).isEqualTo("karen");
	}

	private void fail(int times) {
		for (int i = 0; i < times; i++) {
			this.account.loginFailed(NOW, 5, LOCK);
		}
	}

}
