/**
 * Placements (forløb) of every scheme: wage subsidy placements registered by the slot
 * flow when a slot is filled, internship, utility work and flex jobs registered by form
 * or imported from CSV. Public: {@link dk.pladsflow.placement.PlacementService}
 * (register, end, list, import, and for the slot flow: the double-hire clash, who is
 * placed on a day, a unit's count for the ratio rule),
 * {@link dk.pladsflow.placement.PlacementFigures} (the aggregations the status reports
 * are computed from), {@link dk.pladsflow.placement.Scheme} and the records they take and
 * return. In SQL, other modules read placements only through the view
 * {@code placement_outcome_source} (V131); the outcome module follows their changes by
 * statement triggers on the table that read the same columns (V180). Events: it starts a
 * slot's placement on {@link dk.pladsflow.placement.PlacementAgreed} and publishes
 * {@link dk.pladsflow.placement.PlacementEnded} when a slot's placement has ended (job
 * {@code placement-ends}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placements",
		allowedDependencies = { "shared", "organisation", "user", "scheduling" })
package dk.pladsflow.placement;
