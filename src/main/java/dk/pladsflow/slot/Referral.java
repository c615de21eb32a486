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
import jakarta.persistence.Version;

/**
 * One citizen proposed for one slot in one round. Changed only through its slot.
 */
@Entity
@Table(name = "referral")
class Referral {

	/** The reason code of a referral withdrawn because its slot was filled. */
	static final String WITHDRAWN_SLOT_FILLED = "SLOT_FILLED";

	/** The reason code of a referral withdrawn because its slot was closed. */
	static final String WITHDRAWN_SLOT_CLOSED = "SLOT_CLOSED";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "slot_id")
	private SubsidySlot slot;

	private int roundNo;

	private long citizenId;

	private String citizenLabel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReferralState state;

	private String reason;

	private long referredBy;

	private Instant referredAt;

	private Long answeredBy;

	private Instant answeredAt;

	@Version
	private long version;

	protected Referral() {
	}

	Referral(SubsidySlot slot, int roundNo, ReferralCandidate citizen, Actor actor, Instant now) {
		this.slot = slot;
		this.roundNo = roundNo;
		this.citizenId = citizen.citizenId();
		this.citizenLabel = citizen.label();
		this.state = ReferralState.PROPOSED;
		this.referredBy = actor.id();
		this.referredAt = now;
	}

	void choose(Actor actor, Instant now) {
		this.state = ReferralState.CHOSEN;
		answered(actor, now);
	}

	void decline(String reason, Actor actor, Instant now) {
		this.state = ReferralState.DECLINED;
		this.reason = reason;
		answered(actor, now);
	}

	/**
	 * Withdraws the referral: its slot no longer takes it (filled or closed). Nobody
	 * answered it, so the answer's fields stay empty.
	 * @param reasonCode why, as a code ({@code SLOT_FILLED}, {@code SLOT_CLOSED})
	 * @param now the moment
	 */
	void withdraw(String reasonCode, Instant now) {
		this.state = ReferralState.WITHDRAWN;
		this.reason = reasonCode;
		this.answeredAt = now;
	}

	private void answered(Actor actor, Instant now) {
		this.answeredBy = actor.id();
		this.answeredAt = now;
	}

	boolean isProposed() {
		return this.state == ReferralState.PROPOSED;
	}

	Long getId() {
		return this.id;
	}

	int getRoundNo() {
		return this.roundNo;
	}

	long getCitizenId() {
		return this.citizenId;
	}

	String getCitizenLabel() {
		return this.citizenLabel;
	}

	ReferralState getState() {
		return this.state;
	}

	String getReason() {
		return this.reason;
	}

	Instant getReferredAt() {
		return this.referredAt;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

}
