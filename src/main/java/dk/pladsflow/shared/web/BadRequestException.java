package dk.pladsflow.shared.web;

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

	public String messageCode() {
		return this.messageCode;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
