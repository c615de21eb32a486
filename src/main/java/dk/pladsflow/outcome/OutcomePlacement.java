package dk.pladsflow.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import dk.pladsflow.placement.Scheme;
import dk.pladsflow.placement.Sector;

/**
 * One placement behind a figure of the outcomes, and how it was judged. The citizen is
 * shown as lists show citizens: name and masked CPR number where the case reference is in
 * the register.
 *
 * @param id the placement
 * @param departmentCode its department
 * @param scheme its scheme
 * @param sector its sector
 * @param start its start
 * @param end its end
 * @param caseReference the citizen's case reference
 * @param citizenName the citizen's name, or null if not in the register
 * @param maskedCpr the citizen's CPR number masked ({@code 010190-****}), or null
 * @param judgedIn the third calendar month after the end month
 * @param monthDays that month's days
 * @param daysKnown of those, covered by the citizen's spells (up to yesterday)
 * @param daysInWork of those, in job or education
 * @param result what the placement led to
 * @param effectPoints its self-sufficiency effect in percentage points (one decimal),
 * where it is in the effect's basis; otherwise null
 */
public record OutcomePlacement(long id, String departmentCode, Scheme scheme, Sector sector, LocalDate start,
		LocalDate end, String caseReference, String citizenName, String maskedCpr, YearMonth judgedIn, int monthDays,
		int daysKnown, int daysInWork, Result result, BigDecimal effectPoints) {

	/**
	 * The same placement with its citizen as the register knows them.
	 * @param name the citizen's name
	 * @param maskedCpr the citizen's CPR number masked
	 * @return the placement
	 */
	OutcomePlacement withCitizen(String name, String maskedCpr) {
		return new OutcomePlacement(this.id, this.departmentCode, this.scheme, this.sector, this.start, this.end,
				this.caseReference, name, maskedCpr, this.judgedIn, this.monthDays, this.daysKnown, this.daysInWork,
				this.result, this.effectPoints);
	}

	/**
	 * What a placement led to in the third month after its end month.
	 */
	public enum Result {

		/** The month is not over. */
		PENDING,
		/** Less than half the month is known. */
		UNKNOWN,
		/** In job or education at least half the month. */
		IN_JOB_OR_EDUCATION,
		/** Known, but not in job or education. */
		OTHER

	}

}
