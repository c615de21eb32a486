package dk.pladsflow.citizen;

/**
 * The benefit a citizen receives. It sets the longest wage subsidy a public employer may
 * give (the agreement's duration check).
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
	INTEGRATION_PROGRAMME

}
