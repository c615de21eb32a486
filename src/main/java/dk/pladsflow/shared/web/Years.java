package dk.pladsflow.shared.web;

import java.time.YearMonth;

/**
 * The years Pladsflow has figures for, checked once for every page and API that takes one
 * from a request: outside them the answer is 400 with a message ({@link #year}), or where
 * a page answers otherwise it asks {@link #isValid}, before any query.
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
	 * A year and month from a request path, where a page or API answers 404 for a month
	 * it has no figures for: a year outside the range or a month that is not 1–12.
	 * @param year the year
	 * @param month the month
	 * @param what what is looked up, for the exception's message
	 * @return the month
	 * @throws NotFoundException if either is out of range
	 */
	public static YearMonth month(int year, int month, String what) {
		if (!isValid(year) || month < 1 || month > 12) {
			throw new NotFoundException(what, year + "-" + month);
		}
		return YearMonth.of(year, month);
	}

}
