package dk.pladsflow.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "unit")
class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long departmentId;

	@Column(nullable = false)
	private String name;

	private String leaderName;

	private String leaderEmail;

	private Integer ordinaryEmployees;

	private boolean active = true;

	@Version
	private long version;

	protected Unit() {
	}

	Unit(long departmentId, UnitData data) {
		this.departmentId = departmentId;
		apply(data);
	}

	void apply(UnitData data) {
		this.name = data.name().trim();
		this.leaderName = blankToNull(data.leaderName());
		this.leaderEmail = blankToNull(data.leaderEmail());
		this.ordinaryEmployees = data.ordinaryEmployees();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	void setActive(boolean active) {
		this.active = active;
	}

	Long getId() {
		return this.id;
	}

	long getDepartmentId() {
		return this.departmentId;
	}

	long getVersion() {
		return this.version;
	}

	UnitSummary toSummary() {
		return new UnitSummary(this.id, this.departmentId, this.name, this.leaderName, this.leaderEmail,
				this.ordinaryEmployees, this.active, this.version);
	}

}
