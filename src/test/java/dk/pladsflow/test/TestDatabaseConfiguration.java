package dk.pladsflow.test;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
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

}
