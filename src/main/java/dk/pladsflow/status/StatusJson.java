package dk.pladsflow.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.pladsflow.placement.Scheme;
import dk.pladsflow.status.StatusReport.DepartmentReport;
import dk.pladsflow.status.StatusReport.TotalTargets;

/**
 * The status as the reporting tools read it ({@code GET /api/status/{year}/{month}}): a
 * contract, keep it exactly. Full-year persons unrounded, percentages rounded half up,
 * null where a target is missing.
 *
 * @param year the year
 * @param month the month
 * @param periodStart first day of the period
 * @param periodEnd last day of the period
 * @param departments per department
 * @param total the municipality (for a department manager: their department), with which
 * targets it is measured against
 */
record StatusJson(int year, int month, LocalDate periodStart, LocalDate periodEnd, List<DepartmentJson> departments,
		TotalJson total) {

	static StatusJson of(StatusReport report) {
		return new StatusJson(report.year(), report.month(), report.period().start(), report.period().end(),
				report.departments().stream().map(DepartmentJson::of).toList(),
				(report.total() != null) ? TotalJson.of(report.total().figures(), report.totalTargetsOrSum()) : null);
	}

	private static Map<Scheme, SchemeJson> schemesOf(Figures figures) {
		Map<Scheme, SchemeJson> schemes = new LinkedHashMap<>();
		figures.schemes()
			.forEach((scheme, f) -> schemes.put(scheme, new SchemeJson(f.fullYearPersons(), f.placements())));
		return schemes;
	}

	record DepartmentJson(String code, Map<Scheme, SchemeJson> schemes, CombinedJson combined, FlexJobJson flexJob,
			Integer overallPercent) {

		static DepartmentJson of(DepartmentReport department) {
			Figures f = department.figures();
			return new DepartmentJson(department.code(), schemesOf(f), CombinedJson.of(f), FlexJobJson.of(f),
					f.overallPercent());
		}

	}

	/**
	 * The total row.
	 *
	 * @param schemes per scheme
	 * @param combined the combined status against the combined target
	 * @param flexJob the flex-job status against the flex-job target
	 * @param overallPercent the mean of the two fulfilments
	 * @param targets whose targets the two are measured against
	 */
	record TotalJson(Map<Scheme, SchemeJson> schemes, CombinedJson combined, FlexJobJson flexJob,
			Integer overallPercent, TargetsJson targets) {

		static TotalJson of(Figures f, TotalTargets targets) {
			return new TotalJson(schemesOf(f), CombinedJson.of(f), FlexJobJson.of(f), f.overallPercent(),
					new TargetsJson(TargetsJson.of(targets.combinedOwn()), TargetsJson.of(targets.flexJobOwn())));
		}

	}

	/**
	 * Whose target a total figure is measured against: {@code MUNICIPALITY} (the
	 * municipality's own target) or {@code DEPARTMENTS} (the sum of the departments'
	 * targets; for a department manager, their department's).
	 *
	 * @param combined the combined target's source
	 * @param flexJob the flex-job target's source
	 */
	record TargetsJson(String combined, String flexJob) {

		static String of(boolean own) {
			return own ? "MUNICIPALITY" : "DEPARTMENTS";
		}

	}

	record SchemeJson(double fullYearPersons, long placements) {
	}

	record CombinedJson(double status, Double target, Integer fulfilmentPercent) {

		static CombinedJson of(Figures f) {
			BigDecimal target = f.combined().target();
			return new CombinedJson(f.combined().status(), (target != null) ? target.doubleValue() : null,
					f.combined().fulfilmentPercent());
		}

	}

	record FlexJobJson(long status, Integer target, Integer fulfilmentPercent) {

		static FlexJobJson of(Figures f) {
			return new FlexJobJson(f.flexJob().status(), f.flexJob().target(), f.flexJob().fulfilmentPercent());
		}

	}

}
