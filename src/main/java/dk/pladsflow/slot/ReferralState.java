package dk.pladsflow.slot;

/**
 * Where one referral stands.
 */
public enum ReferralState {

	/** Waiting for the employer's answer. */
	PROPOSED,
	/** The employer chose this citizen. */
	CHOSEN,
	/** Declined, with a reason. */
	DECLINED,
	/**
	 * Withdrawn without an answer: the slot was filled or closed while it waited. Its
	 * reason is a code ({@code SLOT_FILLED}, {@code SLOT_CLOSED}, {@code SLOT_REOPENED}).
	 */
	WITHDRAWN

}
