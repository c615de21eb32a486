package dk.pladsflow.slot;

/**
 * A referral of a citizen of target group 3 or 4 waits for the consultant's confirmation:
 * a subsidy slot is not the next step the action plan names for them. The referral page
 * asks, and says why.
 */
public class ReferralNeedsConfirmation extends SlotRuleException {

	private final long citizenId;

	private final String citizenName;

	private final int targetGroup;

	ReferralNeedsConfirmation(long citizenId, String citizenName, int targetGroup) {
		super("slot.refer.confirm.group" + targetGroup, citizenName);
		this.citizenId = citizenId;
		this.citizenName = citizenName;
		this.targetGroup = targetGroup;
	}

	public long citizenId() {
		return this.citizenId;
	}

	public String citizenName() {
		return this.citizenName;
	}

	public int targetGroup() {
		return this.targetGroup;
	}

}
