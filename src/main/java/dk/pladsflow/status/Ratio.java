package dk.pladsflow.status;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A fulfilment as an exact fraction, so that percentages are rounded once, half up, from
 * the unrounded figures.
 *
 * @param numerator the status (scaled like the denominator)
 * @param denominator the target (never zero)
 */
record Ratio(BigDecimal numerator, BigDecimal denominator) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * A fraction, or null where there is no target to measure against.
	 * @param numerator the status
	 * @param denominator the target, null or zero for none
	 * @return the fraction, or null
	 */
	static Ratio of(BigDecimal numerator, BigDecimal denominator) {
		if (denominator == null || denominator.signum() == 0) {
			return null;
		}
		return new Ratio(numerator, denominator);
	}

	/**
	 * The percentage, rounded half up to a whole percent (exactly: BigDecimal's division
	 * rounds the true quotient).
	 * @return the percent
	 */
	int percent() {
		return this.numerator.multiply(HUNDRED).divide(this.denominator, 0, RoundingMode.HALF_UP).intValueExact();
	}

	/**
	 * The rounded percentage of a fraction that may be missing.
	 * @param ratio the fraction, or null
	 * @return the percent, or null
	 */
	static Integer percent(Ratio ratio) {
		return (ratio != null) ? ratio.percent() : null;
	}

	/**
	 * The overall fulfilment: the mean of the two fractions, or the one that exists.
	 * @param a the combined fulfilment, or null
	 * @param b the flex-job fulfilment, or null
	 * @return the mean, rounded half up to a whole percent, or null if both are missing
	 */
	static Integer meanPercent(Ratio a, Ratio b) {
		if (a == null || b == null) {
			return percent((a != null) ? a : b);
		}
		BigDecimal numerator = a.numerator.multiply(b.denominator).add(b.numerator.multiply(a.denominator));
		BigDecimal denominator = a.denominator.multiply(b.denominator).multiply(BigDecimal.valueOf(2));
		return new Ratio(numerator, denominator).percent();
	}

}
