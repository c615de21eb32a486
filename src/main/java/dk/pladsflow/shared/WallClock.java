package dk.pladsflow.shared;

import java.time.Clock;

/**
 * Real time, which the demo clock never moves: for comparing with times that other
 * software stamps on its own (the session store stamps a session's creation with the real
 * time). Tests give it their movable clock, so that they can still let hours pass.
 *
 * @param clock the clock to read
 */
public record WallClock(Clock clock) {

}
