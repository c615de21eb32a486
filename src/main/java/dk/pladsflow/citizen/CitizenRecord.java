package dk.pladsflow.citizen;

import java.time.LocalDate;

/**
 * A citizen's full record, CPR number unmasked: only for a consultant's citizen page and
 * edit form, and every read of it is logged ({@link CitizenService#fullRecord}). Its
 * {@link #toString()} masks the CPR number, so that it cannot reach a log by accident.
 *
 * @param id id
 * @param name name
 * @param caseReference the case reference (sagsnummer)
 * @param cpr the CPR number ({@code ddmmyy-ssss}), or null
 * @param targetGroup 1 to 4, the action plan's groups ({@link TargetGroups})
 * @param benefit the benefit received
 * @param jobGoal the job goal, or null
 * @param cvReady whether a CV is ready
 * @param waitingSince since when the citizen has waited
 * @param active whether the citizen can be referred
 * @param version the version, for the edit form
 * @param readiness job-ready or activity-ready, or null where not assessed
 */
public record CitizenRecord(long id, String name, String caseReference, String cpr, int targetGroup, Benefit benefit,
		String jobGoal, boolean cvReady, LocalDate waitingSince, boolean active, long version, Readiness readiness) {

	/**
	 * The CPR number masked, as lists show it.
	 * @return the masked number, or null
	 */
	public String maskedCpr() {
		return CprNumber.mask(this.cpr);
	}

	@Override
	public String toString() {
		return "CitizenRecord[id=" + this.id + ", caseReference=" + this.caseReference + ", cpr=" + maskedCpr() + "]";
	}

}
