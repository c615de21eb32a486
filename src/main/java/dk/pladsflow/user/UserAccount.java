package dk.pladsflow.user;

import java.time.Instant;
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

	private int failedLogins;

	private Instant lockedUntil;

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
		unlock();
	}

	void setActive(boolean active) {
		this.active = active;
	}

	/**
	 * Counts a failed login and locks the account once there are too many.
	 * @param now the time of the attempt
	 * @param maxFailures failures allowed before the lock
	 * @param lockFor how long the lock lasts
	 */
	void loginFailed(Instant now, int maxFailures, java.time.Duration lockFor) {
		this.failedLogins++;
		if (this.failedLogins >= maxFailures) {
			this.lockedUntil = now.plus(lockFor);
			this.failedLogins = 0;
		}
	}

	void unlock() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	CurrentUser toCurrentUser(Instant now) {
		return new CurrentUser(this.id, this.username, this.displayName, Set.copyOf(this.roles), this.departmentId,
				Set.copyOf(this.unitIds), this.passwordHash, this.active, !isLockedAt(now));
	}

	UserSummary toSummary(Instant now) {
		return new UserSummary(this.id, this.username, this.displayName, this.email, Set.copyOf(this.roles),
				this.departmentId, Set.copyOf(this.unitIds), this.active, isLockedAt(now), this.version);
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

}
