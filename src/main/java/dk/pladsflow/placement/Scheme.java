package dk.pladsflow.placement;

/**
 * The employment schemes a placement can be in.
 */
public enum Scheme {

	/** Løntilskud. */
	WAGE_SUBSIDY,
	/** Virksomhedspraktik. */
	INTERNSHIP,
	/** Nytteindsats. */
	UTILITY_WORK,
	/** Fleksjob. */
	FLEX_JOB

}
