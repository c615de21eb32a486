package dk.pladsflow.slot;

import java.time.Instant;

import dk.pladsflow.placement.Scheme;

/**
 * One line of a slot list or worklist.
 *
 * @param id slot id
 * @param title title
 * @param departmentCode department code
 * @param unitName unit name
 * @param scheme scheme
 * @param phase phase
 * @param deadline the current deadline, or null
 * @param overdue whether the deadline has passed
 * @param referralsNeeded referrals the round still needs (phase 1)
 * @param problemReported whether a one-CV problem waits for the consultant
 */
public record SlotRow(long id, String title, String departmentCode, String unitName, Scheme scheme, SlotPhase phase,
		Instant deadline, boolean overdue, int referralsNeeded, boolean problemReported) {
}
