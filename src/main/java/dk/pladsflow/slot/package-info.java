/**
 * Subsidy slots and their flow (phases 1–3 and the filled slot): opening, referral
 * rounds, the employer's answer, the agreement with its legal checks, and reopening.
 * Public: {@link dk.pladsflow.slot.SlotService} and its records. Events: publishes
 * {@link dk.pladsflow.placement.PlacementAgreed} when a slot is filled, listens to
 * {@link dk.pladsflow.placement.PlacementEnded} ({@code SlotReactions}). Other modules'
 * SQL reads the views {@code slot_unused} and {@code slot_open_deadline} (V101), never
 * the slot tables. See docs/slot-flow.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Slots",
		allowedDependencies = { "shared", "organisation", "user", "citizen", "placement", "notification" })
package dk.pladsflow.slot;
