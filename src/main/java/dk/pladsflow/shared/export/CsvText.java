package dk.pladsflow.shared.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV download as spreadsheets read it: UTF-8 with a byte order mark, a header row,
 * {@code ;} between fields, CRLF line ends, decimals with a comma and unrounded, nothing
 * where a value is missing, and text that holds {@code ;}, a quote or a line break in
 * quotes (a unit's name may).
 */
public final class CsvText {

	private final StringBuilder text = new StringBuilder("\uFEFF");

	/**
	 * A file with its header row.
	 * @param header the column names
	 */
	public CsvText(List<String> header) {
		this.text.append(String.join(";", header)).append("\r\n");
	}

	/**
	 * Adds a row.
	 * @param values its values: numbers, text, dates or null
	 * @return this file
	 */
	public CsvText row(List<?> values) {
		this.text.append(String.join(";", values.stream().map(CsvText::value).toList())).append("\r\n");
		return this;
	}

	/**
	 * The file.
	 * @return UTF-8 with a byte order mark
	 */
	public byte[] bytes() {
		return this.text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * One field.
	 * @param value the value
	 * @return empty for null, a decimal with a comma, otherwise its text
	 */
	static String value(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().replace('.', ',');
		}
		if (value instanceof BigDecimal d) {
			return d.stripTrailingZeros().toPlainString().replace('.', ',');
		}
		String text = value.toString();
		return (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r"))
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
