package dk.pladsflow.shared.csv;

import java.util.List;

import dk.pladsflow.shared.csv.RowErrors.RowError;

/**
 * An import file had bad rows, so nothing of it was saved. Thrown by
 * {@link RowErrors#rejectIfAny()}; the import page lists the rows, the API answers 422
 * with them.
 */
public class ImportRejectedException extends RuntimeException {

	private final List<RowError> errors;

	ImportRejectedException(List<RowError> errors) {
		super(errors.size() + " bad rows");
		this.errors = List.copyOf(errors);
	}

	/**
	 * Every bad row's problems, by line number.
	 * @return the problems
	 */
	public List<RowError> errors() {
		return this.errors;
	}

}
