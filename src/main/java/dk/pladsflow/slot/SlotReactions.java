package dk.pladsflow.slot;

import dk.pladsflow.placement.PlacementEnded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Placement ended → slot freed (reopened, or VACANT for "do not reopen"). Runs after the
 * placement module's transaction has committed, in a transaction of its own; the event
 * publication registry keeps the event until this has committed, so a crash in between
 * loses nothing. Idempotent: only a slot still filled by that placement's agreement
 * changes.
 */
@Component
class SlotReactions {

	private final SlotService slots;

	SlotReactions(SlotService slots) {
		this.slots = slots;
	}

	@ApplicationModuleListener
	void on(PlacementEnded ended) {
		this.slots.placementEnded(ended);
	}

}
