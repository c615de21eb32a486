package dk.pladsflow.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The slot page's deadline section: the missed deadlines of the slot and, from week 24,
 * the hearing of its current T0 with what the user may do with it.
 *
 * @param slotId the slot
 * @param breaches the recorded missed deadlines, oldest first
 * @param hearing the hearing of the current T0, or null before week 24
 * @param mayAnswer the user is the slot's employer and the slot is still open
 * @param mayExtend the user is an administrator or a manager of the slot's department
 */
public record DeadlineSection(long slotId, List<Breach> breaches, Hearing hearing, boolean mayAnswer,
		boolean mayExtend) {

	/**
	 * One missed deadline.
	 *
	 * @param phase 1, 2 or 3
	 * @param roundNo the round
	 * @param deadline the deadline that passed
	 * @param detectedAt when it was recorded
	 */
	public record Breach(int phase, int roundNo, Instant deadline, Instant detectedAt) {

	}

	/**
	 * The hearing.
	 *
	 * @param id the hearing
	 * @param askedAt when the employer was asked
	 * @param closesAt when the slot closes without an extension
	 * @param answer the employer's comment, if any
	 * @param keepRequested whether the employer asked to keep the slot
	 * @param answeredAt when the employer answered, if so
	 * @param extensionUntil the last day of a granted extension, if any
	 * @param extensionReason why it was granted
	 * @param extendedBy who granted it
	 * @param version for optimistic locking
	 */
	public record Hearing(long id, Instant askedAt, Instant closesAt, String answer, boolean keepRequested,
			Instant answeredAt, LocalDate extensionUntil, String extensionReason, String extendedBy, long version) {

	}

}
