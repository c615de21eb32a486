package dk.pladsflow.citizen;

import java.time.LocalDate;

/**
 * A citizen as lists, referrals and employers see them: no CPR number beyond its masked
 * form.
 *
 * @param id id
 * @param name name
 * @param caseReference the case reference (sagsnummer)
 * @param maskedCpr the CPR number masked ({@code 010190-****}), or null
 * @param targetGroup 1 to 4, the action plan's groups ({@link TargetGroups})
 * @param benefit the benefit received
 * @param jobGoal the job goal
 * @param cvReady whether a CV is ready
 * @param waitingSince since when the citizen has waited
 * @param active whether the citizen can be referred
 * @param readiness job-ready or activity-ready, or null where not assessed
 */
public record CitizenSummary(long id, String name, String caseReference, String maskedCpr, int targetGroup,
		Benefit benefit, String jobGoal, boolean cvReady, LocalDate waitingSince, boolean active, Readiness readiness) {
}
