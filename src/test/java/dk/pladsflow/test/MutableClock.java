package dk.pladsflow.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that follows real time until a test moves it: time-dependent rules (lock
 * duration, deadlines) are tested by advancing this clock, never by sleeping. Call
 * {@link #reset()} after a test that moved it, because the application context (and so
 * this clock) is shared.
 */
public final class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile Duration offset = Duration.ZERO;

	public MutableClock(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * Moves the clock forward.
	 * @param amount how far
	 */
	public void advance(Duration amount) {
		this.offset = this.offset.plus(amount);
	}

	/**
	 * Lets the clock follow real time again.
	 */
	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock clock = new MutableClock(zone);
		clock.offset = this.offset;
		return clock;
	}

}
