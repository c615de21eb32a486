package dk.pladsflow.slot;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.citizen.CitizenSummary;
import dk.pladsflow.citizen.TargetGroups;
import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.placement.PlacementClash;
import dk.pladsflow.placement.PlacementData;
import dk.pladsflow.notification.NotificationMessage;
import dk.pladsflow.notification.Notifier;
import dk.pladsflow.placement.PlacementAgreed;
import dk.pladsflow.placement.PlacementEnded;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.web.Dates;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.user.CurrentUser;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The slot flow's facade. Every method takes the acting user and checks here, in the
 * service, that they may: an employer acts only on slots of their department (and of
 * their units, when bound to units); a consultant on every slot; a manager only reads. A
 * slot that does not exist is a 404; one the user may not see is a 403.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties({ FlowSettings.class, AgreementSettings.class })
public class SlotService {

	private final SlotRepository slots;

	private final SlotQueries queries;

	private final OrganisationService organisation;

	private final CitizenService citizens;

	private final PlacementService placements;

	private final FlowSettings settings;

	private final AgreementSettings agreementSettings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Notifier notifier;

	SlotService(SlotRepository slots, SlotQueries queries, OrganisationService organisation, CitizenService citizens,
			PlacementService placements, FlowSettings settings, AgreementSettings agreementSettings, Clock clock,
			ApplicationEventPublisher events, Notifier notifier) {
		this.slots = slots;
		this.queries = queries;
		this.organisation = organisation;
		this.citizens = citizens;
		this.placements = placements;
		this.settings = settings;
		this.agreementSettings = agreementSettings;
		this.clock = clock;
		this.events = events;
		this.notifier = notifier;
	}

	// --- reading ---------------------------------------------------------------

	/**
	 * A page of slots the user may see: employers and department managers see only their
	 * department (whatever the filter says), employers bound to units only those units.
	 * @param user the user
	 * @param filter the filter
	 * @param pageable the page
	 * @return the page, sorted by deadline
	 */
	public Page<SlotRow> list(CurrentUser user, SlotFilter filter, Pageable pageable) {
		return this.queries.list(scoped(user, filter), this.clock.instant(), this.settings, pageable);
	}

	/**
	 * A page of the consultants' work list: the open phases, by deadline.
	 * @param user the user: a consultant
	 * @param department only this department, or null
	 * @param overdueOnly only overdue slots
	 * @param pageable the page
	 * @return the page
	 * @throws ForbiddenException for anyone but a consultant
	 */
	public Page<SlotRow> worklist(CurrentUser user, Long department, boolean overdueOnly, Pageable pageable) {
		ForbiddenException.unless(user.may().worklist(), "the worklist is the consultants'");
		return list(user, SlotFilter.worklist(department, overdueOnly), pageable);
	}

	/**
	 * The units the user may open a slot in: the active units of an employer's department
	 * (of their own units, for an employer bound to units).
	 * @param user the user: an employer bound to a department
	 * @return the units
	 * @throws ForbiddenException for anyone else
	 */
	public List<UnitSummary> openableUnits(CurrentUser user) {
		ForbiddenException.unless(user.may().openSlots(), "employers only");
		return this.organisation.units(user.departmentId())
			.stream()
			.filter((u) -> u.active() && (user.unitIds().isEmpty() || user.unitIds().contains(u.id())))
			.toList();
	}

	private SlotFilter scoped(CurrentUser user, SlotFilter filter) {
		if (user.seesEveryDepartment()) {
			return filter;
		}
		if (user.departmentId() == null) {
			throw new ForbiddenException("no department");
		}
		Set<Long> units = filter.unitIds();
		if (isUnitBoundEmployer(user)) {
			if (!user.unitIds().containsAll(units)) {
				throw new ForbiddenException("units of another employer");
			}
			units = units.isEmpty() ? user.unitIds() : units;
		}
		return new SlotFilter(user.departmentId(), units, filter.phases(), filter.overdueOnly());
	}

	private static boolean isUnitBoundEmployer(CurrentUser user) {
		return user.may().slotActions() && !user.unitIds().isEmpty() && !user.may().managerOverview();
	}

