package dk.pladsflow.slot;

/**
 * A change the slot's rules do not allow in its current state (a full round, a citizen
 * already referred, an answer to a round that is not waiting). Carries a message key; the
 * page shows the message and nothing is saved.
 */
public class SlotRuleException extends RuntimeException {

	private final String messageCode;

	private final Object[] arguments;

	SlotRuleException(String messageCode, Object... arguments) {
		super(messageCode);
		this.messageCode = messageCode;
		this.arguments = arguments;
	}

	public String messageCode() {
		return this.messageCode;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
