package dk.pladsflow.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.pladsflow.slot.PhaseFigures;

/**
 * The measures of one unit, department or the municipality for one period
 * ({@code docs/quality.md}).
 *
 * @param week1 phase-1 instances whose round was sent within their deadline
 * @param week2 rounds answered within their deadline
 * @param week3 choices that became a completed agreement within their deadline
 * @param filledByWeek3 openings filled within 21 days of T0
 * @param medianDaysToFill median days from T0 to filled, one decimal, or null
 * @param p90DaysToFill 90th percentile of days from T0 to filled, one decimal, or null
 * @param openByAge unused slots at the period's end by weeks since the start of their
 * period, in the order 0-3, 4-12, 13-23, 24-26, 27+
 * @param closedUnused unused slots closed in the period
 * @param closedAfterHearing of those, heard before the closure
 * @param extensionsGranted extensions granted in the period
 * @param followUps half-yearly reviews completed by their due date (null for a unit: the
 * reviews are per department)
 */
public record QualityFigures(Share week1, Share week2, Share week3, Share filledByWeek3, Double medianDaysToFill,
		Double p90DaysToFill, Map<String, Long> openByAge, long closedUnused, long closedAfterHearing,
		long extensionsGranted, Share followUps) {

	/** The age groups of unused slots, in completed weeks. */
	public static final List<String> AGE_GROUPS = List.of("0-3", "4-12", "13-23", "24-26", "27+");

	static final QualityFigures NONE = of(null, null);

	static QualityFigures of(PhaseFigures.Row row, Share followUps) {
		if (row == null) {
			Map<String, Long> ages = new LinkedHashMap<>();
			AGE_GROUPS.forEach((g) -> ages.put(g, 0L));
			return new QualityFigures(Share.NONE, Share.NONE, Share.NONE, Share.NONE, null, null, ages, 0, 0, 0,
					followUps);
		}
		Map<String, Long> ages = new LinkedHashMap<>();
		for (int i = 0; i < AGE_GROUPS.size(); i++) {
			ages.put(AGE_GROUPS.get(i), row.openByAge()[i]);
		}
		return new QualityFigures(share(row.week1()), share(row.week2()), share(row.week3()),
				share(row.filledByWeek3()), oneDecimal(row.fillMedianDays()), oneDecimal(row.fillP90Days()), ages,
				row.closedUnused(), row.closedAfterHearing(), row.extensionsGranted(), followUps);
	}

	/**
	 * The share of unused slots closed that were heard first.
	 * @return the percent, or null where none was closed
	 */
	public Integer closedAfterHearingPercent() {
		return Share.percent(this.closedAfterHearing, this.closedUnused);
	}

	/**
	 * The unused slots at the period's end, all ages.
	 * @return the count
	 */
	public long openTotal() {
		return this.openByAge.values().stream().mapToLong(Long::longValue).sum();
	}

	static Share share(PhaseFigures.Count count) {
		return new Share(count.due(), count.met());
	}

	private static Double oneDecimal(Double value) {
		return (value != null) ? Math.round(value * 10) / 10.0 : null;
	}

}
