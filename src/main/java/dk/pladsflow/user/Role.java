package dk.pladsflow.user;

/**
 * What a user may do. A user has one or more roles.
 */
public enum Role {

	/** Users, departments, units, target figures, settings, scheduled jobs. */
	ADMIN,
	/** Employment administration (BIF): sees every slot, refers citizens. */
	CONSULTANT,
	/** Owns slots in one department (optionally some of its units). */
	EMPLOYER,
	/** Reads status pages: one department, or all when not bound to one (central). */
	MANAGER;

	/**
	 * The Spring Security authority of this role.
	 * @return {@code ROLE_} and the name
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
