package dk.pladsflow.status;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.pladsflow.placement.Scheme;

/**
 * One row of a status table: per scheme status and placements, the combined status
 * against the combined target, flex jobs against the flex-job target, and the overall
 * fulfilment. Full-year persons are kept unrounded; percentages are rounded half up.
 *
 * @param schemes wage subsidy, internship and utility work
 * @param combined the three added up, against the combined target
 * @param flexJob flex jobs in head count, against the flex-job target
 * @param overallPercent the mean of the two fulfilments (or the one there is), or null
 */
public record Figures(Map<Scheme, SchemeFigures> schemes, CombinedFigures combined, FlexJobFigures flexJob,
		Integer overallPercent) {

	/**
	 * The figures of a department (or of several added up) for a period.
	 * @param period the period
	 * @param inputs the aggregated placements and the targets
	 * @return the figures
	 */
	static Figures of(Period period, StatusInputs inputs) {
		long days = period.days();
		Map<Scheme, SchemeFigures> schemes = new LinkedHashMap<>();
		for (Scheme scheme : Scheme.COMBINED) {
			long personDays = inputs.personDays(scheme);
			schemes.put(scheme, new SchemeFigures(personDays, (double) personDays / days, inputs.placements(scheme)));
		}
		long combinedDays = inputs.combinedPersonDays();
		Ratio combined = (inputs.combinedTarget() != null)
				? Ratio.of(BigDecimal.valueOf(combinedDays), inputs.combinedTarget().multiply(BigDecimal.valueOf(days)))
				: null;
		Ratio flex = (inputs.flexJobTarget() != null)
				? Ratio.of(BigDecimal.valueOf(inputs.flexJobCitizens()), BigDecimal.valueOf(inputs.flexJobTarget()))
				: null;
		return new Figures(schemes,
				new CombinedFigures((double) combinedDays / days, inputs.combinedTarget(), Ratio.percent(combined)),
				new FlexJobFigures(inputs.flexJobCitizens(), inputs.flexJobTarget(), Ratio.percent(flex)),
				Ratio.meanPercent(combined, flex));
	}

	/**
	 * The placements of the three combined schemes.
	 * @return their number
	 */
	public long combinedPlacements() {
		return this.schemes.values().stream().mapToLong(SchemeFigures::placements).sum();
	}

	/**
	 * One scheme's status.
	 *
	 * @param personDays the days its placements overlap the period, summed
	 * @param fullYearPersons person-days ÷ days in the period, unrounded
	 * @param placements the placements that overlap the period
	 */
	public record SchemeFigures(long personDays, double fullYearPersons, long placements) {
	}

	/**
	 * Combined status and fulfilment.
	 *
	 * @param status full-year persons of the three schemes, unrounded
	 * @param target the combined target, or null
	 * @param fulfilmentPercent status ÷ target, or null without a target
	 */
	public record CombinedFigures(double status, BigDecimal target, Integer fulfilmentPercent) {
	}

	/**
	 * Flex-job status and fulfilment.
	 *
	 * @param status persons in a flex job at some time in the period's last month
	 * @param target the flex-job target, or null
	 * @param fulfilmentPercent status ÷ target, or null without a target
	 */
	public record FlexJobFigures(long status, Integer target, Integer fulfilmentPercent) {
	}

}
