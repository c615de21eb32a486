package dk.pladsflow.deadline;

import java.time.Instant;

/**
 * One request to keep a slot that waits for a decision.
 *
 * @param slotId the slot
 * @param slotTitle its title
 * @param departmentLabel its department
 * @param reason the employer's reason
 * @param requestedAt when the employer asked
 * @param closesAt when the slot closes if nobody decides
 */
public record HearingToDecide(long slotId, String slotTitle, String departmentLabel, String reason, Instant requestedAt,
		Instant closesAt) {

}
