package dk.pladsflow.citizen;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "citizen")
class Citizen {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String caseReference;

	private String cpr;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	private int targetGroup;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Benefit benefit;

	@Enumerated(EnumType.STRING)
	private Readiness readiness;

	private String jobGoal;

	private boolean cvReady;

	@Column(nullable = false)
	private LocalDate waitingSince;

	private boolean active = true;

	@Version
	private long version;

	protected Citizen() {
	}

	Citizen(CitizenData data) {
		apply(data);
	}

	void apply(CitizenData data) {
		this.name = data.name().trim();
		this.caseReference = data.caseReference().trim();
		this.cpr = (data.cpr() != null) ? data.cpr().value() : null;
		this.targetGroup = data.targetGroup();
		this.benefit = data.benefit();
		this.readiness = data.benefit().assessedForReadiness() ? data.readiness() : null;
		this.jobGoal = (data.jobGoal() == null || data.jobGoal().isBlank()) ? null : data.jobGoal().trim();
		this.cvReady = data.cvReady();
		this.waitingSince = data.waitingSince();
		this.active = data.active();
	}

	/**
	 * What an import row changes on this citizen: an empty CPR or readiness cell keeps
	 * the stored value, and the active flag stays as it is.
	 */
	CitizenData mergeImport(CitizenData imported) {
		CprNumber keptCpr = (imported.cpr() != null) ? imported.cpr()
				: ((this.cpr != null) ? new CprNumber(this.cpr) : null);
		return new CitizenData(imported.name(), imported.caseReference(), keptCpr, imported.targetGroup(),
				imported.benefit(), imported.jobGoal(), imported.cvReady(), imported.waitingSince(), this.active,
				(imported.readiness() != null) ? imported.readiness() : this.readiness);
	}

	Long getId() {
		return this.id;
	}

	String getCaseReference() {
		return this.caseReference;
	}

	String getCpr() {
		return this.cpr;
	}

	long getVersion() {
		return this.version;
	}

	CitizenRecord toRecord() {
		return new CitizenRecord(this.id, this.name, this.caseReference, this.cpr, this.targetGroup, this.benefit,
				this.jobGoal, this.cvReady, this.waitingSince, this.active, this.version, this.readiness);
	}

	CitizenSummary toSummary() {
		return new CitizenSummary(this.id, this.name, this.caseReference, CprNumber.mask(this.cpr), this.targetGroup,
				this.benefit, this.jobGoal, this.cvReady, this.waitingSince, this.active, this.readiness);
	}

}
