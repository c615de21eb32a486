package dk.pladsflow.shared.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How imports read the common kinds of values, the same way in every file.
 */
public final class CsvValues {

	private static final List<DateTimeFormatter> DATES = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT));

	private CsvValues() {
	}

	/**
	 * A date written {@code yyyy-MM-dd} or {@code dd-MM-yyyy}.
	 * @param value the trimmed value
	 * @return the date, or empty if it is none
	 */
	public static Optional<LocalDate> date(String value) {
		for (DateTimeFormatter format : DATES) {
			try {
				return Optional.of(LocalDate.parse(value, format));
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return Optional.empty();
	}

	/**
	 * A yes or no: {@code ja}, {@code nej}, {@code true}, {@code false} (any case).
	 * @param value the trimmed value
	 * @return the answer, or empty if it is none
	 */
	public static Optional<Boolean> yesNo(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "ja", "true" -> Optional.of(true);
			case "nej", "false" -> Optional.of(false);
			default -> Optional.empty();
		};
	}

	/**
	 * A whole number.
	 * @param value the trimmed value
	 * @return the number, or empty if it is none
	 */
	public static Optional<Integer> integer(String value) {
		try {
			return Optional.of(Integer.parseInt(value));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A decimal number with a decimal comma or point, no thousands separators.
	 * @param value the trimmed value
	 * @return the number, or empty if it is none
	 */
	public static Optional<BigDecimal> decimal(String value) {
		String number = value.replace(',', '.');
		if (!number.matches("-?\\d+(\\.\\d+)?")) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(number));
	}

	/**
	 * A row's {@code start} and {@code end} columns, read the same way by every import of
	 * periods: the start a date, the end empty (still going) or a date not before the
	 * start. What is wrong is added to the errors.
	 * @param row the row
	 * @param errors the file's errors
	 * @return the dates, each null where it is empty or wrong
	 */
	public static Dates dates(CsvFile.Row row, RowErrors errors) {
		LocalDate start = date(row.get("start")).orElse(null);
		if (start == null) {
			errors.add(row.line(), "import.start.invalid", row.get("start"));
		}
		LocalDate end = date(row.get("end")).orElse(null);
		if (!row.get("end").isEmpty() && end == null) {
			errors.add(row.line(), "import.end.invalid", row.get("end"));
		}
		else if (start != null && end != null && end.isBefore(start)) {
			errors.add(row.line(), "import.end.beforeStart");
		}
		return new Dates(start, end);
	}

	/**
	 * A row's first and last day.
	 *
	 * @param start the first day, or null
	 * @param end the last day, or null
	 */
	public record Dates(LocalDate start, LocalDate end) {
	}

}
