package dk.pladsflow.slot;

import dk.pladsflow.user.CurrentUser;

/**
 * Who made a change, as the history keeps it.
 *
 * @param id the user id, or null for the system (scheduled jobs)
 * @param name the name shown in the history
 */
record Actor(Long id, String name) {

	/** The scheduled jobs, as the history names them. */
	static final Actor SYSTEM = new Actor(null, "Pladsflow");

	static Actor of(CurrentUser user) {
		return new Actor(user.id(), user.displayName());
	}

}
