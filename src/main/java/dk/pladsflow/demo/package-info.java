/**
 * The demo data set: units, users of every role, citizens and slots in every phase,
 * loaded on the embedded default database only (or where
 * {@code pladsflow.demo-data=true}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "organisation", "user", "citizen", "placement", "slot", "status", "outcome" })
package dk.pladsflow.demo;
