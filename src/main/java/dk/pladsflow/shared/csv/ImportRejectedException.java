package dk.pladsflow.shared.csv;

import java.util.List;

/**
 * An import file had bad rows; nothing of it was saved. The page lists the rows, the API
 * answers 422 with them.
 */
public class ImportRejectedException extends RuntimeException {

	private final List<RowError> errors;

	public ImportRejectedException(List<RowError> errors) {
		super(errors.size() + " bad rows");
		this.errors = List.copyOf(errors);
	}

	public List<RowError> errors() {
		return this.errors;
	}

}
