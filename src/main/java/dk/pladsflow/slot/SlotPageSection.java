package dk.pladsflow.slot;

import dk.pladsflow.user.CurrentUser;

/**
 * A section another module adds to a slot's page (the deadline module's missed deadlines
 * and hearing). The slot page's controller asks every such bean for its model before
 * rendering, so the templates only render and never call a service, and the slot module
 * does not depend on the modules that add sections.
 */
public interface SlotPageSection {

	/**
	 * The model attribute the section's fragment reads.
	 * @return the name
	 */
	String attributeName();

	/**
	 * The section's data for this user; the implementation checks access.
	 * @param user the user
	 * @param slotId the slot
	 * @return the data, or null to show nothing
	 */
	Object section(CurrentUser user, long slotId);

}
