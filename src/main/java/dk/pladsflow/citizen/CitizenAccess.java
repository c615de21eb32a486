package dk.pladsflow.citizen;

/**
 * What was done with a citizen's record, as the access log records it.
 */
public enum CitizenAccess {

	/** A consultant opened the full record (CPR unmasked). */
	VIEW,
	/** Registered through the form. */
	CREATE,
	/** Changed through the form. */
	UPDATE,
	/** Created or changed by a CSV import. */
	IMPORT,
	/**
	 * Found by its CPR number when someone else entered the same number (the form's and
	 * the import's "already registered" check): the check tells that this number is here.
	 */
	CPR_CHECK

}
