package dk.pladsflow.scheduling;

import java.time.Clock;

import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Quartz as Spring Boot configures it from the {@code spring.quartz.*} settings (JDBC job
 * store, clustered), plus the listener that records every run.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

	@Bean
	SchedulerFactoryBeanCustomizer jobRunRecording(JdbcClient jdbc, Clock clock) {
		return (factory) -> factory.setGlobalJobListeners(new JobRunRecorder(jdbc, clock));
	}

}
