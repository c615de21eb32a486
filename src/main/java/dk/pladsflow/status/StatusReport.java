package dk.pladsflow.status;

import java.time.Instant;
import java.util.List;

import dk.pladsflow.status.Figures.CombinedFigures;

/**
 * The status for a year and month: per department and for the municipality (the sum over
 * the departments), with the previous year, the monthly trend, the forecast and the unit
 * breakdown. A snapshot keeps one of these as it was.
 *
 * @param year the year
 * @param month the month (1–12)
 * @param period the period the figures cover
 * @param previousPeriod the same period a year earlier
 * @param computedAt when the figures were computed
 * @param departments one per department
 * @param total the municipality (KK): the departments added up
 */
public record StatusReport(int year, int month, Period period, Period previousPeriod, Instant computedAt,
		List<DepartmentReport> departments, DepartmentReport total) {

	/**
	 * This report as a department manager sees it: only their department, and that
	 * department's figures as the total.
	 * @param departmentId the department
	 * @return the restricted report
	 */
	StatusReport restrictedTo(long departmentId) {
		List<DepartmentReport> own = this.departments.stream().filter((d) -> d.departmentId() == departmentId).toList();
		return new StatusReport(this.year, this.month, this.period, this.previousPeriod, this.computedAt, own,
				own.isEmpty() ? null : own.get(0));
	}

	/**
	 * One department's (or the municipality's) status.
	 *
	 * @param departmentId the department, 0 for the municipality
	 * @param code the code, {@code KK} for the municipality
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
