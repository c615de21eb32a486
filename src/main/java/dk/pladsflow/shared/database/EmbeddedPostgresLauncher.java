package dk.pladsflow.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL server inside this process, from the binaries that ship on
 * Maven Central. Used by the application's embedded default and by the test harness, so
 * both run the same server the same way.
 */
public final class EmbeddedPostgresLauncher {

	private EmbeddedPostgresLauncher() {
	}

	/**
	 * Starts a server on the given data directory, keeping what is already there. A
	 * server that an application which died hard left running there is stopped first; a
	 * directory that another running application uses is refused
	 * ({@link DataDirectoryInUseException}).
	 * @param dataDirectory where the cluster lives; created (initdb) when empty
	 * @param port the TCP port, or 0 for any free port
	 * @param durable whether commits wait for the disk (on for data worth keeping)
	 * @return the running server; close it to stop it (nothing else will)
	 */
	public static EmbeddedPostgres start(Path dataDirectory, int port, boolean durable) {
		Path directory = dataDirectory.toAbsolutePath();
		LeftoverServer.stopIfLeftBehind(directory);
		try {
			return EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("timezone", "UTC")
				// the tests' throw-away server (not durable) serves every cached test
				// context's pool at once, and the applications some tests start beside
				// them
				.setServerConfig("max_connections", durable ? "100" : "300")
				// an error's DETAIL names the values (a duplicate CPR number): not in the
				// log
				.setServerConfig("log_error_verbosity", "terse")
				.setLocaleConfig("locale", "C.UTF-8")
				// whoever starts the server closes it (the application's bean, the test
				// harness): a JVM hook of its own would stop PostgreSQL while the
				// application still shuts down on it, and Quartz would loop on a closed
				// database instead of ending
				.setRegisterShutdownHook(false)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/**
	 * The JDBC URL of the application database on a running server.
	 * @param server the server
	 * @return the URL
	 */
	public static String jdbcUrl(EmbeddedPostgres server) {
		return server.getJdbcUrl("postgres", "postgres");
	}

}
