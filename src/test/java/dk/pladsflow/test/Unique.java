package dk.pladsflow.test;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unique names and codes for test data, so tests on the shared database never clash, not
 * even with data another test committed.
 */
public final class Unique {

	private static final AtomicLong next = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private Unique() {
	}

	/**
	 * A short upper-case code, at most 10 letters and digits (a department code).
	 * @return the code
	 */
	public static String code() {
		return "T" + Long.toString(next.incrementAndGet(), 36).toUpperCase(Locale.ROOT);
	}

	/**
	 * A name that starts with the given prefix.
	 * @param prefix what the name is about, lower case for user names
	 * @return the name
	 */
	public static String name(String prefix) {
		return prefix + "-" + Long.toString(next.incrementAndGet(), 36);
	}

}
