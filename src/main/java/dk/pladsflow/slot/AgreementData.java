package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.LocalDate;

import dk.pladsflow.placement.Scheme;

/**
 * The agreement checklist (phase 3).
 *
 * @param agreementSigned the wage-subsidy agreement is signed
 * @param contractSigned the employment contract is signed
 * @param startDate the agreed start
 * @param weeklyHours the agreed weekly hours
 * @param subsidyEnd the end of the subsidy period
 * @param notReplacingVacancy the employer's additionality declaration, confirmed
 * @param representativeApproved the employees' representative's approval, confirmed
 */
public record AgreementData(boolean agreementSigned, boolean contractSigned, LocalDate startDate,
		BigDecimal weeklyHours, LocalDate subsidyEnd, boolean notReplacingVacancy, boolean representativeApproved) {

	/**
	 * Whether every item of the checklist is done, the subsidy's end included.
	 * @return true if the slot can be filled (legal checks aside)
	 */
	public boolean isComplete() {
		return isComplete(null);
	}

	/**
	 * Whether every item of the checklist is done for a slot of this scheme: a flex job
	 * has no subsidy period that ends, so it needs no end date.
	 * @param scheme the slot's scheme, or null to demand the end date
	 * @return true if the slot can be filled (legal checks aside)
	 */
	public boolean isComplete(Scheme scheme) {
		return this.agreementSigned && this.contractSigned && this.startDate != null && this.weeklyHours != null
				&& (this.subsidyEnd != null || scheme == Scheme.FLEX_JOB);
	}

}
