/**
 * The citizen register: people who can be referred to slots. Public:
 * {@link dk.pladsflow.citizen.CitizenService} and its records. CPR numbers never leave
 * this module unmasked except on the consultant's citizen page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizens", allowedDependencies = { "shared", "user" })
package dk.pladsflow.citizen;
