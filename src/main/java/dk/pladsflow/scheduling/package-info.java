/**
 * Scheduled jobs on Quartz, with the job store in PostgreSQL so that several nodes share
 * them (clustered: each firing runs on one node). Public:
 * {@link dk.pladsflow.scheduling.ScheduledTask} — a module adds a job by declaring one
 * bean of it; the infrastructure creates the Quartz job and its cron trigger, records
 * every run and offers the administrator page {@code /admin/jobs}. No other module uses
 * Quartz's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduled jobs",
		allowedDependencies = { "shared", "user" })
package dk.pladsflow.scheduling;
