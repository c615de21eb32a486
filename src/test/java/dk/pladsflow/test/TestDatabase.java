package dk.pladsflow.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import dk.pladsflow.shared.database.EmbeddedPostgresLauncher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL all integration tests of a test run share: a Testcontainers
 * PostgreSQL where a Docker engine answers, an embedded PostgreSQL where none does.
 * <p>
 * Override with the system property or environment variable
 * {@code pladsflow.test.database} / {@code PLADSFLOW_TEST_DATABASE}: {@code auto} (the
 * default), {@code testcontainers} or {@code embedded}.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final String POSTGRES_IMAGE = "postgres:18-alpine";

	private static Connection connection;

	private TestDatabase() {
	}

	/**
	 * The shared database, started on first use and stopped when the JVM ends.
	 * @return how to connect
	 */
	public static synchronized Connection get() {
		if (connection == null) {
			connection = start(mode());
		}
		return connection;
	}

	static String mode() {
		String mode = System.getProperty("pladsflow.test.database", System.getenv("PLADSFLOW_TEST_DATABASE"));
		return (mode == null || mode.isBlank()) ? "auto" : mode.trim().toLowerCase(Locale.ROOT);
	}

	private static Connection start(String mode) {
		boolean docker = switch (mode) {
			case "testcontainers" -> true;
			case "embedded" -> false;
			case "auto" -> dockerAvailable();
			default -> throw new IllegalArgumentException(
					"pladsflow.test.database must be auto, testcontainers or embedded, not " + mode);
		};
		return docker ? startContainer() : startEmbedded();
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
		// every cached test context's pool at once, as on the embedded server
		container.withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=300");
		container.start();
		log.info("Tests use a Testcontainers PostgreSQL ({})", POSTGRES_IMAGE);
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"testcontainers");
	}

	private static Connection startEmbedded() {
		try {
			Path directory = Files.createTempDirectory("pladsflow-test-db");
			EmbeddedPostgres server = EmbeddedPostgresLauncher.start(directory, 0, false);
			log.info("Tests use an embedded PostgreSQL (no Docker engine answered)");
			// the data directory goes with the run: left behind, each run's 0.3-1.5 GB
			// filled
			// a developer's disk (244 of them on 02-12-2026)
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
					FileSystemUtils.deleteRecursively(directory);
				}
				catch (IOException ex) {
					// the JVM is ending anyway
				}
			}));
			return new Connection(EmbeddedPostgresLauncher.jdbcUrl(server), "postgres", "postgres", "embedded");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How to reach the shared test database.
	 *
	 * @param jdbcUrl JDBC URL
	 * @param username user
	 * @param password password
	 * @param kind {@code testcontainers} or {@code embedded}
	 */
	public record Connection(String jdbcUrl, String username, String password, String kind) {
	}

}
