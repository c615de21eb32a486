/**
 * Departments (forvaltninger) and their units: the organisation that owns slots. Public:
 * {@link dk.pladsflow.organisation.OrganisationService} and the records it takes and
 * returns; {@link dk.pladsflow.organisation.ConsultantDirectory} is implemented by the
 * user module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = "shared")
package dk.pladsflow.organisation;
