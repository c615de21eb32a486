package dk.pladsflow.shared.web;

/**
 * Something asked for by id does not exist. Shown as the 404 page.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
