package dk.pladsflow.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The embedded database: when no {@code spring.datasource.url} is configured (and no
 * other connection is provided, as the tests do), Pladsflow starts a real PostgreSQL in
 * its own process and keeps the data in {@code pladsflow.embedded-db.data-directory} —
 * but only when asked for: by the demo ({@code pladsflow.demo-data=true}, which
 * {@code ./mvnw spring-boot:run} sets) or by {@code pladsflow.embedded-db.enabled=true}.
 * Otherwise the start stops with a message that says what to set, so a server whose
 * database variable is missing or mistyped never runs on a database of its own.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties, Environment environment) {
		if (!properties.enabled() && !environment.getProperty("pladsflow.demo-data", Boolean.class, false)) {
			throw new NoDatabaseConfiguredException();
		}
		EmbeddedPostgres server = EmbeddedPostgresLauncher.start(properties.dataDirectory(), properties.port(), true);
		log.info("Embedded PostgreSQL serves {} (data in {})", EmbeddedPostgresLauncher.jdbcUrl(server),
				properties.dataDirectory().toAbsolutePath());
		return server;
	}

	@Bean
	EmbeddedDatabase embeddedDatabase(EmbeddedPostgres server) {
		return new EmbeddedDatabase(EmbeddedPostgresLauncher.jdbcUrl(server));
	}

}
