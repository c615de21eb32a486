package dk.pladsflow.citizen;

/**
 * The benefit a citizen receives. With the citizen's {@link Readiness} it sets the
 * longest wage subsidy a public employer may give and the longest internship (the
 * agreement's duration checks, docs/legal-checks.md).
 */
public enum Benefit {

	/** Dagpenge. */
	UNEMPLOYMENT_INSURANCE,
	/** Kontanthjælp. */
	CASH_BENEFIT,
	/** Uddannelseshjælp. */
	EDUCATION_BENEFIT,
	/** Sygedagpenge. */
	SICKNESS_BENEFIT,
	/** Ressourceforløb. */
	RESOURCE_COURSE,
	/** Integrationsprogrammet. */
	INTEGRATION_PROGRAMME;

	/**
	 * Whether the municipality assesses a citizen on this benefit as job-ready or
	 * activity-ready (kontanthjælp, uddannelseshjælp, the integration programme).
	 * @return true where the readiness decides the law's duration limits
	 */
	public boolean assessedForReadiness() {
		return this == CASH_BENEFIT || this == EDUCATION_BENEFIT || this == INTEGRATION_PROGRAMME;
	}

}
