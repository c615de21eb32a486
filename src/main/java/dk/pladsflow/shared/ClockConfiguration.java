package dk.pladsflow.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in Copenhagen time. Every rule that depends on the
 * time takes it from here, so that tests can fix it. Only the demo set-up
 * ({@code pladsflow.demo-data=true}) has a clock an administrator can move forward (the
 * demo clock); a server runs on the system clock.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	/** The application's time zone. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = "pladsflow.demo-data", havingValue = "true")
	Clock demoClock() {
		return new AdjustableClock(ZONE);
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ZONE);
	}

	@Bean
	@ConditionalOnMissingBean
	WallClock wallClock() {
		return new WallClock(Clock.systemUTC());
	}

}
