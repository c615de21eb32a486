package dk.pladsflow.test;

import java.util.UUID;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points the application under test at the shared {@link TestDatabase}. Because this
 * provides the connection, the application's embedded default does not start.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	JdbcConnectionDetails testDatabaseConnection() {
		TestDatabase.Connection connection = TestDatabase.get();
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return connection.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return connection.username();
			}

			@Override
			public String getPassword() {
				return connection.password();
			}

		};
	}

	/**
	 * Every test context's Quartz scheduler under a name of its own. Quartz keeps its
	 * data sources in one JVM-wide registry by scheduler name, so a context that the test
	 * context cache closes (or a test closes) would otherwise take the job store
	 * connection of every other context of the same name with it.
	 * @return the customizer
	 */
	@Bean
	SchedulerFactoryBeanCustomizer uniqueSchedulerName() {
		String name = "pladsflow-test-" + UUID.randomUUID();
		return (scheduler) -> scheduler.setSchedulerName(name);
	}

}
