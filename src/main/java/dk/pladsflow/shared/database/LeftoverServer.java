package dk.pladsflow.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an application that died hard ({@code kill -9}, the out-of-memory killer) leaves
 * behind in the data directory: its PostgreSQL server, still running, with its
 * {@code postmaster.pid}. A new start would fail on that lock file, so before starting,
 * such a server is stopped cleanly with {@code pg_ctl stop -m fast} from the binaries it
 * runs from; PostgreSQL's crash recovery then replays the WAL, and committed data stays.
 * <p>
 * An application that is still alive holds the directory's lock file ({@code epg-lock},
 * locked by the embedded server's library for as long as the JVM runs; the operating
 * system releases it when the JVM dies): then nothing is stopped and
 * {@link DataDirectoryInUseException} says so.
 */
final class LeftoverServer {

	static final String LOCK_FILE = "epg-lock";

	static final String PID_FILE = "postmaster.pid";

	private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

	private LeftoverServer() {
	}

	/**
	 * Makes the data directory ready for a start: refuses a directory a live application
	 * uses, stops a server a dead one left running.
	 * @param dataDirectory the cluster's directory (absolute)
	 * @throws DataDirectoryInUseException when another live application uses it
	 */
	static void stopIfLeftBehind(Path dataDirectory) {
		if (!Files.exists(dataDirectory.resolve(PID_FILE))) {
			return;
		}
		if (lockedByLiveApplication(dataDirectory)) {
			throw new DataDirectoryInUseException(dataDirectory);
		}
		Optional<ProcessHandle> server = runningServer(dataDirectory);
		if (server.isEmpty()) {
			// a pid file of a server that is gone too: PostgreSQL removes it itself
			return;
		}
		Path postgres = Path.of(server.get().info().command().orElseThrow());
		Path pgCtl = postgres.resolveSibling(postgres.getFileName().toString().replace("postgres", "pg_ctl"));
		log.warn("Stopping the embedded PostgreSQL (PID {}) that an earlier run left behind in {}", server.get().pid(),
				dataDirectory);
		stop(server.get(), pgCtl, dataDirectory);
	}

	/**
	 * The live PostgreSQL server whose PID the directory's {@code postmaster.pid} names,
	 * if there is one.
	 * @param dataDirectory the cluster's directory
	 * @return the server's process
	 */
	static Optional<ProcessHandle> runningServer(Path dataDirectory) {
		List<String> lines;
		try {
			lines = Files.readAllLines(dataDirectory.resolve(PID_FILE));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info()
				.command()
				.map((command) -> Path.of(command).getFileName().toString().startsWith("postgres"))
				.orElse(false));
	}

	private static boolean lockedByLiveApplication(Path dataDirectory) {
		Path lockFile = dataDirectory.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			// held by this very JVM: an embedded server of this process runs on it
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * {@code pg_ctl stop -m fast}, which sends the postmaster SIGINT and waits until it
	 * is gone. pg_ctl refuses to run as root (a container, a CI job) although the
	 * embedded server itself runs there; then the same signal is sent directly.
	 */
	private static void stop(ProcessHandle server, Path pgCtl, Path dataDirectory) {
		try {
			Process stop = new ProcessBuilder(pgCtl.toString(), "stop", "-D", dataDirectory.toString(), "-m", "fast",
					"-w", "-t", "60")
				.redirectErrorStream(true)
				.start();
			String output = new String(stop.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			if (stop.waitFor(90, TimeUnit.SECONDS) && stop.exitValue() == 0) {
				return;
			}
			stop.destroyForcibly();
			if (server.isAlive()) {
				log.warn("{} stop -m fast did not stop it ({}); sending it the same signal (SIGINT)", pgCtl, output);
				signalFastShutdown(server);
			}
			server.onExit().get(90, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run " + pgCtl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the PostgreSQL in " + dataDirectory, ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException(
					"Could not stop the PostgreSQL (PID " + server.pid() + ") left running in " + dataDirectory, ex);
		}
	}

	private static void signalFastShutdown(ProcessHandle server) throws IOException, InterruptedException {
		if (System.getProperty("os.name").startsWith("Windows")) {
			server.destroy();
			return;
		}
		Process kill = new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).inheritIO().start();
		kill.waitFor(10, TimeUnit.SECONDS);
	}

}
