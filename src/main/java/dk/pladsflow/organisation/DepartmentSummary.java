package dk.pladsflow.organisation;

/**
 * A department as the rest of the application sees it.
 *
 * @param id id
 * @param code unique code
 * @param name full name
 * @param oneCvMode one-CV mode (pilotordning)
 * @param contactConsultantId the contact consultant's user id, if any
 * @param active whether it is in use
 * @param version for optimistic locking
 */
public record DepartmentSummary(long id, String code, String name, boolean oneCvMode, Long contactConsultantId,
		boolean active, long version) {

	/**
	 * The label used in lists and choices.
	 * @return code and name
	 */
	public String label() {
		return this.code + " – " + this.name;
	}

}
