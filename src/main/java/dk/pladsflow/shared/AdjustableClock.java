package dk.pladsflow.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock: real time, plus an offset that stays zero in production. Only
 * the demo set-up offers administrators a control that moves it forward ("what happens
 * when a week passes"), and the tests move it to test time-dependent rules without
 * sleeping. The offset lives in this instance's memory: the demo runs as one instance.
 */
public class AdjustableClock extends Clock {

	private final ZoneId zone;

	private volatile Duration offset;

	public AdjustableClock(ZoneId zone) {
		this(zone, Duration.ZERO);
	}

	private AdjustableClock(ZoneId zone, Duration offset) {
		this.zone = zone;
		this.offset = offset;
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

	/**
	 * How far the clock is ahead of real time.
	 * @return the offset
	 */
	public Duration offset() {
		return this.offset;
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
		return new AdjustableClock(zone, this.offset);
	}

}
