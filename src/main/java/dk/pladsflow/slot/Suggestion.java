package dk.pladsflow.slot;

import java.time.LocalDate;

/**
 * A citizen the referral screen suggests for a slot (no CPR).
 *
 * @param citizenId the citizen
 * @param name name
 * @param caseReference case reference
 * @param targetGroup target group
 * @param jobGoal job goal
 * @param cvReady whether a CV is ready
 * @param waitingSince waiting since
 * @param goalMatches whether the job goal matches the slot
 */
public record Suggestion(long citizenId, String name, String caseReference, int targetGroup, String jobGoal,
		boolean cvReady, LocalDate waitingSince, boolean goalMatches) {
}
