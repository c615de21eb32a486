/**
 * Placements (forløb) of every scheme: wage subsidy placements registered by the slot
 * flow when a slot is filled, internship, utility work and flex jobs registered by form
 * or imported from CSV. Public: {@link dk.pladsflow.placement.PlacementService}
 * (register, end, list, import), {@link dk.pladsflow.placement.PlacementFigures} (the
 * aggregations the status reports are computed from),
 * {@link dk.pladsflow.placement.Scheme} and the records they take and return. Events: it
 * starts a slot's placement on {@link dk.pladsflow.placement.PlacementAgreed} and
 * publishes {@link dk.pladsflow.placement.PlacementEnded} when a slot's placement has
 * ended (job {@code placement-ends}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placements",
		allowedDependencies = { "shared", "organisation", "user", "scheduling" })
package dk.pladsflow.placement;
