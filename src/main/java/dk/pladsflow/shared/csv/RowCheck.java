package dk.pladsflow.shared.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the outcome of checking an import file row by row: the bad rows with their
 * reasons, and the good rows' values, with a check that no row repeats an earlier one.
 *
 * @param <T> what a good row becomes
 */
public final class RowCheck<T> {

	private final List<RowError> errors = new ArrayList<>();

	private final List<T> accepted = new ArrayList<>();

	private final Map<String, Integer> seen = new HashMap<>();

	private final int columns;

	private int errorsBeforeRow;

	/**
	 * A check of a file with a number of columns.
	 * @param columns how many fields every row has
	 */
	public RowCheck(int columns) {
		this.columns = columns;
	}

	/**
	 * Starts a row: rejects it if it has the wrong number of fields.
	 * @param row the row
	 * @return whether its fields can be read
	 */
	public boolean start(CsvFile.Row row) {
		this.errorsBeforeRow = this.errors.size();
		if (row.cells().size() != this.columns) {
			reject(row, "import.columns", this.columns, row.cells().size());
			return false;
		}
		return true;
	}

	/**
	 * Records what is wrong with the row.
	 * @param row the row
	 * @param messageCode the message key
	 * @param arguments its arguments
	 */
	public void reject(CsvFile.Row row, String messageCode, Object... arguments) {
		this.errors.add(new RowError(row.line(), messageCode, arguments));
	}

	/**
	 * Whether the row has passed every check so far.
	 * @return true if nothing was rejected since {@link #start}
	 */
	public boolean valid() {
		return this.errors.size() == this.errorsBeforeRow;
	}

	/**
	 * Accepts a valid row, unless an earlier row had the same key.
	 * @param row the row
	 * @param key what identifies the row's record
	 * @param repeatedCode the message key for a repeated row (its argument: the earlier
	 * line)
	 * @param value what the row becomes
	 */
	public void accept(CsvFile.Row row, String key, String repeatedCode, T value) {
		Integer earlier = this.seen.putIfAbsent(key, row.line());
		if (earlier != null) {
			reject(row, repeatedCode, earlier);
		}
		else {
			this.accepted.add(value);
		}
	}

	/**
	 * The good rows, if every row was good.
	 * @return the values of the rows
	 * @throws ImportRejectedException with every bad row, if there is one
	 */
	public List<T> acceptedOrReject() {
		if (!this.errors.isEmpty()) {
			throw new ImportRejectedException(this.errors);
		}
		return this.accepted;
	}

}
