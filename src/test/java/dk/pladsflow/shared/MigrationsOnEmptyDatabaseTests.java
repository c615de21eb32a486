package dk.pladsflow.shared;

import java.nio.file.Path;
import java.util.List;

import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.shared.database.EmbeddedPostgresLauncher;
import dk.pladsflow.test.StandaloneApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new server database: Flyway builds the whole schema from nothing, with the seed
 * departments, and Hibernate accepts the result (the application starts with
 * {@code ddl-auto=validate}).
 */
class MigrationsOnEmptyDatabaseTests {

	@Test
	void everyMigrationAppliesToAnEmptyDatabaseAndHibernateValidatesTheSchema(@TempDir Path directory)
			throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgresLauncher.start(directory, 0, false)) {
			String url = EmbeddedPostgresLauncher.jdbcUrl(server);
			MigrateResult result = Flyway.configure()
				.dataSource(url, "postgres", "postgres")
				.locations("classpath:db/migration")
				.load()
				.migrate();
			int files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
			assertThat(result.migrationsExecuted).isEqualTo(files).isPositive();

			try (ConfigurableApplicationContext app = StandaloneApplication.start("spring.datasource.url=" + url,
					"spring.datasource.username=postgres", "spring.datasource.password=postgres",
					"pladsflow.demo-data=false")) {
				assertThat(app.getBean(JdbcConnectionDetails.class).getJdbcUrl()).as("the fresh database")
					.isEqualTo(url);
				assertThat(app.getBean(OrganisationService.class).allDepartments()).extracting((d) -> d.code())
					.containsExactly("BIF", "BUF", "KFF", "SOF", "SUF", "TMF", "ØKF");
				List<String> oneCv = app.getBean(JdbcTemplate.class)
					.queryForList("select code from department where one_cv_mode order by code", String.class);
				assertThat(oneCv).containsExactly("BIF", "SUF");
			}
		}
	}

}
