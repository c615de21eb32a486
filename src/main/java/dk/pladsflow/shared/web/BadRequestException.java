package dk.pladsflow.shared.web;

import org.springframework.validation.BindingResult;

/**
 * A request whose input is out of range (a year far in the future, a month 13): shown as
 * the 400 page with the message, never reaching the database.
 */
public class BadRequestException extends RuntimeException {

	private final String messageCode;

	private final transient Object[] arguments;

	/**
	 * A refusal.
	 * @param messageCode the message shown on the 400 page
	 * @param arguments its arguments
	 */
	public BadRequestException(String messageCode, Object... arguments) {
		super(messageCode);
		this.messageCode = messageCode;
		this.arguments = arguments.clone();
	}

	/**
	 * Refuses a form that could not even be built: a hidden field (the version) missing
	 * or of the wrong type, which the page never sends.
	 * @param result the form's binding result
	 * @throws BadRequestException if there is no form object
	 */
	public static void requireBound(BindingResult result) {
		if (result.getTarget() == null) {
			throw new BadRequestException("input.form.incomplete");
		}
	}

	public String messageCode() {
		return this.messageCode;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
