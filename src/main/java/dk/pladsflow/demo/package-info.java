/**
 * The demo data set: units, users of every role, citizens and slots in every phase,
 * loaded only when asked for ({@code pladsflow.demo-data=true}, which
 * {@code ./mvnw spring-boot:run} sets through the {@code demo} profile).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "organisation", "user", "citizen", "placement", "slot", "status", "outcome" })
package dk.pladsflow.demo;
