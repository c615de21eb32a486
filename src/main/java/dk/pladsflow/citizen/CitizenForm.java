package dk.pladsflow.citizen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * The citizen form. Every value is kept as typed (a record is built through its
 * constructor, so a value that does not convert would lose the whole form);
 * {@link #check} turns them into a CPR number, a target group, a benefit and a date, or
 * rejects them beside their field.
 *
 * @param name name
 * @param caseReference case reference
 * @param cpr CPR number as typed, optional
 * @param targetGroup 1 to 4
 * @param benefit the benefit's name
 * @param jobGoal job goal, optional
 * @param cvReady CV ready
 * @param waitingSince waiting since, {@code dd-MM-yyyy}
 * @param active can be referred
 * @param version the version the form was built from
 * @param readiness {@code JOB_READY}, {@code ACTIVITY_READY} or empty (not assessed)
 */
record CitizenForm(@NotBlank @Size(max = CitizenRules.NAME_MAX) String name,
		@NotBlank @Size(max = CitizenRules.CASE_REFERENCE_MAX) String caseReference, String cpr,
		@NotBlank String targetGroup, @NotBlank String benefit, @Size(max = CitizenRules.JOB_GOAL_MAX) String jobGoal,
		boolean cvReady, @NotBlank String waitingSince, boolean active, long version, String readiness) {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	static CitizenForm empty() {
		return new CitizenForm("", "", "", "", "", "", false, "", true, 0, "");
	}

	static CitizenForm of(CitizenRecord citizen) {
		return new CitizenForm(citizen.name(), citizen.caseReference(), (citizen.cpr() != null) ? citizen.cpr() : "",
				String.valueOf(citizen.targetGroup()), citizen.benefit().name(), citizen.jobGoal(), citizen.cvReady(),
				DATE.format(citizen.waitingSince()), citizen.active(), citizen.version(),
				(citizen.readiness() != null) ? citizen.readiness().name() : "");
	}

	/**
	 * Rejects the values that are not what they should be, beside their fields.
	 * @param result the form's binding result
	 */
	void check(BindingResult result) {
		if (!blank(this.cpr) && cprNumber() == null) {
			result.rejectValue("cpr", "citizen.cpr.invalid");
		}
		if (!blank(this.targetGroup) && targetGroupNumber() == 0) {
			result.rejectValue("targetGroup", "citizen.targetGroup.invalid");
		}
		if (!blank(this.readiness) && readinessValue() == null) {
			result.rejectValue("readiness", "typeMismatch");
		}
		if (!blank(this.benefit) && benefitValue() == null) {
			result.rejectValue("benefit", "typeMismatch");
		}
		if (!blank(this.waitingSince) && date() == null) {
			result.rejectValue("waitingSince", "typeMismatch.java.time.LocalDate");
		}
	}

	/**
	 * The form as the service takes it; only after {@link #check} found nothing.
	 * @return the data
	 */
	CitizenData toData() {
		return new CitizenData(this.name, this.caseReference, cprNumber(), targetGroupNumber(), benefitValue(),
				this.jobGoal, this.cvReady, date(), this.active, readinessValue());
	}

	private CprNumber cprNumber() {
		try {
			return blank(this.cpr) ? null : CprNumber.parse(this.cpr);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private int targetGroupNumber() {
		return switch (this.targetGroup.trim()) {
			case "1" -> 1;
			case "2" -> 2;
			case "3" -> 3;
			case "4" -> 4;
			default -> 0;
		};
	}

	private Benefit benefitValue() {
		try {
			return Benefit.valueOf(this.benefit.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private Readiness readinessValue() {
		try {
			return blank(this.readiness) ? null : Readiness.valueOf(this.readiness.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private LocalDate date() {
		try {
			return LocalDate.parse(this.waitingSince.trim(), DATE);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	@Override
	public String toString() {
		return "CitizenForm[caseReference=" + this.caseReference + ", version=" + this.version + "]";
	}

}