	/**
	 * A department's slots with the age of their current period, for the half-yearly
	 * follow-up: the unused first, the oldest first; closed slots are left out. Scoped
	 * like {@link #list}.
	 * @param user the user
	 * @param departmentId the department
	 * @param pageable the page
	 * @return the page
	 */
	public Page<SlotAge> ages(CurrentUser user, long departmentId, Pageable pageable) {
		return this.queries.ages(scoped(user, new SlotFilter(departmentId, Set.of(), Set.of(), false)), today(),
				pageable);
	}

	/**
	 * A slot's page.
	 * @param user the user
	 * @param id the slot
	 * @return the view
	 */
	public SlotView view(CurrentUser user, long id) {
		SubsidySlot slot = readable(user, id);
		return toView(user, slot);
	}

	/**
	 * Citizens to suggest for a slot (consultants).
	 * @param user the consultant
	 * @param slotId the slot
	 * @param search part of a name, or a case reference; empty for the best matches
	 * @return up to 20 suggestions
	 */
	public List<Suggestion> suggestions(CurrentUser user, long slotId, String search) {
		requireConsultant(user);
		SubsidySlot slot = find(slotId);
		return this.queries.suggestions(slot.getId(), slot.getOpenedAt(), slot.getTitle(), slot.getScheme(), search, 20,
				(ids) -> this.placements.placedOn(ids, today()));
	}

	// --- the employer ------------------------------------------------------------

	/**
	 * Opens a slot in one of the employer's units.
	 * @param user the employer
	 * @param details what the employer gave
	 * @return the new slot's id
	 */
	@Transactional
	public long open(CurrentUser user, SlotDetails details) {
		UnitSummary unit = this.organisation.unit(details.unitId());
		if (!user.may().slotActions() || !mayActOn(user, unit.departmentId(), unit.id())) {
			throw new ForbiddenException("not the employer of this unit");
		}
		if (!unit.active()) {
			throw new SlotRuleException("slot.open.unitInactive");
		}
		DepartmentSummary department = this.organisation.department(unit.departmentId());
		SubsidySlot slot = SubsidySlot.open(department.id(), details, department.oneCvMode(), this.settings,
				Actor.of(user), now());
		return this.slots.save(slot).getId();
	}

	/**
	 * The employer answers the round: one citizen chosen (the others declined) or all
	 * declined, each decline with a reason.
	 * @param user the employer
	 * @param slotId the slot
	 * @param version the version the answer was made from
	 * @param chosenCitizenId the chosen citizen, or null to decline all
	 * @param reasons reasons by citizen id
	 */
	@Transactional
	public void answer(CurrentUser user, long slotId, long version, Long chosenCitizenId, Map<Long, String> reasons) {
		SubsidySlot slot = asEmployer(user, slotId, version);
		refuseDoubleHireAtStart(slot, chosenCitizenId);
		slot.answer(chosenCitizenId, reasons, this.settings, Actor.of(user), now());
	}

	/**
	 * One-CV mode: the employer confirms the hire.
	 * @param user the employer
	 * @param slotId the slot
	 * @param version the version the answer was made from
	 */
	@Transactional
	public void confirmHire(CurrentUser user, long slotId, long version) {
		SubsidySlot slot = asEmployer(user, slotId, version);
		refuseDoubleHireAtStart(slot, slot.citizenToConfirm());
		slot.confirmHire(this.settings, Actor.of(user), now());
	}

	/**
	 * One-CV mode: the employer reports a problem to the consultant.
	 * @param user the employer
	 * @param slotId the slot
	 * @param version the version the report was made from
	 * @param note the problem
	 */
	@Transactional
	public void reportProblem(CurrentUser user, long slotId, long version, String note) {
		asEmployer(user, slotId, version).reportProblem(note, Actor.of(user), now());
	}

