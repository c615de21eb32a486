package dk.pladsflow.citizen;

import java.time.LocalDate;

/**
 * What a consultant registers about a citizen.
 *
 * @param name name
 * @param caseReference case reference, unique
 * @param cpr CPR number, optional
 * @param targetGroup 1 to 4, the action plan's groups ({@link TargetGroups})
 * @param benefit the benefit received
 * @param jobGoal job goal, optional
 * @param cvReady whether a CV is ready
 * @param waitingSince since when the citizen has waited for a placement
 * @param active whether the citizen can be referred
 * @param readiness job-ready or activity-ready, for the benefits assessed for it; null
 * where the benefit is not (or not yet assessed)
 */
public record CitizenData(String name, String caseReference, CprNumber cpr, int targetGroup, Benefit benefit,
		String jobGoal, boolean cvReady, LocalDate waitingSince, boolean active, Readiness readiness) {

	/**
	 * A citizen whose readiness is not recorded.
	 * @param name name
	 * @param caseReference case reference
	 * @param cpr CPR number, optional
	 * @param targetGroup 1 to 4
	 * @param benefit the benefit
	 * @param jobGoal job goal, optional
	 * @param cvReady whether a CV is ready
	 * @param waitingSince waiting since
	 * @param active whether the citizen can be referred
	 */
	public CitizenData(String name, String caseReference, CprNumber cpr, int targetGroup, Benefit benefit,
			String jobGoal, boolean cvReady, LocalDate waitingSince, boolean active) {
		this(name, caseReference, cpr, targetGroup, benefit, jobGoal, cvReady, waitingSince, active, null);
	}

}
