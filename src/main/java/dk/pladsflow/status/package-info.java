/**
 * Target figures (måltal), the monthly status computed from the placements, its frozen
 * snapshots, the status pages, the downloads and the status/import API. Public:
 * {@link dk.pladsflow.status.StatusService}, {@link dk.pladsflow.status.SnapshotService}
 * (what the monthly job calls), {@link dk.pladsflow.status.TargetService} and the records
 * they return.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Status",
		allowedDependencies = { "shared", "organisation", "user", "placement" })
package dk.pladsflow.status;
