package dk.pladsflow.citizen;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One read of a full record, or one change: who, when, what. Never changed or deleted.
 */
@Entity
@Table(name = "citizen_access_log")
class CitizenAccessLog {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long citizenId;

	@Column(nullable = false)
	private long userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CitizenAccess action;

	@Column(nullable = false)
	private Instant at;

	protected CitizenAccessLog() {
	}

	CitizenAccessLog(long citizenId, long userId, CitizenAccess action, Instant at) {
		this.citizenId = citizenId;
		this.userId = userId;
		this.action = action;
		this.at = at;
	}

	long getUserId() {
		return this.userId;
	}

	CitizenAccess getAction() {
		return this.action;
	}

	Instant getAt() {
		return this.at;
	}

}
