package dk.pladsflow.user;

import java.util.Set;

/**
 * What an administrator sets on a user account.
 *
 * @param displayName name to show
 * @param email e-mail address for notifications, optional
 * @param roles one or more roles
 * @param departmentId bound department: required for employers, optional for managers
 * (none means central), none for others
 * @param unitIds bound units within the department (employers, optional)
 */
public record UserData(String displayName, String email, Set<Role> roles, Long departmentId, Set<Long> unitIds) {
}
