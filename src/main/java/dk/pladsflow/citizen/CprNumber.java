package dk.pladsflow.citizen;

import java.util.regex.Pattern;

/**
 * A Danish CPR number, {@code ddmmyy-ssss}. Validates its format (and that the first six
 * digits are a date); its {@link #toString()} is masked so that it never reaches a log.
 *
 * @param value the number as {@code ddmmyy-ssss}
 */
public record CprNumber(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{6}-\\d{4}");

	public CprNumber {
		if (value == null || !FORMAT.matcher(value).matches() || !plausibleDate(value)) {
			throw new IllegalArgumentException("not a CPR number");
		}
	}

	/**
	 * Reads a CPR number typed with or without the hyphen.
	 * @param text the input
	 * @return the number
	 * @throws IllegalArgumentException if it is not one
	 */
	public static CprNumber parse(String text) {
		String digits = text.trim().replace("-", "").replace(" ", "");
		if (digits.length() != 10) {
			throw new IllegalArgumentException("not a CPR number");
		}
		return new CprNumber(digits.substring(0, 6) + "-" + digits.substring(6));
	}

	private static boolean plausibleDate(String value) {
		int day = Integer.parseInt(value.substring(0, 2));
		int month = Integer.parseInt(value.substring(2, 4));
		return day >= 1 && day <= 31 && month >= 1 && month <= 12;
	}

	/**
	 * The number as lists show it: {@code 010190-****}.
	 * @return the masked number
	 */
	public String masked() {
		return mask(this.value);
	}

	/**
	 * Masks a stored CPR number for display.
	 * @param value a stored number, or null
	 * @return the masked number, or null
	 */
	public static String mask(String value) {
		return (value != null && value.length() >= 6) ? value.substring(0, 6) + "-****" : null;
	}

	@Override
	public String toString() {
		return masked();
	}

}
