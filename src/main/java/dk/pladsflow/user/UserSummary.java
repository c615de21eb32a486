package dk.pladsflow.user;

import java.util.Set;

/**
 * A user account as the pages see it (no password).
 *
 * @param id id
 * @param username login name
 * @param displayName name
 * @param email e-mail
 * @param roles roles
 * @param departmentId bound department
 * @param unitIds bound units
 * @param active whether the account may log in
 * @param locked whether logins to it are being delayed after failed attempts
 * ({@link LoginThrottle})
 * @param version for optimistic locking
 */
public record UserSummary(long id, String username, String displayName, String email, Set<Role> roles,
		Long departmentId, Set<Long> unitIds, boolean active, boolean locked, long version) {
}
