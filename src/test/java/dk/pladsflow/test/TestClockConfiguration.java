package dk.pladsflow.test;

import java.time.ZoneId;

import dk.pladsflow.shared.WallClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Gives the application under test a {@link MutableClock}. It follows real time, so tests
 * that do not move it see no difference; {@code @Primary} because the application's own
 * clock bean may be registered as well.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(ZoneId.of("Europe/Copenhagen"));
	}

	/**
	 * The tests' clock is real time until a test moves it, so it serves as the wall clock
	 * too: a test can let a session grow old.
	 * @param clock the tests' clock
	 * @return the wall clock
	 */
	@Bean
	@Primary
	WallClock testWallClock(MutableClock clock) {
		return new WallClock(clock);
	}

}
