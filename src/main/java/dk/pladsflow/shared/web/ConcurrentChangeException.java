package dk.pladsflow.shared.web;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else changed the record since the form was shown (the form's version is stale).
 * Shown as the "changed by someone else" page.
 */
public class ConcurrentChangeException extends OptimisticLockingFailureException {

	public ConcurrentChangeException(String what, Object id) {
		super(what + " " + id + " was changed by someone else");
	}

	/**
	 * Fails when the version a form was built from is not the stored one.
	 * @param what the kind of record, for the log
	 * @param id its id
	 * @param expected the version the user saw
	 * @param actual the stored version
	 */
	public static void check(String what, Object id, long expected, long actual) {
		if (expected != actual) {
			throw new ConcurrentChangeException(what, id);
		}
	}

}
