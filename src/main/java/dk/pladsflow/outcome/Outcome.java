package dk.pladsflow.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dk.pladsflow.placement.Scheme;
import dk.pladsflow.placement.Sector;

/**
 * What the placements of one scheme and sector that ended in a period led to
 * ({@code docs/outcomes.md}).
 *
 * @param scheme the scheme
 * @param sector the sector
 * @param ended placements that ended in the period
 * @param known of those, whose status in the third calendar month after the end month is
 * known (spells cover at least half its days; the month is over)
 * @param pending of those, whose third month is not over yet
 * @param inJobOrEducation of the known, in job or education that month (at least half its
 * days)
 * @param percent {@code inJobOrEducation} of {@code known}, rounded half up; null without
 * a known one
 * @param effectPoints the average self-sufficiency effect in percentage points, one
 * decimal; null without a placement to rest on
 * @param effectBasis the placements the effect rests on
 */
public record Outcome(Scheme scheme, Sector sector, long ended, long known, long pending, long inJobOrEducation,
		Integer percent, BigDecimal effectPoints, long effectBasis) {

	static Outcome empty(Scheme scheme, Sector sector) {
		return new Outcome(scheme, sector, 0, 0, 0, 0, null, null, 0);
	}

	/**
	 * The percentage, rounded half up.
	 * @param part the part
	 * @param whole the whole
	 * @return the percentage, or null if the whole is 0
	 */
	static Integer percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100)
			.divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
			.intValueExact();
	}

}
