/**
 * User accounts, roles, login and the security rules. Public:
 * {@link dk.pladsflow.user.Role}, {@link dk.pladsflow.user.CurrentUser} (who is asking,
 * for the other modules' access checks) and {@link dk.pladsflow.user.UserService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Users",
		allowedDependencies = { "shared", "organisation" })
package dk.pladsflow.user;
