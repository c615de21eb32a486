package dk.pladsflow.user;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "app_user")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String username;

	@Column(nullable = false)
	private String displayName;

	private String email;

	@Column(nullable = false)
	private String passwordHash;

	private Long departmentId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_unit", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "unit_id")
	private Set<Long> unitIds = new HashSet<>();

	private boolean active = true;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, UserData data) {
		this.username = username.trim().toLowerCase(java.util.Locale.ROOT);
		this.passwordHash = passwordHash;
		apply(data);
	}

	void apply(UserData data) {
		this.displayName = data.displayName().trim();
		this.email = (data.email() == null || data.email().isBlank()) ? null : data.email().trim();
		this.roles.clear();
		this.roles.addAll(data.roles());
		this.departmentId = data.departmentId();
		this.unitIds.clear();
		this.unitIds.addAll(data.unitIds());
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	boolean isActive() {
		return this.active;
	}

	/**
	 * What decides what the user may do, as a value: when it differs before and after a
	 * change, the user's sessions end.
	 * @return roles, department and units
	 */
	Rights rights() {
		return new Rights(Set.copyOf(this.roles), this.departmentId, Set.copyOf(this.unitIds));
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(this.id, this.username, this.displayName, Set.copyOf(this.roles), this.departmentId,
				Set.copyOf(this.unitIds), this.passwordHash, this.active);
	}

	/**
	 * The account as the administration and other modules see it.
	 * @param throttled whether logins to it are being delayed after failed attempts
	 * @return the summary
	 */
	UserSummary toSummary(boolean throttled) {
		return new UserSummary(this.id, this.username, this.displayName, this.email, Set.copyOf(this.roles),
				this.departmentId, Set.copyOf(this.unitIds), this.active, throttled, this.version);
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	long getVersion() {
		return this.version;
	}

	/**
	 * What decides what a user may do.
	 *
	 * @param roles the roles
	 * @param departmentId the bound department, or null
	 * @param unitIds the bound units
	 */
	record Rights(Set<Role> roles, Long departmentId, Set<Long> unitIds) {

	}

}
