package dk.pladsflow.placement;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Slot filled → placement starts. Runs after the slot's transaction has committed, in a
 * transaction of its own; the publication stays in the registry until this has committed,
 * so a crash in between loses nothing (it is resubmitted). Idempotent: a placement that
 * already exists for the slot's agreement is not registered twice.
 */
@Component
class PlacementStarts {

	private final PlacementService placements;

	PlacementStarts(PlacementService placements) {
		this.placements = placements;
	}

	@ApplicationModuleListener
	void on(PlacementAgreed agreed) {
		this.placements.start(agreed);
	}

}
