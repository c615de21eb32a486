package dk.pladsflow.test;

import java.time.ZoneId;

import dk.pladsflow.shared.AdjustableClock;

/**
 * A clock that follows real time until a test moves it: time-dependent rules (lock
 * duration, deadlines) are tested by advancing this clock, never by sleeping. Call
 * {@link #reset()} after a test that moved it, because the application context (and so
 * this clock) is shared.
 */
public final class MutableClock extends AdjustableClock {

	public MutableClock(ZoneId zone) {
		super(zone);
	}

}
