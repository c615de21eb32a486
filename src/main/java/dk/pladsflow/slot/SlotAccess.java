package dk.pladsflow.slot;

import java.time.Instant;

/**
 * A slot as another module's access checks see it.
 *
 * @param slotId the slot
 * @param title its title
 * @param departmentId its department
 * @param unitId its unit
 * @param phase where it is in the flow
 * @param openedAt its T0
 * @param employer whether the asking user is the slot's employer
 * @param unused whether the closure of unused slots applies now (phase 1 or 2, or VACANT)
 * @param periodStart when the slot's current 26 weeks began (T0, or the day it became
 * vacant)
 * @param unusedSince when it last became unused in that period (after an agreement fell
 * through, say)
 */
public record SlotAccess(long slotId, String title, long departmentId, long unitId, SlotPhase phase, Instant openedAt,
		boolean employer, boolean unused, Instant periodStart, Instant unusedSince) {

}
