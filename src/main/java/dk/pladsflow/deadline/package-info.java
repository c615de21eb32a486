/**
 * Deadlines and phase 4 (issue 4): missed deadlines recorded once and announced, the
 * hearing and closure of unused slots, and the half-yearly follow-up. Public: the
 * idempotent job methods {@link dk.pladsflow.deadline.DeadlineSweep#sweep},
 * {@link dk.pladsflow.deadline.ClosureService#run} and
 * {@link dk.pladsflow.deadline.FollowUpService#open}, each taking the clock's now, and
 * the events they publish for the notification module. The sweep and the closure job read
 * the slot table in one set-based statement each; every change of a slot itself goes
 * through {@link dk.pladsflow.slot.SlotService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines",
		allowedDependencies = { "shared", "slot", "organisation", "user", "scheduling", "notification" })
package dk.pladsflow.deadline;
