package dk.pladsflow.shared.web;

import org.springframework.validation.BindingResult;

/**
 * A business rule rejected one field of a form (a code already in use, a user who is not
 * a consultant). The controller shows it beside the field, with the input kept.
 */
public class FieldRejectedException extends RuntimeException {

	private final String field;

	private final String messageCode;

	public FieldRejectedException(String field, String messageCode) {
		super(field + ": " + messageCode);
		this.field = field;
		this.messageCode = messageCode;
	}

	public String field() {
		return this.field;
	}

	public String messageCode() {
		return this.messageCode;
	}

	/**
	 * Puts this rejection on the form's binding result.
	 * @param result the form's binding result
	 */
	public void addTo(BindingResult result) {
		result.rejectValue(this.field, this.messageCode);
	}

}
