package dk.pladsflow.slot;

/**
 * What one legal check says about an agreement: a refusal stops it, a warning is shown.
 *
 * @param messageCode the message to show
 * @param refuses whether the agreement may not be completed
 * @param arguments the message's arguments
 */
public record AgreementFinding(String messageCode, boolean refuses, Object... arguments) {

	static AgreementFinding refusal(String messageCode, Object... arguments) {
		return new AgreementFinding(messageCode, true, arguments);
	}

	static AgreementFinding warning(String messageCode, Object... arguments) {
		return new AgreementFinding(messageCode, false, arguments);
	}

}
