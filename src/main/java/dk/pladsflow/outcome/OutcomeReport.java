package dk.pladsflow.outcome;

import java.util.List;
import java.util.Map;

/**
 * The outcomes of the placements that ended in a year, for the municipality (or, for a
 * department manager, their department) and per department: one {@link Outcome} per
 * scheme and sector, in {@link dk.pladsflow.placement.Scheme} and
 * {@link dk.pladsflow.placement.Sector} order, for the year and for each end month.
 *
 * @param year the year the placements ended in
 * @param total the municipality's (a department manager: their department's)
 * @param totalTrend the same by end month
 * @param departments per department
 * @param municipality whether {@code total} is the whole municipality's (false: a
 * department manager's department)
 */
public record OutcomeReport(int year, List<Outcome> total, List<TrendMonth> totalTrend,
		List<DepartmentOutcomes> departments, boolean municipality) {

	/**
	 * The report as a department manager sees it: their department only, which is also
	 * the total (as {@code StatusReport.restrictedTo} does for the status).
	 * @param departmentId the department
	 * @return the narrowed report
	 */
	OutcomeReport restrictedTo(long departmentId) {
		List<DepartmentOutcomes> own = this.departments.stream().filter((d) -> d.id() == departmentId).toList();
		if (own.isEmpty()) {
			return new OutcomeReport(this.year, OutcomeService.ordered(Map.of()), OutcomeService.trend(Map.of()), own,
					false);
		}
		return new OutcomeReport(this.year, own.get(0).schemes(), own.get(0).trend(), own, false);
	}

	/**
	 * One department's outcomes.
	 *
	 * @param id the department's id
	 * @param code its code
	 * @param name its name
	 * @param schemes per scheme and sector
	 * @param trend the same by end month
	 */
	public record DepartmentOutcomes(long id, String code, String name, List<Outcome> schemes, List<TrendMonth> trend) {
	}

	/**
	 * The outcomes of the placements that ended in one month of the year.
	 *
	 * @param month the end month, 1–12
	 * @param schemes per scheme and sector
	 */
	public record TrendMonth(int month, List<Outcome> schemes) {

		/**
		 * All schemes and sectors together.
		 * @return how many ended that month
		 */
		public long ended() {
			return this.schemes.stream().mapToLong(Outcome::ended).sum();
		}

		public long pending() {
			return this.schemes.stream().mapToLong(Outcome::pending).sum();
		}

		public long known() {
			return this.schemes.stream().mapToLong(Outcome::known).sum();
		}

		public long inJobOrEducation() {
			return this.schemes.stream().mapToLong(Outcome::inJobOrEducation).sum();
		}

		/**
		 * All schemes and sectors together.
		 * @return the share in job or education of the known, rounded half up; null
		 * without a known one
		 */
		public Integer percent() {
			return Outcome.percent(inJobOrEducation(), known());
		}

	}

}
