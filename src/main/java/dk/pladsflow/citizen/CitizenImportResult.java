package dk.pladsflow.citizen;

import java.util.List;

import dk.pladsflow.shared.csv.RowErrors.RowError;

/**
 * What a CSV import did: either every row was saved (created or updated), or none was and
 * the errors say why, row by row.
 *
 * @param created citizens registered
 * @param updated citizens whose case reference already existed and who were changed
 * @param errors every problem with its line number; empty when the import was saved
 */
// Serializable: it travels as a flash attribute in the session, which lives in the
// database
public record CitizenImportResult(int created, int updated, List<RowError> errors) implements java.io.Serializable {

	/**
	 * Whether the file was saved.
	 * @return true if there were no errors
	 */
	public boolean saved() {
		return this.errors.isEmpty();
	}

	/**
	 * All rows saved.
	 * @return created plus updated
	 */
	public int total() {
		return this.created + this.updated;
	}

}
