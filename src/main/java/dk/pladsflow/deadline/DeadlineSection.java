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
 * @param mayAnswer the user is the slot's employer, the slot is still unused and the
 * hearing not decided
 * @param mayExtend the user is an administrator or a manager of the slot's department
 * @param mayRefuse the same, and a request to keep the slot waits for a decision
 */
public record DeadlineSection(long slotId, List<Breach> breaches, Hearing hearing, boolean mayAnswer, boolean mayExtend,
		boolean mayRefuse) {

	/**
	 * Whether there is anything to show.
	 * @return true with a hearing or a missed deadline
	 */
	public boolean shown() {
		return this.hearing != null || !this.breaches.isEmpty();
	}

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
	 * @param decision GRANTED or REFUSED once a request to keep was decided, else null
	 * @param decisionReason why
	 * @param decidedBy who decided
	 * @param decidedAt when
	 */
	public record Hearing(long id, Instant askedAt, Instant closesAt, String answer, boolean keepRequested,
			Instant answeredAt, LocalDate extensionUntil, String extensionReason, String extendedBy, long version,
			String decision, String decisionReason, String decidedBy, Instant decidedAt) {

	}

}
