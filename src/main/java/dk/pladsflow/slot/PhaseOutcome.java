package dk.pladsflow.slot;

/**
 * How a phase instance ended (issue 12): what the quality measures count.
 */
public enum PhaseOutcome {

	/** Phase 1: the round reached its minimum and went to the employer. */
	SENT,
	/** Phase 2: the employer chose a citizen (one-CV: confirmed the hire). */
	CHOSEN,
	/** Phase 2: the employer declined every citizen of the round. */
	DECLINED,
	/**
	 * Phase 2, one-CV mode: the consultant withdrew the referral after a reported
	 * problem.
	 */
	WITHDRAWN,
	/** Phase 3: the agreement was completed; the slot is filled. */
	COMPLETED,
	/** Phase 3: the agreement fell through; a new round starts. */
	FELL_THROUGH,
	/** The slot was closed. */
	CLOSED,
	/** FILLED: the placement ended; the slot became VACANT. */
	ENDED,
	/** VACANT or CLOSED: the slot was reopened (a new T0). */
	REOPENED

}
