package dk.pladsflow.deadline;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A deadline was missed: published once per breach, when the sweep records it.
 *
 * @param breachId the recorded breach
 * @param slotId the slot
 * @param slotTitle the slot's title, for the message
 * @param departmentId the slot's department
 * @param phase the phase whose deadline passed (1, 2 or 3)
 * @param roundNo the referral round
 * @param deadline the deadline that passed
 * @param detectedAt when the sweep saw it
 * @param consultantIds who must act as consultant: the department's contact consultant
 * @param employerIds who must act as employer (phases 2 and 3): the department's
 * employers bound to the whole department or to the slot's unit
 */
public record DeadlineBreached(long breachId, long slotId, String slotTitle, long departmentId, int phase, int roundNo,
		Instant deadline, Instant detectedAt, Set<Long> consultantIds, Set<Long> employerIds) {

	/**
	 * Everyone to tell.
	 * @return consultants and employers
	 */
	public Set<Long> recipientIds() {
		Set<Long> all = new LinkedHashSet<>(this.consultantIds);
		all.addAll(this.employerIds);
		return all;
	}

}
