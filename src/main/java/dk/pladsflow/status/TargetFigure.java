package dk.pladsflow.status;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A department's targets for a calendar year, or a unit's share of them.
 */
@Entity
@Table(name = "target_figure")
class TargetFigure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long departmentId;

	private Long unitId;

	@Column(nullable = false)
	private int year;

	private BigDecimal combinedTarget;

	@Column(name = "flexjob_target")
	private Integer flexJobTarget;

	@Version
	private long version;

	protected TargetFigure() {
	}

	TargetFigure(long departmentId, Long unitId, int year) {
		this.departmentId = departmentId;
		this.unitId = unitId;
		this.year = year;
	}

	void set(BigDecimal combinedTarget, Integer flexJobTarget) {
		this.combinedTarget = combinedTarget;
		this.flexJobTarget = flexJobTarget;
	}

	long getVersion() {
		return this.version;
	}

	Targets toTargets() {
		return new Targets(this.departmentId, this.unitId, this.year, this.combinedTarget, this.flexJobTarget,
				this.version);
	}

}
