package dk.pladsflow.demo;

import java.time.Clock;
import java.time.Duration;

import dk.pladsflow.shared.AdjustableClock;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.user.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * The demo clock's facade: administrators move the application's time forward, in the
 * demo set-up only. Outside it there is no such clock (404, asked before the user, so
 * that a server tells nobody what it lacks); in it, anyone but an administrator is
 * refused (403), whatever URL the call came through.
 */
@Service
class DemoClockAdministration {

	/** The most one step moves the clock. */
	static final int MAX_DAYS = 400;

	private final DemoMode demo;

	private final Clock clock;

	DemoClockAdministration(DemoMode demo, Clock clock) {
		this.demo = demo;
		this.clock = clock;
	}

	/**
	 * The demo clock, for an administrator to read.
	 * @param user who asks: an administrator
	 * @return the clock
	 * @throws NotFoundException outside the demo set-up
	 */
	AdjustableClock read(CurrentUser user) {
		AdjustableClock adjustable = adjustable();
		user.checkAdminister();
		return adjustable;
	}

	/**
	 * Moves the clock forward.
	 * @param user who asks: an administrator
	 * @param days how many days, 0 to {@value #MAX_DAYS} (others are brought into range)
	 */
	void advance(CurrentUser user, int days) {
		read(user).advance(Duration.ofDays(Math.max(0, Math.min(days, MAX_DAYS))));
	}

	/**
	 * Sets the clock back to the real time.
	 * @param user who asks: an administrator
	 */
	void reset(CurrentUser user) {
		read(user).reset();
	}

	private AdjustableClock adjustable() {
		if (!this.demo.isActive() || !(this.clock instanceof AdjustableClock adjustable)) {
			throw new NotFoundException("Demo clock", "");
		}
		return adjustable;
	}

}
