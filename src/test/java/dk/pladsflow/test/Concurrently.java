package dk.pladsflow.test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests that hold a transaction open in another thread share: waiting for a
 * latch, and waiting until the database shows a state (no sleeping), each for at most 30
 * seconds.
 */
public final class Concurrently {

	private static final long SECONDS = 30;

	private Concurrently() {
	}

	/**
	 * Waits for a latch to open.
	 * @param latch the latch
	 */
	public static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(SECONDS, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits until a condition holds, asking it again and again.
	 * @param what what is waited for, for the failure's message
	 * @param condition the condition
	 */
	public static void until(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as(what).isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

}
