package dk.pladsflow.citizen;

import java.time.LocalDate;

/**
 * What a consultant registers about a citizen.
 *
 * @param name name
 * @param caseReference case reference, unique
 * @param cpr CPR number, optional
 * @param targetGroup 1 (job-ready) to 3
 * @param benefit the benefit received
 * @param jobGoal job goal, optional
 * @param cvReady whether a CV is ready
 * @param waitingSince since when the citizen has waited for a placement
 * @param active whether the citizen can be referred
 */
public record CitizenData(String name, String caseReference, CprNumber cpr, int targetGroup, Benefit benefit,
		String jobGoal, boolean cvReady, LocalDate waitingSince, boolean active) {
}
