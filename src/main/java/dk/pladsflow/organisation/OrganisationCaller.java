package dk.pladsflow.organisation;

/**
 * Who asks the organisation's facade to change a department or a unit. The user module's
 * {@code CurrentUser} implements it from its permissions, so that the organisation
 * decides who may change it without depending on the user module (which depends on this
 * one).
 */
public interface OrganisationCaller {

	/**
	 * Refuses a caller who may not administer the organisation.
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * may
	 */
	void checkAdminister();

}