	/**
	 * The employer registers the running placement's last day. A day that has passed
	 * (today included: the placement ended early) frees the slot at once: it is reopened
	 * automatically, or left VACANT if the employer chose "do not reopen". A later day is
	 * kept on the placement, and the slot is freed when that day has passed
	 * ({@link #placementEnded(PlacementEnded)}).
	 * @param user the employer
	 * @param slotId the slot
	 * @param version the version the change was made from
	 * @param endDate the placement's last day
	 */
	@Transactional
	public void endPlacement(CurrentUser user, long slotId, long version, LocalDate endDate) {
		SubsidySlot slot = asEmployer(user, slotId, version);
		LocalDate startDate = slot.agreement().startDate();
		if (endDate.isAfter(today())) {
			slot.placementEnds(endDate, Actor.of(user), now());
		}
		else {
			free(slot, endDate, Actor.of(user));
		}
		if (!this.placements.endOfSlot(slotId, startDate, endDate)) {
			// the placement starts just after the slot's commit; not there yet: nothing
			// saved
			throw new SlotRuleException("slot.endPlacement.notStarted");
		}
	}

	/**
	 * The employer chooses what happens when the slot's placement ends: reopen
	 * automatically (the default) or "do not reopen" (the slot becomes VACANT and waits).
	 * @param user the employer
	 * @param slotId the slot
	 * @param version the version the choice was made from
	 * @param doNotReopen true for "do not reopen"
	 */
	@Transactional
	public void chooseReopening(CurrentUser user, long slotId, long version, boolean doNotReopen) {
		asEmployer(user, slotId, version).chooseReopening(doNotReopen, Actor.of(user), now());
	}

	/**
	 * Placement ended → slot freed: the listener's work (see {@link SlotReactions}). Only
	 * a slot still FILLED by that placement's agreement is freed, so a resubmitted or
	 * repeated event, or one for a slot the employer freed already, changes nothing.
	 * @param ended the placement that ended
	 * @return whether the slot was freed now
	 */
	@Transactional
	public boolean placementEnded(PlacementEnded ended) {
		SubsidySlot slot = this.slots.findById(ended.slotId()).orElse(null);
		if (slot == null || !slot.isFilledBy(ended.citizenId(), ended.startDate())) {
			return false;
		}
		free(slot, ended.endDate(), Actor.SYSTEM);
		return true;
	}

	/**
	 * The placement has ended: VACANT, and unless the employer chose "do not reopen",
	 * reopened at once with a new T0 and the contact consultant told.
	 */
	private void free(SubsidySlot slot, LocalDate endDate, Actor actor) {
		Instant now = now();
		slot.placementEnded(endDate, actor, now);
		if (slot.isDoNotReopen()) {
			return;
		}
		DepartmentSummary department = this.organisation.department(slot.getDepartmentId());
		slot.reopen(department.oneCvMode(), this.settings, Actor.SYSTEM, now);
		if (department.contactConsultantId() != null) {
			this.notifier.notify(Set.of(department.contactConsultantId()),
					NotificationMessage.of("slot-reopened", "slot-reopened-" + slot.getId() + "-" + now.toEpochMilli(),
							"notification.slotReopened", "/slots/" + slot.getId(), slot.getTitle()));
		}
	}

	/**
	 * The employer reopens a vacant or closed slot: the clock starts again.
	 * @param user the employer
	 * @param slotId the slot
	 * @param version the version the change was made from
	 */
	@Transactional
	public void reopen(CurrentUser user, long slotId, long version) {
		SubsidySlot slot = asEmployer(user, slotId, version);
		boolean oneCv = this.organisation.department(slot.getDepartmentId()).oneCvMode();
		slot.reopen(oneCv, this.settings, Actor.of(user), now());
	}

	// --- the consultant ------------------------------------------------------------

	/**
	 * Refers a citizen to the slot's current round; a citizen of target group 3 or 4 only
	 * once the consultant has confirmed it.
	 * @param user the consultant
	 * @param slotId the slot
	 * @param citizenId the citizen
	 */
	@Transactional
	public void refer(CurrentUser user, long slotId, long citizenId) {
		refer(user, slotId, citizenId, false);
	}

