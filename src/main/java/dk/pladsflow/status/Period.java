package dk.pladsflow.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The period a status covers: from 1 January to the end of the chosen month, or to today
 * for the running month. Both ends inclusive.
 *
 * @param start first day (1 January)
 * @param end last day
 */
public record Period(LocalDate start, LocalDate end) {

	/**
	 * The period for a month, as seen on a given day.
	 * @param month the chosen month
	 * @param today today
	 * @return the period to the end of the month, or to today for the running month
	 * @throws IllegalArgumentException for a month that has not begun
	 */
	public static Period of(YearMonth month, LocalDate today) {
		if (month.atDay(1).isAfter(today)) {
			throw new IllegalArgumentException(month + " has not begun");
		}
		LocalDate end = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
		return new Period(month.atDay(1).withDayOfYear(1), end);
	}

	/**
	 * The same period a year earlier: to the end of the same month, or to the same day of
	 * it where this period ends within its month (29 February becomes 28 February).
	 * @return the previous year's period
	 */
	public Period previousYear() {
		YearMonth month = YearMonth.from(this.end);
		LocalDate previousEnd = this.end.equals(month.atEndOfMonth()) ? month.minusYears(1).atEndOfMonth()
				: this.end.minusYears(1);
		return new Period(this.start.minusYears(1), previousEnd);
	}

	/**
	 * The number of days in the period.
	 * @return days, both ends counted
	 */
	public long days() {
		return ChronoUnit.DAYS.between(this.start, this.end) + 1;
	}

	/**
	 * The first day of the period's last month.
	 * @return the first of the end's month
	 */
	public LocalDate lastMonthStart() {
		return this.end.withDayOfMonth(1);
	}

	/**
	 * The days of the period's last month that the period covers.
	 * @return days from the first of the month to the end
	 */
	public long lastMonthDays() {
		return this.end.getDayOfMonth();
	}

	/**
	 * The days from the end of the period to the end of its year.
	 * @return days after the period in the same year
	 */
	public long remainingDaysOfYear() {
		return ChronoUnit.DAYS.between(this.end, this.end.withDayOfYear(this.end.lengthOfYear()));
	}

	/**
	 * The number of days in the period's year.
	 * @return 365 or 366
	 */
	public long daysOfYear() {
		return this.start.lengthOfYear();
	}

	/**
	 * The period from 1 January to the end of a month of it (capped at this period's
	 * end).
	 * @param month the month, in this period's year
	 * @return the shorter period
	 */
	public Period to(YearMonth month) {
		LocalDate monthEnd = month.atEndOfMonth();
		return new Period(this.start, monthEnd.isAfter(this.end) ? this.end : monthEnd);
	}

}
