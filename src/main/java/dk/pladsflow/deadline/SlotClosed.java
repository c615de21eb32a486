package dk.pladsflow.deadline;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The closure job closed an unused slot (phase 4).
 *
 * @param slotId the slot
 * @param slotTitle the slot's title, for the message
 * @param departmentId the slot's department
 * @param closedAt when
 * @param employerIds the department's employers for the slot's unit
 * @param consultantIds the department's contact consultant
 */
public record SlotClosed(long slotId, String slotTitle, long departmentId, Instant closedAt, Set<Long> employerIds,
		Set<Long> consultantIds) {

	/**
	 * Everyone to tell.
	 * @return employers and consultants
	 */
	public Set<Long> recipientIds() {
		Set<Long> all = new LinkedHashSet<>(this.employerIds);
		all.addAll(this.consultantIds);
		return all;
	}

}
