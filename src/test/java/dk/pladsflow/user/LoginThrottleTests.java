package dk.pladsflow.user;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys and delays of the login throttle, without a database.
 */
class LoginThrottleTests {

	private final LoginThrottle throttle = new LoginThrottle(null, new SecuritySettings(
			new LoginThrottleSettings(5, 20, 10, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(24)),
			Duration.ofHours(12), false, null), null);

	@Test
	void theDelayStartsAtTwoSecondsAndDoublesUpToFifteenMinutes() {
		assertThat(this.throttle.delay(1)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.throttle.delay(2)).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.throttle.delay(9)).isEqualTo(Duration.ofSeconds(512));
		assertThat(this.throttle.delay(10)).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.throttle.delay(1000)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void anIpv6ClientIsCountedByItsNetworkAndAnIpv4ClientByItsAddress() {
		assertThat(LoginThrottle.address("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
			.isEqualTo(LoginThrottle.address("2001:db8:1:2::1"))
			.isEqualTo("2001:db8:1:2::/64");
		assertThat(LoginThrottle.address("2001:db8:1:3::1")).isNotEqualTo(LoginThrottle.address("2001:db8:1:2::1"));
		assertThat(LoginThrottle.address("10.0.0.7")).isEqualTo("10.0.0.7");
	}

	@Test
	void aUserNameIsCountedInLowerCaseAndAtMostAHundredCharacters() {
		assertThat(LoginThrottle.account("  Admin ")).isEqualTo("admin");
		assertThat(LoginThrottle.account("x".repeat(500))).hasSize(100);
	}

}
