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
	DECLINED

}
