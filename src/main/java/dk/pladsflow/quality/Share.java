package dk.pladsflow.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A measure's count basis: how many were due and how many of them were met.
 *
 * @param due counted in the period
 * @param met of those, within their deadline
 */
public record Share(long due, long met) {

	static final Share NONE = new Share(0, 0);

	/**
	 * The share met, rounded half up to a whole percent.
	 * @return the percent, or null where nothing was due
	 */
	public Integer percent() {
		return percent(this.met, this.due);
	}

	/**
	 * How many were missed.
	 * @return due minus met
	 */
	public long missed() {
		return this.due - this.met;
	}

	Share plus(Share other) {
		return new Share(this.due + other.due, this.met + other.met);
	}

	static Integer percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValue();
	}

}