	/**
	 * Refers a citizen to the slot's current round. A slot is not the next step for a
	 * citizen of target group 3 or 4: unless confirmed, such a referral is refused with
	 * {@link ReferralNeedsConfirmation}, which says why.
	 * @param user the consultant
	 * @param slotId the slot
	 * @param citizenId the citizen
	 * @param confirmed whether the consultant confirmed a group-3 or group-4 referral
	 */
	@Transactional
	public void refer(CurrentUser user, long slotId, long citizenId, boolean confirmed) {
		requireConsultant(user);
		SubsidySlot slot = find(slotId);
		CitizenSummary citizen = this.citizens.summary(citizenId);
		if (!confirmed && TargetGroups.referralNeedsConfirmation(citizen.targetGroup())) {
			throw new ReferralNeedsConfirmation(citizen.id(), citizen.name(), citizen.targetGroup());
		}
		boolean placed = this.placements.clash(citizenId, today(), today()).isPresent();
		slot.refer(new ReferralCandidate(citizen.id(), citizen.name() + " (" + citizen.caseReference() + ")",
				citizen.active(), placed), this.settings, Actor.of(user), now());
	}

	/**
	 * The consultant resolves a one-CV problem.
	 * @param user the consultant
	 * @param slotId the slot
	 * @param version the version the decision was made from
	 * @param newRound withdraw the referral and start a new round, or clear the problem
	 */
	@Transactional
	public void resolveProblem(CurrentUser user, long slotId, long version, boolean newRound) {
		requireConsultant(user);
		SubsidySlot slot = find(slotId);
		ConcurrentChangeException.check("Slot", slotId, version, slot.getVersion());
		slot.resolveProblem(newRound, this.settings, Actor.of(user), now());
	}

	// --- the agreement (employer and consultant) -------------------------------------

	/**
	 * Saves the agreement checklist.
	 * @param user the employer or consultant
	 * @param slotId the slot
	 * @param version the version the change was made from
	 * @param agreement the checklist
	 */
	@Transactional
	public void updateAgreement(CurrentUser user, long slotId, long version, AgreementData agreement) {
		asParty(user, slotId, version).updateAgreement(agreement, Actor.of(user), now());
	}

	/**
	 * Completes the agreement and fills the slot, if the checklist is done and the legal
	 * checks allow it.
	 * @param user the employer or consultant
	 * @param slotId the slot
	 * @param version the version the change was made from
	 */
	@Transactional
	public void completeAgreement(CurrentUser user, long slotId, long version) {
		SubsidySlot slot = asParty(user, slotId, version);
		AgreementData agreement = slot.agreement();
		CitizenSummary citizen = (slot.getChosenReferral() != null)
				? this.citizens.summary(slot.getChosenReferral().getCitizenId()) : null;
		if (citizen != null && agreement.startDate() != null) {
			refuseDoubleHire(slot, citizen.id(), agreement.startDate(), agreement.subsidyEnd());
		}
		List<AgreementFinding> findings = (citizen != null)
				? findings(slot, citizen, unitCount(slot, this.organisation.unit(slot.getUnitId()))) : List.of();
		slot.fill(findings, Actor.of(user), now());
		PlacementData placement = new PlacementData(slot.getDepartmentId(), slot.getUnitId(), slot.getScheme(),
				agreement.startDate(), agreement.subsidyEnd(), citizen.caseReference(), citizen.id(), slot.getId());
		if (this.placements.isRegistered(placement)) {
			// registered by hand or imported before the agreement was completed
			throw new SlotRuleException("slot.placement.exists");
		}
		// slot filled → placement starts: the placement module's listener registers it
		// once this transaction has committed (the publication is kept until it has)
		this.events
			.publishEvent(new PlacementAgreed(slot.getId(), slot.getDepartmentId(), slot.getUnitId(), slot.getScheme(),
					agreement.startDate(), agreement.subsidyEnd(), citizen.caseReference(), citizen.id()));
	}

	/**
	 * The agreement falls through: a new round starts.
	 * @param user the employer or consultant
	 * @param slotId the slot
	 * @param version the version the change was made from
	 * @param reason why
	 */
	@Transactional
	public void cancelAgreement(CurrentUser user, long slotId, long version, String reason) {
		asParty(user, slotId, version).cancelAgreement(reason, this.settings, Actor.of(user), now());
	}

	// --- phase 4 (the deadline module) ------------------------------------------------

