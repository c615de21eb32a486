/**
 * The demo data set: units and users of every role, loaded on the embedded default
 * database only (or where {@code pladsflow.demo-data=true}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "organisation", "user", "citizen", "slot", "placement" })
package dk.pladsflow.demo;
