package dk.pladsflow.status;

import java.math.BigDecimal;

/**
 * The year-end figures if the current pace holds: the combined schemes go on for the rest
 * of the year at the level of the period's last month (its person-days per day), the
 * flex-job head count stays as it is in the last month.
 *
 * @param combinedStatus forecast full-year persons for the whole year
 * @param combinedPercent its fulfilment of the combined target, or null
 * @param flexJobStatus forecast flex-job head count
 * @param flexJobPercent its fulfilment of the flex-job target, or null
 * @param overallPercent the mean of the two, or the one there is, or null
 */
public record Forecast(double combinedStatus, Integer combinedPercent, long flexJobStatus, Integer flexJobPercent,
		Integer overallPercent) {

	static Forecast of(Period period, StatusInputs inputs) {
		// (person-days so far + last month's daily level × remaining days) ÷ days of the
		// year
		BigDecimal lastMonthDays = BigDecimal.valueOf(period.lastMonthDays());
		BigDecimal numerator = BigDecimal.valueOf(inputs.combinedPersonDays())
			.multiply(lastMonthDays)
			.add(BigDecimal.valueOf(inputs.lastMonthCombinedPersonDays())
				.multiply(BigDecimal.valueOf(period.remainingDaysOfYear())));
		BigDecimal denominator = lastMonthDays.multiply(BigDecimal.valueOf(period.daysOfYear()));
		Ratio combined = (inputs.combinedTarget() != null)
				? Ratio.of(numerator, denominator.multiply(inputs.combinedTarget())) : null;
		Ratio flex = (inputs.flexJobTarget() != null)
				? Ratio.of(BigDecimal.valueOf(inputs.flexJobCitizens()), BigDecimal.valueOf(inputs.flexJobTarget()))
				: null;
		return new Forecast(numerator.doubleValue() / denominator.doubleValue(), Ratio.percent(combined),
				inputs.flexJobCitizens(), Ratio.percent(flex), Ratio.meanPercent(combined, flex));
	}

}
