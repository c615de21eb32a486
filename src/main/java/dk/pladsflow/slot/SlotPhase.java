package dk.pladsflow.slot;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a slot is in its flow, and where it may go next: the whole transition table in
 * one place.
 */
public enum SlotPhase {

	/** Phase 1: waiting for the round's referrals (week 1). */
	REFERRAL(1),
	/** Phase 2: the round is sent; the employer answers (week 2). */
	EMPLOYER_RESPONSE(2),
	/** Phase 3: a citizen is chosen; the agreement is concluded (week 3). */
	AGREEMENT(3),
	/** The agreement is complete and a placement runs. */
	FILLED(0),
	/**
	 * The placement has ended and the employer chose not to reopen automatically; the
	 * employer may reopen it, and it is closed 26 weeks after it became vacant.
	 */
	VACANT(0),
	/** Closed (unused after 26 weeks, or by hand); may be reopened. */
	CLOSED(0);

	private final int number;

	SlotPhase(int number) {
		this.number = number;
	}

	/**
	 * The phase's number in the quality standard (1–3), or 0 outside the timed phases.
	 * @return the number
	 */
	public int number() {
		return this.number;
	}

	/**
	 * Whether the phase runs against a deadline.
	 * @return true for phases 1–3
	 */
	public boolean isOpen() {
		return this.number > 0;
	}

	/**
	 * The phases this one may change into.
	 * @return the allowed next phases
	 */
	public Set<SlotPhase> next() {
		return switch (this) {
			case REFERRAL -> EnumSet.of(EMPLOYER_RESPONSE, CLOSED);
			case EMPLOYER_RESPONSE -> EnumSet.of(AGREEMENT, REFERRAL, CLOSED);
			case AGREEMENT -> EnumSet.of(FILLED, REFERRAL, CLOSED);
			case FILLED -> EnumSet.of(VACANT);
			case VACANT -> EnumSet.of(REFERRAL, CLOSED);
			case CLOSED -> EnumSet.of(REFERRAL);
		};
	}

	/** The open phases, as stored. */
	static final Set<SlotPhase> OPEN = EnumSet.of(REFERRAL, EMPLOYER_RESPONSE, AGREEMENT);

}
