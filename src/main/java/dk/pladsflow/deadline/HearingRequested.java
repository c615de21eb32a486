package dk.pladsflow.deadline;

import java.time.Instant;
import java.util.Set;

/**
 * Week 24 after T0: the employer is asked whether the unused slot may be closed at week
 * 26.
 *
 * @param hearingId the hearing
 * @param slotId the slot
 * @param slotTitle the slot's title, for the message
 * @param departmentId the slot's department
 * @param closesAt when the slot closes without an extension (T0 + 26 weeks, or two weeks
 * after the hearing if that is later)
 * @param employerIds the employers to ask
 */
public record HearingRequested(long hearingId, long slotId, String slotTitle, long departmentId, Instant closesAt,
		Set<Long> employerIds) {

}
