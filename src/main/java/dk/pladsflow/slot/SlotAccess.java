package dk.pladsflow.slot;

import java.time.Instant;

/**
 * A slot as another module's access checks see it.
 *
 * @param slotId the slot
 * @param departmentId its department
 * @param unitId its unit
 * @param phase where it is in the flow
 * @param openedAt its T0
 * @param employer whether the asking user is the slot's employer
 */
public record SlotAccess(long slotId, long departmentId, long unitId, SlotPhase phase, Instant openedAt,
		boolean employer) {

}
