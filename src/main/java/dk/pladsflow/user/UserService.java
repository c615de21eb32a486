package dk.pladsflow.user;

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

	private final PasswordPolicy passwordPolicy;

	private final UserSessions sessions;

	private final LoginThrottle throttle;

	UserService(UserRepository users, OrganisationService organisation, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, UserSessions sessions, LoginThrottle throttle) {
		this.users = users;
		this.organisation = organisation;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.sessions = sessions;
		this.throttle = throttle;
	}

	/**
	 * Refuses anyone who may not administer users: for the administrator's pages that
	 * show an empty form.
	 * @param by who asks
	 */
	public void checkAdminister(CurrentUser by) {
		by.checkAdminister();
	}

	/**
	 * One page of users, filtered by a part of name or login and by role.
	 * @param by who asks: an administrator
	 * @param text part of the name or login, or empty
	 * @param role a role, or null for all
	 * @param pageable the page, sorted
	 * @return the page
	 */
	public Page<UserSummary> search(CurrentUser by, String text, Role role, Pageable pageable) {
		by.checkAdminister();
		Page<Long> ids = this.users.searchIds(text.trim().toLowerCase(Locale.ROOT), role, pageable);
		Map<Long, UserAccount> byId = this.users.findByIdIn(ids.getContent())
			.stream()
			.collect(Collectors.toMap(UserAccount::getId, Function.identity()));
		java.util.Set<String> throttled = this.throttle
			.blockedAccounts(byId.values().stream().map(UserAccount::getUsername).toList());
		List<UserSummary> content = ids.getContent()
			.stream()
			.map(byId::get)
			.map((u) -> u.toSummary(throttled.contains(u.getUsername())))
			.toList();
		return new PageImpl<>(content, pageable, ids.getTotalElements());
	}

	/**
	 * A user by login name.
	 * @param username the login name
	 * @return the user, if any
	 */
	public java.util.Optional<UserSummary> byUsername(String username) {
		return this.users.findByUsername(username.trim().toLowerCase(Locale.ROOT)).map((u) -> u.toSummary(false));
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
			.map((u) -> u.toSummary(false))
			.map((u) -> new EmployerContact(u.id(), u.departmentId(), u.unitIds()))
			.toList();
	}

	/**
	 * One user, with everything the administrator's page shows.
	 * @param by who asks: an administrator
	 * @param id the id
	 * @return the user
	 */
	public UserSummary user(CurrentUser by, long id) {
		by.checkAdminister();
		UserAccount user = find(id);
		return user.toSummary(!this.throttle.blockedAccounts(List.of(user.getUsername())).isEmpty());
	}

	/**
	 * Creates an account.
	 * @param by who asks: an administrator
	 * @param username login name, unique
	 * @param password the first password
	 * @param data roles and binding
	 * @return the new user's id
	 */
	@Transactional
	public long create(CurrentUser by, String username, String password, UserData data) {
		by.checkAdminister();
		return createFirst(username, password, data);
	}

	/**
	 * Creates an account without asking who: the bootstrap administrator, when there is
	 * no administrator yet to ask. The password rule holds.
	 */
	@Transactional
	long createFirst(String username, String password, UserData data) {
		checkPassword("password", password);
		return createAccount(username, password, data);
	}

	/**
	 * Creates an account of the demo data set, whose password ({@code demo}) is exempt
	 * from the password rule. Only the demo data set calls this; it loads only when asked
	 * for ({@code pladsflow.demo-data=true}), never on a server by default.
	 * @param username login name, unique
	 * @param password the demo password
	 * @param data roles and binding
	 * @return the new user's id
	 */
	@Transactional
	public long createDemoUser(String username, String password, UserData data) {
		return createAccount(username, password, data);
	}

	private long createAccount(String username, String password, UserData data) {
		if (exists(username)) {
			throw new FieldRejectedException("username", "user.username.taken");
		}
		checkBinding(data);
		return this.users.save(new UserAccount(username, this.passwordEncoder.encode(password), data)).getId();
	}

	/**
	 * Refuses a password that breaks the rule ({@link PasswordPolicy}).
	 * @param field the form field it came from
	 * @param password the password
	 */
	private void checkPassword(String field, String password) {
		this.passwordPolicy.problem(password).ifPresent((code) -> {
			throw new FieldRejectedException(field, code);
		});
	}

	/**
	 * Changes an account's name, roles and binding.
	 * @param by who asks: an administrator
	 * @param id the user
	 * @param version the version the change was made from
	 * @param data roles and binding
	 */
	@Transactional
	public void update(CurrentUser by, long id, long version, UserData data) {
		by.checkAdminister();
		UserAccount user = find(id);
		ConcurrentChangeException.check("User", id, version, user.getVersion());
		checkBinding(data);
		UserAccount.Rights before = user.rights();
		user.apply(data);
		if (!before.equals(user.rights())) {
			this.sessions.endAll(user.getUsername(), null);
		}
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
	 * Sets a new password chosen by an administrator, lifts the delays after failed
	 * logins and ends the user's sessions.
	 * @param by who asks: an administrator
	 * @param id the user
	 * @param newPassword the new password
	 */
	@Transactional
	public void resetPassword(CurrentUser by, long id, String newPassword) {
		by.checkAdminister();
		checkPassword("newPassword", newPassword);
		UserAccount user = find(id);
		user.changePassword(this.passwordEncoder.encode(newPassword));
		this.throttle.clearAccount(user.getUsername());
		this.sessions.endAll(user.getUsername(), null);
	}

	/**
	 * Changes the user's own password, after checking the current one, and ends the
	 * user's other sessions. The check of the current password counts as a login attempt:
	 * a wrong one is counted by the login throttle, and while that blocks the user and
	 * address the current password is not even tried.
	 * @param id the user
	 * @param currentPassword the password the user gave as current
	 * @param newPassword the new password
	 * @param address the client address the change comes from
	 * @param sessionId the session making the change, which stays
	 */
	@Transactional(noRollbackFor = FieldRejectedException.class)
	public void changeOwnPassword(long id, String currentPassword, String newPassword, String address,
			String sessionId) {
		UserAccount user = find(id);
		LoginThrottle.Attempt attempt = this.throttle.attempt(user.getUsername(), address);
		if (attempt.blocked()) {
			throw new FieldRejectedException("currentPassword", "password.current.throttled");
		}
		if (!this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			this.throttle.failed(attempt);
			throw new FieldRejectedException("currentPassword", "password.current.wrong");
		}
		this.throttle.succeeded(attempt);
		checkPassword("newPassword", newPassword);
		user.changePassword(this.passwordEncoder.encode(newPassword));
		this.sessions.endAll(user.getUsername(), sessionId);
	}

	/**
	 * Lets an account log in, or stops it.
	 * @param by who asks: an administrator
	 * @param id the user
	 * @param version the version the change was made from
	 * @param active the new state
	 */
	@Transactional
	public void setActive(CurrentUser by, long id, long version, boolean active) {
		by.checkAdminister();
		UserAccount user = find(id);
		ConcurrentChangeException.check("User", id, version, user.getVersion());
		user.setActive(active);
		if (!active) {
			this.sessions.endAll(user.getUsername(), null);
		}
	}

	/**
	 * Lifts the delays after failed logins of the user, from every address.
	 * @param by who asks: an administrator
	 * @param id the user
	 */
	@Transactional
	public void unlock(CurrentUser by, long id) {
		by.checkAdminister();
		this.throttle.clearAccount(find(id).getUsername());
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
		return this.users.findByIdIn(ids).stream().map((u) -> u.toSummary(false)).toList();
	}

	private UserAccount find(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
	}

}
