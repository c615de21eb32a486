/**
 * Target figures (måltal), the monthly status computed from the placements, its frozen
 * snapshots, the status pages, the downloads and the status/import API. Public:
 * {@link dk.pladsflow.status.StatusService}, {@link dk.pladsflow.status.SnapshotService}
 * (what the monthly job calls), {@link dk.pladsflow.status.TargetService} and the records
 * they return. {@link dk.pladsflow.status.MonthlyReport} is the monthly job: it freezes
 * the previous month and tells the managers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Status", allowedDependencies = { "shared",
		"organisation", "user", "placement", "scheduling", "notification", "outcome" })
package dk.pladsflow.status;
