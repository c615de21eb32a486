package dk.pladsflow.slot;

import dk.pladsflow.user.CurrentUser;

/**
 * A section another module adds to the consultant's worklist (the deadline module's
 * overdue half-yearly follow-ups). Like {@link SlotPageSection}: the controller asks for
 * the model, the template only renders it.
 */
public interface WorklistSection {

	/**
	 * The model attribute the section's fragment reads.
	 * @return the name
	 */
	String attributeName();

	/**
	 * The section's data for this user.
	 * @param user the consultant
	 * @return the data
	 */
	Object section(CurrentUser user);

}