	/**
	 * What other modules need to check a user's access to a slot: throws 404 for a
	 * missing slot and 403 for one the user may not see.
	 * @param user the user
	 * @param slotId the slot
	 * @return the slot's department, unit, phase and T0, and whether the user is its
	 * employer
	 */
	public SlotAccess access(CurrentUser user, long slotId) {
		SubsidySlot slot = readable(user, slotId);
		return new SlotAccess(slot.getId(), slot.getTitle(), slot.getDepartmentId(), slot.getUnitId(), slot.getPhase(),
				slot.getOpenedAt(), isEmployerOf(user, slot), slot.isUnused(), slot.closurePeriodStart(),
				slot.unusedSince());
	}

	/**
	 * Records in a slot's history a change another module made to it (a hearing answered,
	 * an extension granted). The caller has checked that the user may make it.
	 * @param slotId the slot
	 * @param user who
	 * @param action what happened
	 * @param details the particulars
	 */
	@Transactional
	public void addToHistory(long slotId, CurrentUser user, String action, String details) {
		find(slotId).note(action, details, (user != null) ? Actor.of(user) : Actor.SYSTEM, now());
	}

	/**
	 * The closure job closes an unused slot (phase 4), if it is still open and still in
	 * the run that began at the given T0 (a reopened slot has a new T0 and its 26 weeks
	 * start again). Idempotent: a slot already closed, filled or reopened is left alone.
	 * T0 is compared to the microsecond, the database's precision.
	 * @param slotId the slot
	 * @param openedAt the T0 the closure was decided for
	 * @param reason the history's text
	 * @param now the job's moment
	 * @return whether the slot was closed now
	 */
	@Transactional
	public boolean closeUnused(long slotId, Instant openedAt, String reason, Instant now) {
		return closeUnused(slotId, openedAt, null, reason, now);
	}

	/**
	 * Closes an unused slot (phase 1 or 2, or VACANT) in the closure period that began at
	 * the given moment, for the closure job or a hearing's outcome (the employer answered
	 * "close it", a manager refused the request to keep it). Phase 3 is never closed
	 * here.
	 * @param slotId the slot
	 * @param periodStart T0, or the day the slot became vacant
	 * @param user who decided, or null for the closure job
	 * @param reason the history's text
	 * @param now the moment
	 * @return whether the slot was closed now
	 */
	@Transactional
	public boolean closeUnused(long slotId, Instant periodStart, CurrentUser user, String reason, Instant now) {
		SubsidySlot slot = find(slotId);
		boolean samePeriod = Math
			.abs(java.time.Duration.between(slot.closurePeriodStart(), periodStart).toNanos()) < 1000;
		if (!slot.isUnused() || !samePeriod) {
			return false;
		}
		slot.close(reason, (user != null) ? Actor.of(user) : Actor.SYSTEM, now);
		return true;
	}

	/**
	 * Records one line in the history of many slots at once (the closure job asking
	 * hearings), in one statement.
	 * @param slotIds the slots
	 * @param action what happened
	 * @param details the particulars
	 * @param now the moment
	 */
	@Transactional
	public void addToHistoryOfAll(java.util.Collection<Long> slotIds, String action, String details, Instant now) {
		this.queries.addSystemHistory(slotIds, Actor.SYSTEM.name(), action, details, now);
	}

	/**
	 * When each department's first slot was opened: the half-yearly follow-ups start from
	 * there.
	 * @return first opening by department id
	 */
	public Map<Long, Instant> firstSlotByDepartment() {
		return this.queries.firstSlotByDepartment();
	}

	// --- access --------------------------------------------------------------------

	private SubsidySlot find(long id) {
		return this.slots.findById(id).orElseThrow(() -> new NotFoundException("Slot", id));
	}

	private SubsidySlot readable(CurrentUser user, long id) {
		SubsidySlot slot = find(id);
		if (!mayRead(user, slot)) {
			throw new ForbiddenException("slot of another department");
		}
		return slot;
	}

	private static boolean mayRead(CurrentUser user, SubsidySlot slot) {
		if (user.seesEveryDepartment()) {
			return true;
		}
		if (isUnitBoundEmployer(user)) {
			return mayActOn(user, slot.getDepartmentId(), slot.getUnitId());
		}
		return user.canSeeDepartment(slot.getDepartmentId());
	}

