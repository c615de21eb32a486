package dk.pladsflow.placement;

import java.time.Clock;

import dk.pladsflow.scheduling.ScheduledTask;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The placement module's job: announce the slots' placements whose end date has passed
 * ({@code pladsflow.jobs.placement-ends.cron}).
 */
@Configuration(proxyBeanMethods = false)
class PlacementJobs {

	@Bean
	ScheduledTask placementEndsJob(PlacementService placements, Clock clock) {
		return ScheduledTask.of("placement-ends", "0 15 * * * ?", () -> placements.announceEnded(clock.instant()));
	}

}
