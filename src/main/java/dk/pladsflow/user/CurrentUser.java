package dk.pladsflow.user;

import java.util.Collection;
import java.util.Set;

import dk.pladsflow.organisation.OrganisationCaller;
import dk.pladsflow.shared.web.ForbiddenException;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user, as every module's access checks see it: roles and department/unit
 * binding. Built at login from the stored account; the password hash is erased once the
 * login has succeeded.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, OrganisationCaller {

	private final long id;

	private final String username;

	private final String displayName;

	private final Set<Role> roles;

	private final Long departmentId;

	private final Set<Long> unitIds;

	private final boolean enabled;

	private String passwordHash;

	private final Permissions permissions;

	CurrentUser(long id, String username, String displayName, Set<Role> roles, Long departmentId, Set<Long> unitIds,
			String passwordHash, boolean enabled) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.departmentId = departmentId;
		this.unitIds = Set.copyOf(unitIds);
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.permissions = Permissions.of(this);
	}

	/**
	 * A user for tests and internal callers, without a password.
	 * @param id id
	 * @param username login name
	 * @param roles roles
	 * @param departmentId bound department, or null
	 * @param unitIds bound units
	 * @return the user
	 */
	public static CurrentUser of(long id, String username, Set<Role> roles, Long departmentId, Set<Long> unitIds) {
		return of(id, username, username, roles, departmentId, unitIds);
	}

	/**
	 * A user for internal callers (demo data, jobs), without a password.
	 * @param id id
	 * @param username login name
	 * @param displayName name shown in histories
	 * @param roles roles
	 * @param departmentId bound department, or null
	 * @param unitIds bound units
	 * @return the user
	 */
	public static CurrentUser of(long id, String username, String displayName, Set<Role> roles, Long departmentId,
			Set<Long> unitIds) {
		return new CurrentUser(id, username, displayName, roles, departmentId, unitIds, null, true);
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	/**
	 * The bound department: an employer's, or a department manager's; null for others.
	 * @return the department id, or null
	 */
	public Long departmentId() {
		return this.departmentId;
	}

	public Set<Long> unitIds() {
		return this.unitIds;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * What this user may do: the facades and the templates ask this, never a role.
	 * @return the permissions, computed once for this user
	 */
	public Permissions may() {
		return this.permissions;
	}

	/**
	 * Refuses a user who may not administer: the administration facades (organisation,
	 * users, login delays, scheduled jobs, target figures, imports, the demo clock) call
	 * this before they read or change anything, so that a call that passes by the
	 * {@code /admin/**} fence is refused too.
	 * @throws ForbiddenException unless {@link Permissions#administer()}
	 */
	@Override
	public void checkAdminister() {
		if (!this.permissions.administer()) {
			throw new ForbiddenException(this + " may not administer");
		}
	}

	/**
	 * Whether this user may see everything of the given department: consultants,
	 * administrators and central managers see all; employers and department managers only
	 * their own.
	 * @param departmentId the department
	 * @return true if allowed
	 */
	public boolean canSeeDepartment(long departmentId) {
		return seesEveryDepartment() || (this.departmentId != null && this.departmentId == departmentId);
	}

	/**
	 * Whether this user sees every department: administrators, consultants and central
	 * managers (a manager bound to no department).
	 * @return true if so
	 */
	public boolean seesEveryDepartment() {
		return has(Role.ADMIN) || has(Role.CONSULTANT) || (has(Role.MANAGER) && this.departmentId == null);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((r) -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.username + "]";
	}

}
