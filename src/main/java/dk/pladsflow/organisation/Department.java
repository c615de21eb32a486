package dk.pladsflow.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "department")
class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	private boolean oneCvMode;

	private Long contactConsultantId;

	private boolean active = true;

	@Version
	private long version;

	protected Department() {
	}

	Department(DepartmentData data) {
		apply(data);
	}

	void apply(DepartmentData data) {
		this.code = data.code().trim().toUpperCase(java.util.Locale.ROOT);
		this.name = data.name().trim();
		this.oneCvMode = data.oneCvMode();
		this.contactConsultantId = data.contactConsultantId();
	}

	void setActive(boolean active) {
		this.active = active;
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	Long getContactConsultantId() {
		return this.contactConsultantId;
	}

	long getVersion() {
		return this.version;
	}

	DepartmentSummary toSummary() {
		return new DepartmentSummary(this.id, this.code, this.name, this.oneCvMode, this.contactConsultantId,
				this.active, this.version);
	}

}
