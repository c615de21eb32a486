/**
 * Subsidy slots and their flow (phases 1–3 and the filled slot): opening, referral
 * rounds, the employer's answer, the agreement with its legal checks, and reopening.
 * Public: {@link dk.pladsflow.slot.SlotService} and its records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Slots",
		allowedDependencies = { "shared", "organisation", "user", "citizen", "placement" })
package dk.pladsflow.slot;
