package dk.pladsflow.citizen;

import java.time.LocalDate;

import dk.pladsflow.shared.web.FieldRejectedException;

/**
 * The register's rules for one citizen's data, the same for the form and the import.
 */
final class CitizenRules {

	static final int NAME_MAX = 200;

	static final int CASE_REFERENCE_MAX = 50;

	static final int JOB_GOAL_MAX = 200;

	private CitizenRules() {
	}

	static boolean validTargetGroup(int targetGroup) {
		return TargetGroups.valid(targetGroup);
	}

	/**
	 * Checks what Bean Validation on the form cannot: the target group's range and a
	 * waiting date that is not in the future.
	 * @param data the data
	 * @param today today
	 * @throws FieldRejectedException for the first rule broken
	 */
	static void check(CitizenData data, LocalDate today) {
		if (!validTargetGroup(data.targetGroup())) {
			throw new FieldRejectedException("targetGroup", "citizen.targetGroup.invalid");
		}
		if (data.waitingSince().isAfter(today)) {
			throw new FieldRejectedException("waitingSince", "citizen.waitingSince.future");
		}
	}

}