	private static boolean mayActOn(CurrentUser user, long departmentId, long unitId) {
		return user.departmentId() != null && user.departmentId() == departmentId
				&& (user.unitIds().isEmpty() || user.unitIds().contains(unitId));
	}

	private static boolean isEmployerOf(CurrentUser user, SubsidySlot slot) {
		return user.may().slotActions() && mayActOn(user, slot.getDepartmentId(), slot.getUnitId());
	}

	private SubsidySlot asEmployer(CurrentUser user, long slotId, long version) {
		SubsidySlot slot = readable(user, slotId);
		if (!isEmployerOf(user, slot)) {
			throw new ForbiddenException("not the slot's employer");
		}
		ConcurrentChangeException.check("Slot", slotId, version, slot.getVersion());
		return slot;
	}

	private SubsidySlot asParty(CurrentUser user, long slotId, long version) {
		SubsidySlot slot = readable(user, slotId);
		if (!isEmployerOf(user, slot) && !user.may().refer()) {
			throw new ForbiddenException("not a party to the agreement");
		}
		ConcurrentChangeException.check("Slot", slotId, version, slot.getVersion());
		return slot;
	}

	private static void requireConsultant(CurrentUser user) {
		ForbiddenException.unless(user.may().refer(), "consultants only");
	}

	// --- views -----------------------------------------------------------------------

	/**
	 * The legal checks of the slot's agreement with the chosen citizen and the unit's
	 * count.
	 */
	private List<AgreementFinding> findings(SubsidySlot slot, CitizenSummary chosen, AgreementRules.UnitCount count) {
		return AgreementRules.check(slot.getScheme(), slot.agreement(),
				new AgreementRules.Chosen(chosen.benefit(), chosen.readiness()), count, this.agreementSettings);
	}

	/**
	 * The ratio rule's count for the slot's unit on the agreed start date (today until
	 * one is agreed): the unit's running placements in the counted schemes, from the
	 * placement module, and the unit's other agreements in phase 3 whose period covers
	 * the day.
	 */
	private AgreementRules.UnitCount unitCount(SubsidySlot slot, UnitSummary unit) {
		LocalDate day = (slot.agreement().startDate() != null) ? slot.agreement().startDate() : today();
		return new AgreementRules.UnitCount(unit.ordinaryEmployees(), occupiedOn(unit.id(), slot.getId(), day), day);
	}

	private int occupiedOn(long unitId, long exceptSlotId, LocalDate day) {
		return this.placements.inRatioSchemes(unitId, day) + this.queries.agreementsCovering(unitId, exceptSlotId, day);
	}

	/**
	 * No double hire on the day a chosen citizen would start: the slot's wished start, or
	 * today if that is past or not given.
	 * @param citizenId the chosen citizen, or null for none
	 */
	private void refuseDoubleHireAtStart(SubsidySlot slot, Long citizenId) {
		if (citizenId == null) {
			return;
		}
		LocalDate wished = slot.getWishedStart();
		LocalDate start = (wished != null && wished.isAfter(today())) ? wished : today();
		refuseDoubleHire(slot, citizenId, start, start);
	}

	/**
	 * No double hire: a citizen in a wage-subsidy or internship placement on any of these
	 * days cannot be chosen for, or start in, a slot of those schemes. The refusal names
	 * the clashing placement.
	 */
	private void refuseDoubleHire(SubsidySlot slot, long citizenId, LocalDate from, LocalDate to) {
		if (!slot.getScheme().oneAtATime()) {
			return;
		}
		PlacementClash clash = this.placements.clash(citizenId, from, to).orElse(null);
		if (clash == null) {
			return;
		}
		String place = this.organisation.department(clash.departmentId()).label();
		if (clash.unitId() != null) {
			place = place + ", " + this.organisation.unit(clash.unitId()).name();
		}
		throw new SlotRuleException("slot.doubleHire", new DefaultMessageSourceResolvable("scheme." + clash.scheme()),
				place, Dates.DATE.format(clash.startDate()),
				(clash.endDate() != null) ? Dates.DATE.format(clash.endDate())
						: new DefaultMessageSourceResolvable("slot.doubleHire.noEnd"));
	}

