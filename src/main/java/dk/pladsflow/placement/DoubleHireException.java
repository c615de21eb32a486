package dk.pladsflow.placement;

/**
 * The database refused a placement because the citizen is in another wage-subsidy or
 * internship placement in some of its days (the exclusion constraint of V110): two people
 * completed an agreement for one citizen at the same moment, and the other came first.
 */
public class DoubleHireException extends RuntimeException {

	/** The constraint's name. */
	static final String CONSTRAINT = "ex_placement_citizen_one_at_a_time";

	DoubleHireException(Throwable cause) {
		super("the citizen is already in a wage-subsidy or internship placement in these days", cause);
	}

}
