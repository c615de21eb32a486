package dk.pladsflow.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * The quality measures of a period for what the user may see: every department (a
 * department manager: their own) and the total (for a department manager: their
 * department's figures).
 *
 * @param year the year
 * @param month the month
 * @param scope the month alone, or the year to date
 * @param periodStart the period's first day
 * @param periodEnd its last day (today in the running month)
 * @param departments per department, with their units
 * @param total the municipality
 * @param municipalityCode the municipality's code
 * @param targets the target share of each standard
 */
public record QualityReport(int year, int month, Scope scope, LocalDate periodStart, LocalDate periodEnd,
		List<DepartmentQuality> departments, QualityFigures total, String municipalityCode, QualitySettings targets) {

	/**
	 * One department's measures.
	 *
	 * @param id the department's id
	 * @param code its code
	 * @param name its name
	 * @param figures its measures
	 * @param units its units' measures (those with figures)
	 */
	public record DepartmentQuality(long id, String code, String name, QualityFigures figures,
			List<UnitQuality> units) {
	}

	/**
	 * One unit's measures.
	 *
	 * @param id the unit's id
	 * @param name its name
	 * @param figures its measures (without follow-ups: they are per department)
	 */
	public record UnitQuality(long id, String name, QualityFigures figures) {
	}

	/**
	 * The report as a department manager sees it: their department alone, which is also
	 * the total (the municipality's figures are not disclosed).
	 * @param departmentId the department, or null for none
	 * @return the narrowed report
	 */
	QualityReport restrictedTo(Long departmentId) {
		List<DepartmentQuality> own = this.departments.stream()
			.filter((d) -> departmentId != null && d.id() == departmentId)
			.toList();
		return new QualityReport(this.year, this.month, this.scope, this.periodStart, this.periodEnd, own,
				own.isEmpty() ? QualityFigures.NONE : own.get(0).figures(), this.municipalityCode, this.targets);
	}

	/** The period of a report. */
	public enum Scope {

		/** 1 January to the end of the month (or today). */
		YEAR,
		/** The month alone, to its end (or today). */
		MONTH

	}

}
