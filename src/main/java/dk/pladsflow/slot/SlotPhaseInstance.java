package dk.pladsflow.slot;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One stretch of a slot in one phase (issue 12): when it began, its deadline, when and
 * how it ended. Part of the {@link SubsidySlot} aggregate, written only by its
 * transitions; the quality measures read the table.
 */
@Entity
@Table(name = "slot_phase_instance")
class SlotPhaseInstance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "slot_id")
	private SubsidySlot slot;

	private long departmentId;

	private long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SlotPhase phase;

	@Column(nullable = false)
	private Instant openedAt;

	@Column(nullable = false)
	private Instant startedAt;

	private Instant deadline;

	private Instant endedAt;

	@Enumerated(EnumType.STRING)
	private PhaseOutcome outcome;

	protected SlotPhaseInstance() {
	}

	SlotPhaseInstance(SubsidySlot slot, SlotPhase phase, Instant openedAt, Instant startedAt, Instant deadline) {
		this.slot = slot;
		this.departmentId = slot.getDepartmentId();
		this.unitId = slot.getUnitId();
		this.phase = phase;
		this.openedAt = openedAt;
		this.startedAt = startedAt;
		this.deadline = deadline;
	}

	void end(PhaseOutcome how, Instant at) {
		this.endedAt = at;
		this.outcome = how;
	}

	boolean isRunning() {
		return this.endedAt == null;
	}

	SlotPhase getPhase() {
		return this.phase;
	}

	Instant getOpenedAt() {
		return this.openedAt;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	Instant getDeadline() {
		return this.deadline;
	}

	Instant getEndedAt() {
		return this.endedAt;
	}

	PhaseOutcome getOutcome() {
		return this.outcome;
	}

}
