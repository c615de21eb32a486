package dk.pladsflow.deadline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.citizen.CitizenData;
import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.organisation.DepartmentData;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitData;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.slot.SlotDetails;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserData;
import dk.pladsflow.user.UserService;
import dk.pladsflow.user.UserMother;

/**
 * A department of its own for deadline tests (so its people are the only ones told), in
 * normal or one-CV mode, with two units, a contact consultant, an employer for the whole
 * department, one bound to the other unit, a department manager, a central manager, an
 * administrator and citizens on demand. Stored through the facades.
 */
final class DeadlineWorld {

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	/** The citizen chosen for each slot brought to phase 3. */
	private final java.util.Map<Long, Long> chosen = new java.util.HashMap<>();

	final OrganisationService organisation;

	final UserService users;

	final CitizenService citizens;

	final SlotService slots;

	final long department;

	final long unit;

	final long otherUnit;

	final CurrentUser consultant;

	final CurrentUser employer;

	final CurrentUser otherUnitEmployer;

	final CurrentUser manager;

	final CurrentUser centralManager;

	final CurrentUser otherManager;

	final CurrentUser admin;

	DeadlineWorld(OrganisationService organisation, UserService users, CitizenService citizens, SlotService slots,
			boolean oneCvMode) {
		this(organisation, users, citizens, slots, oneCvMode, null);
	}

	/**
	 * A world in an existing department, for tests that commit (a new department would
	 * show in other tests' department lists).
	 */
	DeadlineWorld(OrganisationService organisation, UserService users, CitizenService citizens, SlotService slots,
			String existingDepartmentCode) {
		this(organisation, users, citizens, slots, false, existingDepartmentCode);
	}

	private DeadlineWorld(OrganisationService organisation, UserService users, CitizenService citizens,
			SlotService slots, boolean oneCvMode, String existingDepartmentCode) {
		this.organisation = organisation;
		this.users = users;
		this.citizens = citizens;
		this.slots = slots;
		this.consultant = user("kons", Role.CONSULTANT, null, Set.of());
		this.department = (existingDepartmentCode != null)
				? organisation.departmentByCode(existingDepartmentCode).orElseThrow().id()
				: organisation.createDepartment(UserMother.ADMIN,
						new DepartmentData("D" + this.tag, "Frister " + this.tag, oneCvMode, this.consultant.id()));
		this.unit = organisation.createUnit(UserMother.ADMIN, this.department,
				new UnitData("Enhed A " + this.tag, null, null, 40));
		this.otherUnit = organisation.createUnit(UserMother.ADMIN, this.department,
				new UnitData("Enhed B " + this.tag, null, null, 40));
		this.employer = user("ag", Role.EMPLOYER, this.department, Set.of());
		this.otherUnitEmployer = user("ag-b", Role.EMPLOYER, this.department, Set.of(this.otherUnit));
		this.manager = user("leder", Role.MANAGER, this.department, Set.of());
		this.centralManager = user("central", Role.MANAGER, null, Set.of());
		long sof = organisation.departmentByCode("SOF").orElseThrow().id();
		this.otherManager = user("leder-sof", Role.MANAGER, sof, Set.of());
		this.admin = user("admin", Role.ADMIN, null, Set.of());
	}

	CurrentUser user(String name, Role role, Long department, Set<Long> units) {
		String username = name + "-" + this.tag;
		long id = this.users.create(UserMother.ADMIN, username, "rigtig-kode-1",
				new UserData(username, null, Set.of(role), department, units));
		return CurrentUser.of(id, username, Set.of(role), department, units);
	}

	long citizen(String name) {
		return this.citizens.create(new CitizenData(name + " " + this.tag, "SAG-" + UUID.randomUUID(), null, 1,
				Benefit.CASH_BENEFIT, "Pædagogmedhjælper", true, LocalDate.of(2025, 1, 1), true), this.consultant);
	}

	/**
	 * A slot in phase 3: two citizens referred, the first chosen.
	 * @return the slot
	 */
	long slotInAgreement() {
		long slot = openSlot();
		long chosen = citizen("Valgt");
		this.chosen.put(slot, chosen);
		long declined = citizen("Fravalgt");
		this.slots.refer(this.consultant, slot, chosen);
		this.slots.refer(this.consultant, slot, declined);
		this.slots.answer(this.employer, slot, version(slot), chosen, java.util.Map.of(declined, "Valgte en anden"));
		return slot;
	}

	/**
	 * A filled slot: the agreement, from the given start to three months later,
	 * completed.
	 * @param start the placement's first day
	 * @return the slot
	 */
	long filledSlot(LocalDate start) {
		long slot = slotInAgreement();
		this.slots.updateAgreement(this.employer, slot, version(slot), new dk.pladsflow.slot.AgreementData(true, true,
				start, new BigDecimal("37"), start.plusMonths(3), true, true));
		this.slots.completeAgreement(this.consultant, slot, version(slot));
		return slot;
	}

	/**
	 * What the placement module's listener does after a filled slot's commit, for tests
	 * that run in one transaction (so the listener never runs).
	 * @param placements the placement facade
	 * @param slot the filled slot
	 * @param start the agreed start
	 */
	void startPlacement(dk.pladsflow.placement.PlacementService placements, long slot, LocalDate start) {
		long citizen = this.chosen.get(slot);
		placements
			.start(new dk.pladsflow.placement.PlacementAgreed(slot, this.department, this.unit, Scheme.WAGE_SUBSIDY,
					start, start.plusMonths(3), this.citizens.summary(citizen).caseReference(), citizen));
	}

	long version(long slot) {
		return this.slots.view(this.consultant, slot).version();
	}

	long openSlot() {
		return this.slots.open(this.employer, new SlotDetails(this.unit, "Pædagogmedhjælper " + this.tag, "Børnehave",
				Scheme.WAGE_SUBSIDY, new BigDecimal("37"), LocalDate.of(2026, 12, 1), "Arne, 11223344", true, true));
	}

}
