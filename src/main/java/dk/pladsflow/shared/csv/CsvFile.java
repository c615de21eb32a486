package dk.pladsflow.shared.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A semicolon-separated import file as the municipality's spreadsheets write it: UTF-8 (a
 * byte order mark is allowed), {@code ;} between the fields, a header row, fields
 * optionally in double quotes ({@code ""} inside quotes is one quote). Blank lines are
 * skipped. Line numbers count from 1 for the header, as a spreadsheet shows them.
 */
public final class CsvFile {

	private final List<Row> rows;

	private CsvFile(List<Row> rows) {
		this.rows = rows;
	}

	/**
	 * Reads a file and checks its header.
	 * @param content the file
	 * @param header the expected column names, in order (compared ignoring case)
	 * @return the data rows
	 * @throws ImportRejectedException if the file is no UTF-8 text or the header differs
	 */
	public static CsvFile read(byte[] content, String... header) {
		String text = decode(content);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<Row> rows = new ArrayList<>();
		String[] lines = text.split("\r\n|\n|\r", -1);
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				rows.add(new Row(i + 1, split(lines[i])));
			}
		}
		if (rows.isEmpty() || !matches(rows.get(0).cells(), header)) {
			throw new ImportRejectedException(List.of(new RowError(1, "import.header", String.join(";", header))));
		}
		return new CsvFile(List.copyOf(rows.subList(1, rows.size())));
	}

	/**
	 * Reads a file from a stream.
	 * @param content the file
	 * @param header the expected column names
	 * @return the data rows
	 */
	public static CsvFile read(InputStream content, String... header) {
		try {
			return read(content.readAllBytes(), header);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ImportRejectedException(List.of(new RowError(1, "import.notUtf8")));
		}
	}

	private static boolean matches(List<String> cells, String[] header) {
		if (cells.size() != header.length) {
			return false;
		}
		for (int i = 0; i < header.length; i++) {
			if (!cells.get(i).trim().toLowerCase(Locale.ROOT).equals(header[i])) {
				return false;
			}
		}
		return true;
	}

	static List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ';') {
				cells.add(cell.toString().trim());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().trim());
		return cells;
	}

	/**
	 * Reads a whole file given as text (for tests and the API).
	 * @param content the text
	 * @param header the expected column names
	 * @return the data rows
	 */
	public static CsvFile read(String content, String... header) {
		return read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), header);
	}

	public List<Row> rows() {
		return this.rows;
	}

	/**
	 * One data row.
	 *
	 * @param line its line number in the file
	 * @param cells its fields, trimmed
	 */
	public record Row(int line, List<String> cells) {

		/**
		 * A field, or the empty string where the row is short.
		 * @param index the column
		 * @return the field
		 */
		public String cell(int index) {
			return (index < this.cells.size()) ? this.cells.get(index) : "";
		}

	}

}
