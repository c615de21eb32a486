package dk.pladsflow.test;

import java.time.ZoneId;

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

}
