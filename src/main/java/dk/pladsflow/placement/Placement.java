package dk.pladsflow.placement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One citizen's period in one scheme at one workplace.
 */
@Entity
@Table(name = "placement")
class Placement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long departmentId;

	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Scheme scheme;

	@Column(nullable = false)
	private LocalDate startDate;

	private LocalDate endDate;

	@Column(nullable = false)
	private String citizenRef;

	private Long citizenId;

	private Long slotId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Sector sector;

	@Version
	private long version;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected Placement() {
	}

	Placement(PlacementData data, Instant now) {
		this.departmentId = data.departmentId();
		this.unitId = data.unitId();
		this.scheme = data.scheme();
		this.startDate = data.startDate();
		this.endDate = data.endDate();
		this.citizenRef = data.citizenRef();
		this.citizenId = data.citizenId();
		this.slotId = data.slotId();
		this.sector = data.sector();
		this.createdAt = now;
	}

	/**
	 * Ends the placement (or moves its end).
	 * @param endDate the last day
	 */
	void end(LocalDate endDate) {
		if (endDate.isBefore(this.startDate)) {
			throw new IllegalArgumentException("a placement cannot end before it starts");
		}
		this.endDate = endDate;
	}

	Long getId() {
		return this.id;
	}

	PlacementSummary toSummary() {
		return new PlacementSummary(this.id, this.departmentId, this.unitId, this.scheme, this.startDate, this.endDate,
				this.citizenRef, this.slotId, this.sector, this.version);
	}

}
