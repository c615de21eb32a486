package dk.pladsflow.deadline;

import java.time.Clock;

import dk.pladsflow.scheduling.ScheduledTask;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The deadline module's scheduled jobs: thin shells over the idempotent service methods,
 * each given the clock's now. Schedules are settings
 * ({@code pladsflow.jobs.<name>.cron}).
 */
@Configuration(proxyBeanMethods = false)
class DeadlineJobs {

	@Bean
	ScheduledTask deadlineSweepJob(DeadlineSweep sweep, Clock clock) {
		return ScheduledTask.of("deadline-sweep", "0 */5 * * * ?", () -> sweep.sweep(clock.instant()));
	}

	@Bean
	ScheduledTask slotClosureJob(ClosureService closure, Clock clock) {
		return ScheduledTask.of("slot-closure", "0 10 * * * ?", () -> closure.run(clock.instant()));
	}

	@Bean
	ScheduledTask followUpJob(FollowUpService followUps, Clock clock) {
		return ScheduledTask.of("follow-ups", "0 0 5 * * ?", () -> followUps.open(clock.instant()));
	}

}
