/**
 * Outcomes of placements (issue 14): the citizens' status spells from the national
 * registers (imported), and what placements lead to — the outflow to job or education in
 * the third month after a placement ended, and the self-sufficiency effect — per scheme,
 * sector and department ({@code docs/outcomes.md}). Public:
 * {@link dk.pladsflow.outcome.OutcomeService} and the records it returns. Its SQL names
 * its own tables ({@code citizen_status_spell}, and {@code placement_outcome_days}: the
 * ended placements' day counts, kept by the job {@code outcome-days}) and the placement
 * module's view {@code placement_outcome_source}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes",
		allowedDependencies = { "shared", "organisation", "user", "placement", "citizen", "scheduling" })
package dk.pladsflow.outcome;
