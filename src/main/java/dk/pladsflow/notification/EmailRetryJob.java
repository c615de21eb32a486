package dk.pladsflow.notification;

import java.time.Clock;

import dk.pladsflow.scheduling.ScheduledTask;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job that sends the e-mails that could not be sent before
 * ({@code pladsflow.jobs.email-retry.cron}).
 */
@Configuration(proxyBeanMethods = false)
class EmailRetryJob {

	@Bean
	ScheduledTask emailRetry(EmailOutbox outbox, Clock clock) {
		return ScheduledTask.of("email-retry", "0 */5 * * * ?", () -> outbox.sendDue(clock.instant()));
	}

}
