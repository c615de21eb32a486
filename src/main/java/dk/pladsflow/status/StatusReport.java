package dk.pladsflow.status;

import java.time.Instant;
import java.util.List;

import dk.pladsflow.status.Figures.CombinedFigures;

/**
 * The status for a year and month: per department and for the municipality (the sum over
 * the departments, measured against the municipality's own targets where they are set),
 * with the previous year, the monthly trend, the forecast and the unit breakdown. A
 * snapshot keeps one of these as it was.
 *
 * @param year the year
 * @param month the month (1–12)
 * @param period the period the figures cover
 * @param previousPeriod the same period a year earlier
 * @param computedAt when the figures were computed
 * @param departments one per department
 * @param total the municipality: the departments added up
 * @param totalTargets which targets the total is measured against (null in a snapshot
 * frozen before the municipality could have targets of its own: the departments' sum)
 */
public record StatusReport(int year, int month, Period period, Period previousPeriod, Instant computedAt,
		List<DepartmentReport> departments, DepartmentReport total, TotalTargets totalTargets) {

	/**
	 * Which targets the total row is measured against: the municipality's own, or the
	 * departments' sum; each of the two targets on its own.
	 *
	 * @param combinedOwn the combined target is the municipality's own
	 * @param flexJobOwn the flex-job target is the municipality's own
	 */
	public record TotalTargets(boolean combinedOwn, boolean flexJobOwn) {

		/** Both targets are the departments' sum (and what a department manager sees). */
		public static final TotalTargets DEPARTMENTS = new TotalTargets(false, false);

		static TotalTargets of(Targets own) {
			return (own != null) ? new TotalTargets(own.combinedTarget() != null, own.flexJobTarget() != null)
					: DEPARTMENTS;
		}

	}

	/**
	 * @return which targets the total is measured against, never null
	 */
	public TotalTargets totalTargetsOrSum() {
		return (this.totalTargets != null) ? this.totalTargets : TotalTargets.DEPARTMENTS;
	}

	/**
	 * This report as a department manager sees it: only their department, and that
	 * department's figures as the total.
	 * @param departmentId the department
	 * @return the restricted report
	 */
	StatusReport restrictedTo(long departmentId) {
		List<DepartmentReport> own = this.departments.stream().filter((d) -> d.departmentId() == departmentId).toList();
		return new StatusReport(this.year, this.month, this.period, this.previousPeriod, this.computedAt, own,
				own.isEmpty() ? null : own.get(0), TotalTargets.DEPARTMENTS);
	}

	/**
	 * One department's (or the municipality's) status.
	 *
	 * @param departmentId the department, 0 for the municipality
	 * @param code the code; the municipality's code for the municipality
	 * @param name the name
	 * @param figures the figures of the period
	 * @param previousYear the figures of the same period a year earlier
	 * @param forecast the year-end forecast
	 * @param trend the status at the end of each month of the period
	 * @param units the unit breakdown (empty for the municipality)
	 */
	public record DepartmentReport(long departmentId, String code, String name, Figures figures, Figures previousYear,
			Forecast forecast, List<TrendPoint> trend, List<UnitReport> units) {
	}

	/**
	 * The status from 1 January to the end of one month.
	 *
	 * @param month the month (1–12)
	 * @param combined combined full-year persons and fulfilment to the end of the month
	 * @param flexJobStatus persons in a flex job at some time in the month
	 */
	public record TrendPoint(int month, CombinedFigures combined, long flexJobStatus) {
	}

	/**
	 * One unit's share: its placements' status against its share of the targets.
	 *
	 * @param unitId the unit, or null for placements registered without a unit
	 * @param name the unit's name, or null
	 * @param figures its figures
	 */
	public record UnitReport(Long unitId, String name, Figures figures) {
	}

}
