/**
 * Quality: is the quality standard of 22-05-2014 met? The measures per phase, per
 * department and unit, for a month and the year to date (issue 12), computed from the
 * slot module's phase instances and the deadline module's follow-ups; the page and the
 * API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality",
		allowedDependencies = { "shared", "organisation", "user", "slot", "deadline", "status" })
package dk.pladsflow.quality;
