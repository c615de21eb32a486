package dk.pladsflow.shared.database;

import org.hibernate.exception.ConstraintViolationException;

/**
 * What may be said about a database error. A constraint's name is safe to log and to
 * decide on; the driver's message and detail are not, because they carry the values ("Key
 * (cpr)=(...) already exists"). The connection is opened with
 * {@code logServerErrorDetail=false} (application.properties) and the embedded server
 * logs errors tersely, so neither the driver nor Hibernate writes the detail either.
 */
public final class DatabaseErrors {

	private DatabaseErrors() {
	}

	/**
	 * The name of the constraint an error is about.
	 * @param ex the error, or one that wraps it
	 * @return the constraint's name, or "unknown"
	 */
	public static String constraintName(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
				return violation.getConstraintName();
			}
		}
		return "unknown";
	}

}
