/**
 * The home page of each role.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home",
		allowedDependencies = { "shared", "organisation", "user", "quality", "slot" })
package dk.pladsflow.home;
