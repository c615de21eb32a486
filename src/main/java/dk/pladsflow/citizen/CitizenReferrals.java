package dk.pladsflow.citizen;

import java.time.Instant;
import java.util.List;

/**
 * The citizen's referrals to slots, for the citizen's page. Implemented by the slot
 * module, which owns the referrals (the register does not depend on it).
 */
public interface CitizenReferrals {

	/**
	 * The citizen's latest referrals, newest first.
	 * @param citizenId the citizen
	 * @param limit at most this many
	 * @return the referrals
	 */
	List<Line> of(long citizenId, int limit);

	/**
	 * One referral as the citizen's page shows it.
	 *
	 * @param slotId the slot
	 * @param slotTitle its title
	 * @param place its department and unit
	 * @param referredAt when the citizen was referred
	 * @param state {@code PROPOSED}, {@code CHOSEN}, {@code DECLINED} or
	 * {@code WITHDRAWN}
	 * @param reason the employer's reason for a decline; for a withdrawal its code
	 * ({@code SLOT_CLOSED}, {@code SLOT_FILLED}, {@code SLOT_REOPENED})
	 */
	record Line(long slotId, String slotTitle, String place, Instant referredAt, String state, String reason) {
	}

}
