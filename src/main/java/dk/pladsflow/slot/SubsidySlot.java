package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dk.pladsflow.placement.Scheme;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A subsidy slot: the aggregate of the flow. Its phase changes only through the methods
 * here; each checks the current state against {@link SlotPhase#next()}, sets the stored
 * deadline and records what happened in the history. The one place a phase changes is
 * {@link #move}: it also ends the running phase instance and begins the next (issue 12).
 */
@Entity
@Table(name = "slot")
class SubsidySlot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long departmentId;

	private long unitId;

	@Column(nullable = false)
	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Scheme scheme;

	@Column(nullable = false)
	private BigDecimal weeklyHours;

	private LocalDate wishedStart;

	@Column(nullable = false)
	private String contactPerson;

	private boolean notReplacingVacancy;

	private boolean representativeApproved;

	private boolean oneCvMode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SlotPhase phase;

	@Column(nullable = false)
	private Instant openedAt;

	private Instant deadline;

	private int roundNo;

	private Instant roundStartedAt;

	private Instant roundSentAt;

	private int roundSize;

	@OneToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "chosen_referral_id")
	private Referral chosenReferral;

	private Instant chosenAt;

	/**
	 * The longest reason for declining a citizen (the referral's column), declared once
	 * for the forms' validation and this aggregate's check. A problem note and a
	 * cancellation reason become a declined referral's reason, so the same limit holds
	 * for them.
	 */
	static final int MAX_REASON = 1000;

	/** The longest problem note: it becomes the reason of the declined referral. */
	static final int MAX_NOTE = MAX_REASON;

	private String problemNote;

	private Instant problemReportedAt;

	private boolean agreementSigned;

	private boolean contractSigned;

	private LocalDate agreedStart;

	private BigDecimal agreedWeeklyHours;

	private LocalDate subsidyEnd;

	private Long placementId;

	private Instant agreementFailedAt;

	private Instant vacantSince;

	private boolean doNotReopen;

	private long createdBy;

	@Version
	private long version;

	@OneToMany(mappedBy = "slot", cascade = CascadeType.ALL)
	@OrderBy("roundNo, id")
	private List<Referral> referrals = new ArrayList<>();

	@OneToMany(mappedBy = "slot", cascade = CascadeType.PERSIST)
	@OrderBy("at, id")
	private List<SlotHistoryEntry> history = new ArrayList<>();

	@OneToMany(mappedBy = "slot", cascade = CascadeType.PERSIST)
	@OrderBy("startedAt, id")
	private List<SlotPhaseInstance> phaseInstances = new ArrayList<>();

	protected SubsidySlot() {
	}

	/**
	 * Opens a slot: T0 is now, round 1 starts, phase 1's deadline runs.
	 * @param departmentId the unit's department
	 * @param details what the employer gave
	 * @param oneCvMode whether the department is in one-CV mode now
	 * @param settings durations and round sizes
	 * @param actor who opens it
	 * @param now the moment
	 * @return the new slot
	 */
	static SubsidySlot open(long departmentId, SlotDetails details, boolean oneCvMode, FlowSettings settings,
			Actor actor, Instant now) {
		SubsidySlot slot = new SubsidySlot();
		slot.departmentId = departmentId;
		slot.unitId = details.unitId();
		slot.title = details.title().trim();
		slot.description = (details.description() == null) ? null : details.description().trim();
		slot.scheme = details.scheme();
		slot.weeklyHours = details.weeklyHours();
		slot.wishedStart = details.wishedStart();
		slot.contactPerson = details.contactPerson().trim();
		slot.notReplacingVacancy = details.notReplacingVacancy();
		slot.representativeApproved = details.representativeApproved();
		slot.createdBy = actor.id();
		slot.startClock(oneCvMode, now);
		slot.begin(SlotPhase.REFERRAL, FlowSettings.daysAfter(now, settings.referralDays()), now);
		slot.record(now, actor, "OPENED", slot.title);
		return slot;
	}

	private void startClock(boolean oneCvMode, Instant now) {
		this.oneCvMode = oneCvMode;
		this.openedAt = now;
		this.roundNo = 0;
		startRound(now);
	}

	private void startRound(Instant now) {
		this.roundNo++;
		this.roundSize = 0;
		this.roundStartedAt = now;
		this.roundSentAt = null;
		this.chosenReferral = null;
		this.chosenAt = null;
		this.problemNote = null;
		this.problemReportedAt = null;
	}

	private static Instant referralDeadline(FlowSettings settings, Instant now) {
		return FlowSettings.daysAfter(now, settings.referralDays());
	}

	/**
	 * Refers a citizen in the current round (phase 1, or phase 2 while the round has
	 * room). The round is sent when it reaches its minimum: phase 2 begins with a new
	 * deadline.
	 * @param candidate the citizen and what the rules need to know of them
	 * @param settings durations and round sizes
	 * @param actor the consultant
	 * @param now the moment
	 */
	void refer(ReferralCandidate candidate, FlowSettings settings, Actor actor, Instant now) {
		if (!isRoundOpen()) {
			throw new SlotRuleException("slot.refer.notOpen");
		}
		if (!candidate.active()) {
			throw new SlotRuleException("slot.refer.citizenInactive");
		}
		if (candidate.inRunningPlacement()) {
			throw new SlotRuleException("slot.refer.citizenPlaced");
		}
		if (isReferredInThisOpening(candidate.citizenId())) {
			throw new SlotRuleException("slot.refer.alreadyReferred");
		}
		if (this.roundSize >= roundMaximum(settings)) {
			throw new SlotRuleException("slot.refer.roundFull", roundMaximum(settings));
		}
		this.referrals.add(new Referral(this, this.roundNo, candidate, actor, now));
		this.roundSize++;
		record(now, actor, "REFERRED", candidate.label());
		if (this.phase == SlotPhase.REFERRAL && this.roundSize >= roundMinimum(settings)) {
			move(SlotPhase.EMPLOYER_RESPONSE, PhaseOutcome.SENT, FlowSettings.daysAfter(now, settings.responseDays()),
					now);
			this.roundSentAt = now;
			record(now, actor, "ROUND_SENT", String.valueOf(this.roundNo));
		}
	}

	/**
	 * The employer's answer to the round (normal mode): one citizen chosen and the others
	 * declined, or all declined; every declined referral needs a reason. Declining all
	 * starts a new round in phase 1 with a new deadline.
	 * @param chosenCitizenId the chosen citizen, or null to decline all
	 * @param reasons reasons by citizen id
	 * @param settings durations
	 * @param actor the employer
	 * @param now the moment
	 */
	void answer(Long chosenCitizenId, Map<Long, String> reasons, FlowSettings settings, Actor actor, Instant now) {
		requirePhase(SlotPhase.EMPLOYER_RESPONSE);
		if (this.oneCvMode) {
			throw new SlotRuleException("slot.answer.oneCvMode");
		}
		List<Referral> round = proposedInRound();
		if (chosenCitizenId != null && round.stream().noneMatch((r) -> r.getCitizenId() == chosenCitizenId)) {
			throw new SlotRuleException("slot.answer.unknownReferral");
		}
		for (Referral referral : round) {
			if (!isChosen(referral, chosenCitizenId) && isBlank(reasons.get(referral.getCitizenId()))) {
				throw new SlotRuleException("slot.answer.reasonRequired");
			}
			checkLength(reasons.get(referral.getCitizenId()));
		}
		Referral chosen = null;
		for (Referral referral : round) {
			if (isChosen(referral, chosenCitizenId)) {
				chosen = referral;
			}
			else {
				referral.decline(reasons.get(referral.getCitizenId()).trim(), actor, now);
			}
		}
		if (chosen != null) {
			choose(chosen, settings, actor, now);
		}
		else {
			move(SlotPhase.REFERRAL, PhaseOutcome.DECLINED, referralDeadline(settings, now), now);
			record(now, actor, "ROUND_DECLINED", String.valueOf(this.roundNo));
			startRound(now);
		}
	}

	private static boolean isChosen(Referral referral, Long chosenCitizenId) {
		return chosenCitizenId != null && referral.getCitizenId() == chosenCitizenId;
	}

	/**
	 * One-CV mode: the employer confirms the hire of the one referred citizen.
	 * @param settings durations
	 * @param actor the employer
	 * @param now the moment
	 */
	void confirmHire(FlowSettings settings, Actor actor, Instant now) {
		requirePhase(SlotPhase.EMPLOYER_RESPONSE);
		if (!this.oneCvMode) {
			throw new SlotRuleException("slot.confirm.notOneCvMode");
		}
		choose(proposedInRound().get(0), settings, actor, now);
	}

	private void choose(Referral chosen, FlowSettings settings, Actor actor, Instant now) {
		move(SlotPhase.AGREEMENT, PhaseOutcome.CHOSEN, FlowSettings.daysAfter(now, settings.agreementDays()), now);
		chosen.choose(actor, now);
		this.chosenReferral = chosen;
		this.chosenAt = now;
		this.problemNote = null;
		this.problemReportedAt = null;
		this.agreedWeeklyHours = this.weeklyHours;
		this.agreedStart = this.wishedStart;
		record(now, actor, "CHOSEN", chosen.getCitizenLabel());
	}

	/**
	 * One-CV mode: the employer reports a problem with the referred citizen instead of
	 * confirming; it goes to the consultant. The deadline keeps running.
	 * @param note what the problem is
	 * @param actor the employer
	 * @param now the moment
	 */
	void reportProblem(String note, Actor actor, Instant now) {
		requirePhase(SlotPhase.EMPLOYER_RESPONSE);
		if (!this.oneCvMode) {
			throw new SlotRuleException("slot.confirm.notOneCvMode");
		}
		if (isBlank(note)) {
			throw new SlotRuleException("slot.problem.noteRequired");
		}
		checkLength(note);
		this.problemNote = note.trim();
		this.problemReportedAt = now;
		record(now, actor, "PROBLEM_REPORTED", this.problemNote);
	}

	/**
	 * The consultant resolves a reported problem: either the referral is withdrawn and a
	 * new round starts, or the problem is cleared and the employer can confirm.
	 * @param newRound whether to withdraw the referral and start a new round
	 * @param settings durations
	 * @param actor the consultant
	 * @param now the moment
	 */
	void resolveProblem(boolean newRound, FlowSettings settings, Actor actor, Instant now) {
		requirePhase(SlotPhase.EMPLOYER_RESPONSE);
		if (this.problemNote == null) {
			throw new SlotRuleException("slot.problem.none");
		}
		if (newRound) {
			String reason = this.problemNote;
			proposedInRound().forEach((r) -> r.decline(reason, actor, now));
			move(SlotPhase.REFERRAL, PhaseOutcome.WITHDRAWN, referralDeadline(settings, now), now);
			record(now, actor, "PROBLEM_NEW_ROUND", reason);
			startRound(now);
		}
		else {
			record(now, actor, "PROBLEM_CLEARED", this.problemNote);
			this.problemNote = null;
			this.problemReportedAt = null;
		}
	}

	/**
	 * Saves the agreement checklist as far as it is filled in.
	 * @param agreement the checklist
	 * @param actor who saved it
	 * @param now the moment
	 */
	void updateAgreement(AgreementData agreement, Actor actor, Instant now) {
		requirePhase(SlotPhase.AGREEMENT);
		this.agreementSigned = agreement.agreementSigned();
		this.contractSigned = agreement.contractSigned();
		this.agreedStart = agreement.startDate();
		this.agreedWeeklyHours = agreement.weeklyHours();
		this.subsidyEnd = agreement.subsidyEnd();
		this.notReplacingVacancy = agreement.notReplacingVacancy();
		this.representativeApproved = agreement.representativeApproved();
		record(now, actor, "AGREEMENT_UPDATED", null);
	}

	/**
	 * Completes the agreement: the checklist must be done and the legal checks must not
	 * refuse it. The slot is filled; the caller attaches the placement that starts.
	 * @param verdict the legal checks' findings for this agreement
	 * @param actor who completes it
	 * @param now the moment
	 */
	void fill(List<AgreementFinding> verdict, Actor actor, Instant now) {
		requirePhase(SlotPhase.AGREEMENT);
		if (!agreement().isComplete(this.scheme)) {
			throw new SlotRuleException("slot.agreement.incomplete");
		}
		Optional<AgreementFinding> refusal = verdict.stream().filter(AgreementFinding::refuses).findFirst();
		if (refusal.isPresent()) {
			throw new SlotRuleException(refusal.get().messageCode(), refusal.get().arguments());
		}
		move(SlotPhase.FILLED, PhaseOutcome.COMPLETED, null, now);
		withdrawOpenReferrals(Referral.WITHDRAWN_SLOT_FILLED, now);
		record(now, actor, "FILLED", null);
	}

	void attachPlacement(long placementId) {
		this.placementId = placementId;
	}

	/**
	 * The agreement falls through (the citizen withdraws, say): the chosen referral is
	 * declined with the reason and a new round starts.
	 * @param reason why
	 * @param settings durations
	 * @param actor who cancels
	 * @param now the moment
	 */
	void cancelAgreement(String reason, FlowSettings settings, Actor actor, Instant now) {
		requirePhase(SlotPhase.AGREEMENT);
		if (isBlank(reason)) {
			throw new SlotRuleException("slot.cancel.reasonRequired");
		}
		checkLength(reason);
		this.chosenReferral.decline(reason.trim(), actor, now);
		move(SlotPhase.REFERRAL, PhaseOutcome.FELL_THROUGH, referralDeadline(settings, now), now);
		this.agreementFailedAt = now;
		record(now, actor, "AGREEMENT_CANCELLED", reason.trim());
		startRound(now);
	}

	/**
	 * The placement has ended: the slot becomes VACANT, and its 26 weeks run from now.
	 * Unless the employer chose "do not reopen", the caller reopens it at once.
	 * @param endDate the placement's last day
	 * @param actor who ended it (or the system, when the end date passed)
	 * @param now the moment
	 */
	void placementEnded(LocalDate endDate, Actor actor, Instant now) {
		checkEndDate(endDate);
		move(SlotPhase.VACANT, PhaseOutcome.ENDED, null, now);
		this.vacantSince = now;
		record(now, actor, "PLACEMENT_ENDED", endDate.toString());
	}

	/**
	 * The employer registers a future last day of the running placement; the slot stays
	 * FILLED until that day has passed.
	 * @param endDate the last day
	 * @param actor the employer
	 * @param now the moment
	 */
	void placementEnds(LocalDate endDate, Actor actor, Instant now) {
		requirePhase(SlotPhase.FILLED);
		checkEndDate(endDate);
		record(now, actor, "PLACEMENT_END_SET", endDate.toString());
	}

	private void checkEndDate(LocalDate endDate) {
		if (this.agreedStart != null && endDate.isBefore(this.agreedStart)) {
			throw new SlotRuleException("slot.endPlacement.beforeStart");
		}
	}

	/**
	 * Whether an ended placement of this slot's current agreement is the one announced.
	 * @param citizenId the placement's citizen
	 * @param startDate its first day
	 * @return true while the slot is FILLED by that agreement
	 */
	boolean isFilledBy(Long citizenId, LocalDate startDate) {
		return this.phase == SlotPhase.FILLED && Objects.equals(this.agreedStart, startDate) && (citizenId == null
				|| this.chosenReferral == null || this.chosenReferral.getCitizenId() == citizenId.longValue());
	}

	/**
	 * The employer's choice for when a placement ends: reopen automatically (the default)
	 * or leave the slot VACANT.
	 * @param doNotReopen true to leave it VACANT
	 * @param actor the employer
	 * @param now the moment
	 */
	void chooseReopening(boolean doNotReopen, Actor actor, Instant now) {
		if (this.doNotReopen != doNotReopen) {
			this.doNotReopen = doNotReopen;
			record(now, actor, doNotReopen ? "DO_NOT_REOPEN" : "REOPEN_AUTOMATICALLY", null);
		}
	}

	/**
	 * Reopens a vacant or closed slot: a new T0, a new round, phase 1's deadline.
	 * @param oneCvMode the department's one-CV mode now
	 * @param settings durations
	 * @param actor the employer
	 * @param now the moment
	 */
	void reopen(boolean oneCvMode, FlowSettings settings, Actor actor, Instant now) {
		checkMove(SlotPhase.REFERRAL);
		this.agreementSigned = false;
		this.contractSigned = false;
		this.agreedStart = null;
		this.agreedWeeklyHours = null;
		this.subsidyEnd = null;
		this.placementId = null;
		this.agreementFailedAt = null;
		this.vacantSince = null;
		startClock(oneCvMode, now);
		move(SlotPhase.REFERRAL, PhaseOutcome.REOPENED, referralDeadline(settings, now), now);
		record(now, actor, "REOPENED", null);
	}

	/**
	 * Closes the slot.
	 * @param reason why
	 * @param actor who (or the closure job)
	 * @param now the moment
	 */
	void close(String reason, Actor actor, Instant now) {
		move(SlotPhase.CLOSED, PhaseOutcome.CLOSED, null, now);
		withdrawOpenReferrals(Referral.WITHDRAWN_SLOT_CLOSED, now);
		record(now, actor, "CLOSED", reason);
	}

	/**
	 * Records in the history a change made outside the flow (a hearing answered, an
	 * extension granted); the phase and deadline stay as they are.
	 * @param action what happened
	 * @param details the particulars
	 * @param actor who
	 * @param now the moment
	 */
	void note(String action, String details, Actor actor, Instant now) {
		record(now, actor, action, details);
	}

	/**
	 * The one place a phase changes: checks the transition, ends the running phase
	 * instance with how it ended, and begins the next one with its deadline.
	 * @param to the next phase
	 * @param how how the current phase instance ends
	 * @param deadline the next phase's deadline (null outside phases 1-3)
	 * @param now the moment
	 */
	private void move(SlotPhase to, PhaseOutcome how, Instant deadline, Instant now) {
		checkMove(to);
		for (SlotPhaseInstance instance : this.phaseInstances) {
			if (instance.isRunning()) {
				instance.end(how, now);
			}
		}
		begin(to, deadline, now);
	}

	private void checkMove(SlotPhase to) {
		if (!this.phase.next().contains(to)) {
			throw new SlotRuleException("slot.transition.notAllowed");
		}
	}

	private void begin(SlotPhase to, Instant deadline, Instant now) {
		this.phase = to;
		this.deadline = deadline;
		this.phaseInstances.add(new SlotPhaseInstance(this, to, this.openedAt, now, deadline));
	}

	private void requirePhase(SlotPhase expected) {
		if (this.phase != expected) {
			throw new SlotRuleException("slot.phase.changed");
		}
	}

	/**
	 * Whether the citizen was referred to this slot since it was last opened (T0):
	 * "already referred" counts within one opening, so a reopened slot may get the same
	 * citizen again.
	 * @param citizenId the citizen
	 * @return true if referred since T0
	 */
	boolean isReferredInThisOpening(long citizenId) {
		return this.referrals.stream()
			.anyMatch((r) -> r.getCitizenId() == citizenId && !r.getReferredAt().isBefore(this.openedAt));
	}

	/**
	 * Withdraws the referrals still waiting for an answer, when the slot no longer takes
	 * them (filled or closed); each keeps the reason as a code.
	 */
	private void withdrawOpenReferrals(String reasonCode, Instant now) {
		for (Referral referral : this.referrals) {
			if (referral.isProposed()) {
				referral.withdraw(reasonCode, now);
			}
		}
	}

	/**
	 * The citizen the one referral of a one-CV round proposes, whose hire the employer is
	 * about to confirm.
	 * @return the citizen, or null when the round has none
	 */
	Long citizenToConfirm() {
		List<Referral> round = proposedInRound();
		return round.isEmpty() ? null : round.get(0).getCitizenId();
	}

	private List<Referral> proposedInRound() {
		return this.referrals.stream().filter((r) -> r.getRoundNo() == this.roundNo && r.isProposed()).toList();
	}

	private void record(Instant now, Actor actor, String action, String details) {
		this.history.add(new SlotHistoryEntry(this, now, actor, action, details));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * Whether the current round takes referrals: phase 1, or phase 2 of a slot that is
	 * not in one-CV mode.
	 */
	private boolean isRoundOpen() {
		return this.phase == SlotPhase.REFERRAL || (this.phase == SlotPhase.EMPLOYER_RESPONSE && !this.oneCvMode);
	}

	/**
	 * Whether a consultant may refer now: in phase 1, or in phase 2 while the round is
	 * open and has room.
	 * @param settings the round sizes
	 * @return true if so
	 */
	boolean mayRefer(FlowSettings settings) {
		return this.phase == SlotPhase.REFERRAL || (isRoundOpen() && this.roundSize < roundMaximum(settings));
	}

	int roundMinimum(FlowSettings settings) {
		return this.oneCvMode ? 1 : settings.roundMinimum();
	}

	int roundMaximum(FlowSettings settings) {
		return this.oneCvMode ? 1 : settings.roundMaximum();
	}

	/**
	 * How many more referrals the current round needs before it is sent.
	 * @param settings round sizes
	 * @return 0 outside phase 1
	 */
	int referralsNeeded(FlowSettings settings) {
		return (this.phase == SlotPhase.REFERRAL) ? Math.max(0, roundMinimum(settings) - this.roundSize) : 0;
	}

	AgreementData agreement() {
		return new AgreementData(this.agreementSigned, this.contractSigned, this.agreedStart, this.agreedWeeklyHours,
				this.subsidyEnd, this.notReplacingVacancy, this.representativeApproved);
	}

	Long getId() {
		return this.id;
	}

	long getDepartmentId() {
		return this.departmentId;
	}

	long getUnitId() {
		return this.unitId;
	}

	String getTitle() {
		return this.title;
	}

	String getDescription() {
		return this.description;
	}

	Scheme getScheme() {
		return this.scheme;
	}

	BigDecimal getWeeklyHours() {
		return this.weeklyHours;
	}

	LocalDate getWishedStart() {
		return this.wishedStart;
	}

	String getContactPerson() {
		return this.contactPerson;
	}

	boolean isOneCvMode() {
		return this.oneCvMode;
	}

	SlotPhase getPhase() {
		return this.phase;
	}

	Instant getOpenedAt() {
		return this.openedAt;
	}

	Instant getDeadline() {
		return this.deadline;
	}

	int getRoundNo() {
		return this.roundNo;
	}

	int getRoundSize() {
		return this.roundSize;
	}

	Instant getRoundSentAt() {
		return this.roundSentAt;
	}

	Referral getChosenReferral() {
		return this.chosenReferral;
	}

	Instant getChosenAt() {
		return this.chosenAt;
	}

	String getProblemNote() {
		return this.problemNote;
	}

	Long getPlacementId() {
		return this.placementId;
	}

	boolean isDoNotReopen() {
		return this.doNotReopen;
	}

	/**
	 * Whether the slot is unused: phase 1 or 2, or VACANT (phase 3 is not: an agreement
	 * is being signed).
	 * @return true if the closure of unused slots applies
	 */
	boolean isUnused() {
		return this.phase == SlotPhase.REFERRAL || this.phase == SlotPhase.EMPLOYER_RESPONSE
				|| this.phase == SlotPhase.VACANT;
	}

	/**
	 * When the current 26 weeks began: the day the slot became VACANT, otherwise T0.
	 * @return the start of the closure period
	 */
	Instant closurePeriodStart() {
		return (this.phase == SlotPhase.VACANT && this.vacantSince != null) ? this.vacantSince : this.openedAt;
	}

	/**
	 * When the slot last became unused in this period: the period's start, or the moment
	 * an agreement fell through if that is later.
	 * @return the moment
	 */
	Instant unusedSince() {
		Instant start = closurePeriodStart();
		return (this.phase != SlotPhase.VACANT && this.agreementFailedAt != null
				&& this.agreementFailedAt.isAfter(start)) ? this.agreementFailedAt : start;
	}

	long getVersion() {
		return this.version;
	}

	List<Referral> getReferrals() {
		return List.copyOf(this.referrals);
	}

	List<SlotHistoryEntry> getHistory() {
		return List.copyOf(this.history);
	}

	List<SlotPhaseInstance> getPhaseInstances() {
		return List.copyOf(this.phaseInstances);
	}

	boolean isOverdue(Instant now) {
		return this.deadline != null && this.deadline.isBefore(now);
	}

	@Override
	public String toString() {
		return "SubsidySlot[" + Objects.toString(this.id) + ", " + this.phase + "]";
	}

	private static void checkLength(String text) {
		if (text != null && text.trim().length() > MAX_REASON) {
			throw new SlotRuleException("slot.text.tooLong", MAX_REASON);
		}
	}

}
