package dk.pladsflow.citizen;

/**
 * Whether a citizen on kontanthjælp, uddannelseshjælp or the integration programme is
 * assessed as job-ready (jobparat; uddannelsesparat on uddannelseshjælp) or
 * activity-ready (aktivitetsparat). A fact of its own, beside the target group: the law's
 * duration limits for wage subsidy and internship depend on it (docs/legal-checks.md).
 */
public enum Readiness {

	/** Jobparat (on uddannelseshjælp: uddannelsesparat). */
	JOB_READY,
	/** Aktivitetsparat. */
	ACTIVITY_READY

}