	private SlotView toView(CurrentUser user, SubsidySlot slot) {
		UnitSummary unit = this.organisation.unit(slot.getUnitId());
		DepartmentSummary department = this.organisation.department(slot.getDepartmentId());
		List<Referral> referrals = slot.getReferrals();
		Map<Long, CitizenSummary> citizens = this.citizens
			.summaries(referrals.stream().map(Referral::getCitizenId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(CitizenSummary::id, Function.identity()));
		List<SlotView.ReferralView> referralViews = referrals.stream().map((r) -> {
			CitizenSummary c = citizens.get(r.getCitizenId());
			return new SlotView.ReferralView(r.getCitizenId(), (c != null) ? c.name() : r.getCitizenLabel(),
					(c != null) ? c.caseReference() : null, (c != null) ? c.targetGroup() : null,
					(c != null) ? c.jobGoal() : null, c != null && c.cvReady(), r.getRoundNo(), r.getState(),
					r.getReason(), r.getReferredAt(), r.getAnsweredAt());
		}).toList();
		List<SlotView.HistoryView> history = slot.getHistory()
			.stream()
			.map((h) -> new SlotView.HistoryView(h.getAt(), h.getActorName(), h.getAction(), h.getDetails()))
			.toList();
		boolean chosen = slot.getChosenReferral() != null && slot.getPhase() == SlotPhase.AGREEMENT;
		CitizenSummary chosenCitizen = chosen ? citizens.get(slot.getChosenReferral().getCitizenId()) : null;
		AgreementRules.UnitCount count = (chosenCitizen != null) ? unitCount(slot, unit) : null;
		List<AgreementFinding> findings = (count != null) ? findings(slot, chosenCitizen, count) : List.of();
		// the ratio shown is today's: the agreement's count when that is today's too
		int occupied = (count != null && count.day().equals(today())) ? count.occupied()
				: occupiedOn(unit.id(), slot.getId(), today());
		Integer headroom = AgreementRules.headroom(unit.ordinaryEmployees(), occupied);
		SlotView.Ratio ratio = new SlotView.Ratio(unit.ordinaryEmployees(),
				(unit.ordinaryEmployees() != null) ? AgreementRules.allowedInScheme(unit.ordinaryEmployees()) : null,
				occupied, headroom);
		SlotPhase phase = slot.getPhase();
		boolean employer = isEmployerOf(user, slot);
		boolean consultant = user.may().refer();
		SlotView.Permissions may = new SlotView.Permissions(consultant && slot.mayRefer(this.settings),
				employer && phase == SlotPhase.EMPLOYER_RESPONSE && !slot.isOneCvMode(),
				employer && phase == SlotPhase.EMPLOYER_RESPONSE && slot.isOneCvMode(),
				consultant && phase == SlotPhase.EMPLOYER_RESPONSE && slot.getProblemNote() != null,
				(employer || consultant) && phase == SlotPhase.AGREEMENT, employer && phase == SlotPhase.FILLED,
				employer && (phase == SlotPhase.VACANT || phase == SlotPhase.CLOSED));
		Long daysLeft = (slot.getDeadline() != null)
				? ChronoUnit.DAYS.between(today(), slot.getDeadline().atZone(ClockConfiguration.ZONE).toLocalDate())
				: null;
		if (daysLeft != null && daysLeft == 0 && slot.isOverdue(now())) {
			daysLeft = -1L;
		}
		return new SlotView(slot.getId(), slot.getTitle(), slot.getDescription(), department.label(), unit.name(),
				slot.getScheme(), slot.getWeeklyHours(), slot.getWishedStart(), slot.getContactPerson(),
				slot.isOneCvMode(), phase, slot.getOpenedAt(), slot.getDeadline(), daysLeft, slot.getRoundNo(),
				slot.referralsNeeded(this.settings), slot.roundMaximum(this.settings), slot.getRoundSize(),
				slot.getProblemNote(), slot.agreement(), (chosenCitizen != null) ? chosenCitizen.benefit() : null,
				findings, ratio, referralViews, history, may, slot.getVersion(), slot.isDoNotReopen());
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE));
	}

}
