package dk.pladsflow.outcome;

import dk.pladsflow.scheduling.ScheduledTask;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outcome module's scheduled job: keeping the ended placements' day counts
 * ({@link OutcomeService#keepDays()}), hourly, so that a year's outcomes are summed from
 * kept rows (at twenty past: after midnight it also recounts the placements whose windows
 * reach into the day that has passed). Schedule:
 * {@code pladsflow.jobs.outcome-days.cron}.
 */
@Configuration(proxyBeanMethods = false)
class OutcomeJobs {

	@Bean
	ScheduledTask outcomeDaysJob(OutcomeService outcomes) {
		return ScheduledTask.of("outcome-days", "0 20 * * * ?", outcomes::keepDays);
	}

}
