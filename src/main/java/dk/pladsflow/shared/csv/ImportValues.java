package dk.pladsflow.shared.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Field formats shared by the import files: dates as {@code yyyy-MM-dd} or
 * {@code dd-MM-yyyy}, decimals with {@code ,} or {@code .}.
 */
public final class ImportValues {

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-MM-dd"),
			DateTimeFormatter.ofPattern("dd-MM-uuuu"));

	private ImportValues() {
	}

	/**
	 * A date in either of the two formats.
	 * @param text the field
	 * @return the date, or null if it is no valid date
	 */
	public static LocalDate date(String text) {
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text.trim(), format.withResolverStyle(ResolverStyle.STRICT));
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return null;
	}

	/**
	 * A decimal number with a decimal comma or point (no thousands separators).
	 * @param text the field
	 * @return the number, or null if it is none
	 */
	public static BigDecimal decimal(String text) {
		String value = text.trim().replace(',', '.');
		if (!value.matches("-?\\d+(\\.\\d+)?")) {
			return null;
		}
		return new BigDecimal(value);
	}

}
