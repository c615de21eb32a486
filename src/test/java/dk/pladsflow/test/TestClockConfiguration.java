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
	 * A wall clock of its own, which only the tests of session lifetimes move: the demo
	 * clock moving forward ends no session, and a test can still let a session grow old.
	 * @return the wall clock, a {@link MutableClock}
	 */
	@Bean
	@Primary
	WallClock testWallClock() {
		return new WallClock(new MutableClock(ZoneId.of("Europe/Copenhagen")));
	}

}
