package dk.pladsflow.shared.web;

import java.time.YearMonth;

/**
 * The years and months Pladsflow has figures for, checked once for every page and API
 * that takes them from a request: outside them the answer is 400 with a message, before
 * any query.
 */
public final class Years {

	/** The first year a page or import accepts. */
	public static final int FIRST = 2000;

	/** The last year a page or import accepts. */
	public static final int LAST = 2100;

	private Years() {
	}

	/**
	 * Whether a year is within range.
	 * @param year the year
	 * @return true if {@link #FIRST} &le; year &le; {@link #LAST}
	 */
	public static boolean isValid(int year) {
		return year >= FIRST && year <= LAST;
	}

	/**
	 * A year from a request.
	 * @param year the year
	 * @return the year
	 * @throws BadRequestException if it is out of range
	 */
	public static int year(int year) {
		if (!isValid(year)) {
			throw new BadRequestException("input.year.invalid", FIRST, LAST);
		}
		return year;
	}

	/**
	 * A month from a request.
	 * @param year the year
	 * @param month the month, 1-12
	 * @return the month
	 * @throws BadRequestException if either is out of range
	 */
	public static YearMonth month(int year, int month) {
		year(year);
		if (month < 1 || month > 12) {
			throw new BadRequestException("input.month.invalid");
		}
		return YearMonth.of(year, month);
	}

}
