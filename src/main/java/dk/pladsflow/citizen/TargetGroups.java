package dk.pladsflow.citizen;

/**
 * The target groups of the action plan for vulnerable citizens, 1 to 4
 * (docs/citizens.md):
 * <ol>
 * <li>a placement in a workplace or a part-time job;</li>
 * <li>a workplace-preparing course;</li>
 * <li>to be assessed for a flex job, a resource course, revalidation or a pension;</li>
 * <li>not ready: a holistic mentor first.</li>
 * </ol>
 * Groups 3 and 4 are not what a subsidy slot is for: suggestions leave them out, and a
 * consultant who refers one confirms it first.
 */
public final class TargetGroups {

	/** The lowest group. */
	public static final int FIRST = 1;

	/** The highest group. */
	public static final int LAST = 4;

	private TargetGroups() {
	}

	/**
	 * Whether the number is a target group.
	 * @param group the number
	 * @return true for 1 to 4
	 */
	public static boolean valid(int group) {
		return group >= FIRST && group <= LAST;
	}

	/**
	 * Whether referring a citizen of this group to a slot needs the consultant's
	 * confirmation, because a slot is not the next step for them.
	 * @param group the group
	 * @return true for groups 3 and 4
	 */
	public static boolean referralNeedsConfirmation(int group) {
		return group >= 3;
	}

}
