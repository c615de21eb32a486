package dk.pladsflow.outcome;

/**
 * A figure of the outcomes whose placements the drill-down lists: which of the placements
 * that ended it counts ({@code docs/outcomes.md}).
 */
public enum Figure {

	/** Every placement that ended. */
	ENDED("true"),
	/** Whose third month after the end month is not over. */
	PENDING("pending"),
	/** Whose status in that month is known. */
	KNOWN("known"),
	/** Whose third month is over but its status not known. */
	UNKNOWN("not pending and not known"),
	/** In job or education that month. */
	IN_JOB_OR_EDUCATION("in_work"),
	/** In the effect's basis: both windows at least 90 % known. */
	EFFECT_BASIS("effect_known");

	/** The condition on the judged placements ({@code OutcomeService.JUDGED}). */
	final String condition;

	Figure(String condition) {
		this.condition = condition;
	}

}
