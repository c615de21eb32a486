package dk.pladsflow.shared.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects what is wrong with an import file, row by row, so that the page can list every
 * problem at once. An import saves nothing unless this stays empty.
 */
public final class RowErrors {

	private final List<RowError> errors = new ArrayList<>();

	/**
	 * Records a problem.
	 * @param line the row's line number
	 * @param messageCode the reason's message code
	 * @param arguments the reason's arguments
	 */
	public void add(long line, String messageCode, Object... arguments) {
		this.errors.add(new RowError(line, messageCode, List.of(arguments)));
	}

	public boolean isEmpty() {
		return this.errors.isEmpty();
	}

	public int size() {
		return this.errors.size();
	}

	/**
	 * Ends the checks of an import that saves all rows or none.
	 * @throws ImportRejectedException with every problem, if there is one
	 */
	public void rejectIfAny() {
		if (!isEmpty()) {
			throw new ImportRejectedException(list());
		}
	}

	/**
	 * The problems, by line number (several on one line keep their order).
	 * @return the problems
	 */
	public List<RowError> list() {
		return this.errors.stream().sorted(Comparator.comparingLong(RowError::line)).toList();
	}

	/**
	 * One problem of one row.
	 *
	 * @param line the line number in the file
	 * @param messageCode the reason's message code
	 * @param arguments the reason's arguments
	 */
	public record RowError(long line, String messageCode, List<Object> arguments) implements java.io.Serializable {

		/**
		 * The arguments as an array, for {@code #messages.msgWithParams}.
		 * @return the arguments
		 */
		public Object[] argumentArray() {
			return this.arguments.toArray();
		}

	}

}
