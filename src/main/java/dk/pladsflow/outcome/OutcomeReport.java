package dk.pladsflow.outcome;

import java.util.List;
import java.util.Map;

/**
 * The outcomes of the placements that ended in a year, for the municipality (or, for a
 * department manager, their department) and per department: one {@link Outcome} per
 * scheme and sector, in {@link dk.pladsflow.placement.Scheme} and
 * {@link dk.pladsflow.placement.Sector} order.
 *
 * @param year the year the placements ended in
 * @param total the municipality's (a department manager: their department's)
 * @param departments per department
 * @param municipality whether {@code total} is the whole municipality's (false: a
 * department manager's department)
 */
public record OutcomeReport(int year, List<Outcome> total, List<DepartmentOutcomes> departments, boolean municipality) {

	/**
	 * The report as a department manager sees it: their department only, which is also
	 * the total (as {@code StatusReport.restrictedTo} does for the status).
	 * @param departmentId the department
	 * @return the narrowed report
	 */
	OutcomeReport restrictedTo(long departmentId) {
		List<DepartmentOutcomes> own = this.departments.stream().filter((d) -> d.id() == departmentId).toList();
		return new OutcomeReport(this.year, own.isEmpty() ? OutcomeService.ordered(Map.of()) : own.get(0).schemes(),
				own, false);
	}

	/**
	 * One department's outcomes.
	 *
	 * @param id the department's id
	 * @param code its code
	 * @param name its name
	 * @param schemes per scheme and sector
	 */
	public record DepartmentOutcomes(long id, String code, String name, List<Outcome> schemes) {
	}

}
