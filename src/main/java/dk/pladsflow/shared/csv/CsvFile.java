package dk.pladsflow.shared.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as the municipality's spreadsheets export it, read the same way by every
 * import: UTF-8 (a byte order mark is allowed), {@code ;} between fields, quotes as Excel
 * writes them, a header row first. Column names are compared without case and surrounding
 * spaces; every value is trimmed; rows that are entirely empty are skipped.
 * <p>
 * Whole-file problems (not UTF-8, no header, a wrong header) throw
 * {@link CsvFileException}. A row with the wrong number of fields is reported in
 * {@link #errors()}, with its line number, and left out of {@link #rows()}; the import
 * adds its own per-row reasons to the same {@link RowErrors} and saves nothing unless it
 * stays empty.
 */
public final class CsvFile {

	/** The field separator. */
	public static final char SEPARATOR = ';';

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(SEPARATOR)
		.setIgnoreEmptyLines(true)
		.get();

	private final List<String> columns;

	private final List<Row> rows;

	private final RowErrors errors;

	private CsvFile(List<String> columns, List<Row> rows, RowErrors errors) {
		this.columns = columns;
		this.rows = rows;
		this.errors = errors;
	}

	/**
	 * Reads a whole file.
	 * @param input the file's bytes (not closed)
	 * @param required columns that must be in the header
	 * @param optional columns that may be in it; any other column is an error
	 * @return the file
	 * @throws CsvFileException if the file as a whole cannot be read
	 */
	public static CsvFile read(InputStream input, List<String> required, List<String> optional) {
		String text = decode(input);
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new CsvFileException("csv.empty");
		}
		Lines lines = new Lines(text);
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			List<CSVRecord> records = parser.getRecords();
			List<String> columns = header(records.get(0), required, optional);
			RowErrors errors = new RowErrors();
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : records.subList(1, records.size())) {
				long line = lines.lineAt(record.getCharacterPosition());
				if (record.size() != columns.size()) {
					if (!isEmpty(record)) {
						errors.add(line, "csv.row.fieldCount", record.size(), columns.size());
					}
					continue;
				}
				if (!isEmpty(record)) {
					rows.add(new Row(line, values(columns, record)));
				}
			}
			return new CsvFile(columns, Collections.unmodifiableList(rows), errors);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// commons-csv reports an unclosed quote this way; the message is not the
			// user's language, so only the fact is passed on
			throw new CsvFileException("csv.unreadable");
		}
	}

	private static String decode(InputStream input) {
		try {
			byte[] bytes = input.readAllBytes();
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new CsvFileException("csv.notUtf8");
		}
		catch (IOException ex) {
			throw new CsvFileException("csv.unreadable");
		}
	}

	private static List<String> header(CSVRecord record, List<String> required, List<String> optional) {
		List<String> columns = record.stream().map(CsvFile::columnName).toList();
		Set<String> known = new LinkedHashSet<>(required);
		known.addAll(optional);
		boolean valid = new LinkedHashSet<>(columns).size() == columns.size() && known.containsAll(columns)
				&& columns.containsAll(required);
		if (!valid) {
			throw new CsvFileException("csv.header", String.join(String.valueOf(SEPARATOR), known));
		}
		return columns;
	}

	private static String columnName(String value) {
		return value.trim().toLowerCase(Locale.ROOT);
	}

	private static boolean isEmpty(CSVRecord record) {
		return record.stream().allMatch(String::isBlank);
	}

	private static Map<String, String> values(List<String> columns, CSVRecord record) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			values.put(columns.get(i), record.get(i).trim());
		}
		return values;
	}

	/**
	 * The header's column names, lower case, in the file's order.
	 * @return the columns
	 */
	public List<String> columns() {
		return this.columns;
	}

	/**
	 * The data rows that have the header's number of fields, in file order.
	 * @return the rows
	 */
	public List<Row> rows() {
		return this.rows;
	}

	/**
	 * The problems found so far; an import adds its own.
	 * @return the collector
	 */
	public RowErrors errors() {
		return this.errors;
	}

	/**
	 * One data row.
	 *
	 * @param line its line number in the file (the header is line 1)
	 * @param values the trimmed values by column name
	 */
	public record Row(long line, Map<String, String> values) {

		/**
		 * A value.
		 * @param column the column name, lower case
		 * @return the trimmed value; empty if blank or the (optional) column is absent
		 */
		public String get(String column) {
			return this.values.getOrDefault(column, "");
		}

	}

	/** Maps a character position to its line number, 1-based. */
	private static final class Lines {

		private final String text;

		private final int[] starts;

		Lines(String text) {
			this.text = text;
			// an int per line, not a boxed Integer in a list: a file at the import limit
			// (20 MB) may be 20 million lines, and boxing them took half a gigabyte of
			// heap
			int count = 1;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					count++;
				}
			}
			this.starts = new int[count];
			int line = 1;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					this.starts[line++] = i + 1;
				}
			}
		}

		long lineAt(long position) {
			int at = (int) position;
			// the parser's position can point at empty lines it skipped before the record
			while (at < this.text.length() && (this.text.charAt(at) == '\n' || this.text.charAt(at) == '\r')) {
				at++;
			}
			int index = Arrays.binarySearch(this.starts, at);
			return (index >= 0) ? index + 1 : -index - 1;
		}

	}

}
