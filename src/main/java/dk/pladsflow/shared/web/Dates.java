package dk.pladsflow.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import dk.pladsflow.shared.ClockConfiguration;

import org.springframework.stereotype.Component;

/**
 * Dates as the pages show them, {@code dd-MM-yyyy}, in Copenhagen time
 * ({@code ${@dates.date(...)}}).
 */
@Component("dates")
public class Dates {

	/** The date format of every page and form. */
	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(ClockConfiguration.ZONE)) : "";
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(ClockConfiguration.ZONE)) : "";
	}

}
