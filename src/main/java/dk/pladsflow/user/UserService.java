package dk.pladsflow.user;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user module's facade: accounts, their roles and binding, and passwords.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

	private final UserRepository users;

	private final OrganisationService organisation;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	UserService(UserRepository users, OrganisationService organisation, PasswordEncoder passwordEncoder, Clock clock) {
		this.users = users;
		this.organisation = organisation;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * One page of users, filtered by a part of name or login and by role.
	 * @param text part of the name or login, or empty
	 * @param role a role, or null for all
	 * @param pageable the page, sorted
	 * @return the page
	 */
	public Page<UserSummary> search(String text, Role role, Pageable pageable) {
		Page<Long> ids = this.users.searchIds(text.trim().toLowerCase(Locale.ROOT), role, pageable);
		Map<Long, UserAccount> byId = this.users.findByIdIn(ids.getContent())
			.stream()
			.collect(Collectors.toMap(UserAccount::getId, Function.identity()));
		List<UserSummary> content = ids.getContent()
			.stream()
			.map(byId::get)
			.map((u) -> u.toSummary(this.clock.instant()))
			.toList();
		return new PageImpl<>(content, pageable, ids.getTotalElements());
	}

	/**
	 * A user by login name.
	 * @param username the login name
	 * @return the user, if any
	 */
	public java.util.Optional<UserSummary> byUsername(String username) {
		return this.users.findByUsername(username.trim().toLowerCase(Locale.ROOT))
			.map((u) -> u.toSummary(this.clock.instant()));
	}

	/**
	 * Display names of the given users, in one query (for logs and histories).
	 * @param ids user ids
	 * @return the names by id, for those that exist
	 */
	public Map<Long, String> displayNames(java.util.Collection<Long> ids) {
		return this.users.namesById(ids);
	}

	/**
	 * The active employers of the given departments, in one query (who must act on a
	 * department's slots, for notifications).
	 * @param departmentIds departments
	 * @return the employers, each with their department and unit binding
	 */
	public List<EmployerContact> employersOf(java.util.Collection<Long> departmentIds) {
		if (departmentIds.isEmpty()) {
			return List.of();
		}
		return this.users.activeInDepartmentsWithRole(departmentIds, Role.EMPLOYER)
			.stream()
			.map((u) -> u.toSummary(this.clock.instant()))
			.map((u) -> new EmployerContact(u.id(), u.departmentId(), u.unitIds()))
			.toList();
	}

	/**
	 * One user.
	 * @param id the id
	 * @return the user
	 */
	public UserSummary user(long id) {
		return find(id).toSummary(this.clock.instant());
	}

	/**
	 * Creates an account.
	 * @param username login name, unique
	 * @param password the first password
	 * @param data roles and binding
	 * @return the new user's id
	 */
	@Transactional
	public long create(String username, String password, UserData data) {
		if (exists(username)) {
			throw new FieldRejectedException("username", "user.username.taken");
		}
		checkBinding(data);
		return this.users.save(new UserAccount(username, this.passwordEncoder.encode(password), data)).getId();
	}

	/**
	 * Changes an account's name, roles and binding.
	 * @param id the user
	 * @param version the version the change was made from
	 * @param data roles and binding
	 */
	@Transactional
	public void update(long id, long version, UserData data) {
		UserAccount user = find(id);
		ConcurrentChangeException.check("User", id, version, user.getVersion());
		checkBinding(data);
		user.apply(data);
	}

	private void checkBinding(UserData data) {
		if (data.roles().isEmpty()) {
			throw new FieldRejectedException("roles", "user.roles.required");
		}
		if (data.roles().contains(Role.EMPLOYER) && data.departmentId() == null) {
			throw new FieldRejectedException("departmentId", "user.department.requiredForEmployer");
		}
		if (data.departmentId() != null && !data.roles().contains(Role.EMPLOYER)
				&& !data.roles().contains(Role.MANAGER)) {
			throw new FieldRejectedException("departmentId", "user.department.onlyEmployerOrManager");
		}
		if (data.departmentId() != null) {
			this.organisation.department(data.departmentId());
		}
		if (!data.unitIds().isEmpty()) {
			List<UnitSummary> units = this.organisation.units(data.unitIds());
			boolean allInDepartment = units.size() == data.unitIds().size() && units.stream()
				.allMatch((u) -> data.departmentId() != null && u.departmentId() == data.departmentId());
			if (!allInDepartment || !data.roles().contains(Role.EMPLOYER)) {
				throw new FieldRejectedException("unitIds", "user.units.notInDepartment");
			}
		}
	}

	/**
	 * Sets a new password chosen by an administrator, and lifts a lock.
	 * @param id the user
	 * @param newPassword the new password
	 */
	@Transactional
	public void resetPassword(long id, String newPassword) {
		find(id).changePassword(this.passwordEncoder.encode(newPassword));
	}

	/**
	 * Changes the user's own password, after checking the current one.
	 * @param id the user
	 * @param currentPassword the password the user gave as current
	 * @param newPassword the new password
	 */
	@Transactional
	public void changeOwnPassword(long id, String currentPassword, String newPassword) {
		UserAccount user = find(id);
		if (!this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new FieldRejectedException("currentPassword", "password.current.wrong");
		}
		user.changePassword(this.passwordEncoder.encode(newPassword));
	}

	/**
	 * Lets an account log in, or stops it.
	 * @param id the user
	 * @param version the version the change was made from
	 * @param active the new state
	 */
	@Transactional
	public void setActive(long id, long version, boolean active) {
		UserAccount user = find(id);
		ConcurrentChangeException.check("User", id, version, user.getVersion());
		user.setActive(active);
	}

	/**
	 * Lifts a lock after failed logins.
	 * @param id the user
	 */
	@Transactional
	public void unlock(long id) {
		find(id).unlock();
	}

	/**
	 * Whether any active user has the role.
	 * @param role the role
	 * @return true if one has
	 */
	public boolean anyActiveWithRole(Role role) {
		return this.users.anyActiveWithRole(role);
	}

	/**
	 * Whether an account with this login name exists, active or not.
	 * @param username login name
	 * @return true if it exists
	 */
	public boolean exists(String username) {
		return this.users.existsByUsername(username.trim().toLowerCase(Locale.ROOT));
	}

	/**
	 * The ids of the active users with a role (every manager, say, to notify them).
	 * @param role the role
	 * @return the user ids
	 */
	public java.util.Set<Long> activeIdsWithRole(Role role) {
		return this.users.activeWithRole(role)
			.stream()
			.map(UserRepository.IdAndName::getId)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	/**
	 * Several users, in one query (for instance the recipients of a notification).
	 * @param ids user ids
	 * @return those that exist, in no particular order
	 */
	public List<UserSummary> users(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.users.findByIdIn(ids).stream().map((u) -> u.toSummary(this.clock.instant())).toList();
	}

	private UserAccount find(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
	}

}
