package dk.pladsflow.citizen;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * The citizen form. The CPR number is kept as typed, so that a wrong one is shown again
 * beside its message; {@link #checkCpr} validates it through {@link CprNumber}.
 *
 * @param name name
 * @param caseReference case reference
 * @param cpr CPR number as typed, optional
 * @param targetGroup 1 to 3
 * @param benefit benefit
 * @param jobGoal job goal, optional
 * @param cvReady CV ready
 * @param waitingSince waiting since ({@code dd-MM-yyyy})
 * @param active can be referred
 * @param version the version the form was built from
 */
record CitizenForm(@NotBlank @Size(max = CitizenRules.NAME_MAX) String name,
		@NotBlank @Size(max = CitizenRules.CASE_REFERENCE_MAX) String caseReference, String cpr,
		@NotNull Integer targetGroup, @NotNull Benefit benefit, @Size(max = CitizenRules.JOB_GOAL_MAX) String jobGoal,
		boolean cvReady, @NotNull LocalDate waitingSince, boolean active, long version) {

	static CitizenForm empty() {
		return new CitizenForm("", "", "", null, null, "", false, null, true, 0);
	}

	static CitizenForm of(CitizenRecord citizen) {
		return new CitizenForm(citizen.name(), citizen.caseReference(), (citizen.cpr() != null) ? citizen.cpr() : "",
				citizen.targetGroup(), citizen.benefit(), citizen.jobGoal(), citizen.cvReady(), citizen.waitingSince(),
				citizen.active(), citizen.version());
	}

	/**
	 * Rejects a CPR number that is not one.
	 * @param result the form's binding result
	 */
	void checkCpr(BindingResult result) {
		if (this.cpr != null && !this.cpr.isBlank()) {
			try {
				CprNumber.parse(this.cpr);
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("cpr", "citizen.cpr.invalid");
			}
		}
	}

	CitizenData toData() {
		CprNumber number = (this.cpr == null || this.cpr.isBlank()) ? null : CprNumber.parse(this.cpr);
		return new CitizenData(this.name, this.caseReference, number, this.targetGroup, this.benefit, this.jobGoal,
				this.cvReady, this.waitingSince, this.active);
	}

	@Override
	public String toString() {
		return "CitizenForm[caseReference=" + this.caseReference + ", version=" + this.version + "]";
	}

}
