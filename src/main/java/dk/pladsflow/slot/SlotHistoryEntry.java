package dk.pladsflow.slot;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One line of a slot's history: who did what, when. Never changed once written; never
 * holds a CPR number.
 */
@Entity
@Table(name = "slot_history")
class SlotHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "slot_id")
	private SubsidySlot slot;

	@Column(nullable = false)
	private Instant at;

	private Long actorId;

	@Column(nullable = false)
	private String actorName;

	@Column(nullable = false)
	private String action;

	private String details;

	protected SlotHistoryEntry() {
	}

	SlotHistoryEntry(SubsidySlot slot, Instant at, Actor actor, String action, String details) {
		this.slot = slot;
		this.at = at;
		this.actorId = actor.id();
		this.actorName = actor.name();
		this.action = action;
		this.details = details;
	}

	String getAction() {
		return this.action;
	}

	String getDetails() {
		return this.details;
	}

	Instant getAt() {
		return this.at;
	}

	String getActorName() {
		return this.actorName;
	}

}
