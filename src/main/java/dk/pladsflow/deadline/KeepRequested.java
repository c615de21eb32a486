package dk.pladsflow.deadline;

import java.time.Instant;
import java.util.Set;

/**
 * The employer answered a hearing "keep the slot, because …": those who may decide are
 * told (administrators and the managers who see the department), and the request waits on
 * their list of hearings to decide.
 *
 * @param hearingId the hearing
 * @param slotId the slot
 * @param slotTitle the slot's title, for the message
 * @param departmentId the slot's department
 * @param decideBy when the slot closes if nobody decides
 * @param deciderIds who may decide
 */
public record KeepRequested(long hearingId, long slotId, String slotTitle, long departmentId, Instant decideBy,
		Set<Long> deciderIds) {

}
