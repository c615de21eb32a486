package dk.pladsflow.quality;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.citizen.CitizenData;
import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.organisation.DepartmentData;
import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitData;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.slot.AgreementData;
import dk.pladsflow.slot.SlotDetails;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.test.MutableClock;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserData;
import dk.pladsflow.user.UserMother;
import dk.pladsflow.user.UserService;

/**
 * A department of its own (a unique code) with a unit, its employer, managers and a
 * consultant, and the steps of the slot flow at given days, with the shared clock moved
 * to each day: what the quality tests build their hand-computed histories from.
 */
final class QualityWorld {

	static final String PASSWORD = "rigtig-kode-1";

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	final DepartmentSummary department;

	final long unit;

	final CurrentUser employer;

	final CurrentUser consultant;

	final CurrentUser departmentManager;

	final CurrentUser centralManager;

	private final SlotService slots;

	private final CitizenService citizens;

	private final MutableClock clock;

	QualityWorld(OrganisationService organisation, UserService users, CitizenService citizens, SlotService slots,
			MutableClock clock) {
		this.slots = slots;
		this.citizens = citizens;
		this.clock = clock;
		String code = "Q" + this.tag.toUpperCase(Locale.ROOT);
		long id = organisation.createDepartment(UserMother.ADMIN,
				new DepartmentData(code, "Kvalitetsforvaltning " + code, false, null));
		this.department = organisation.department(id);
		this.unit = organisation.createUnit(UserMother.ADMIN, id, new UnitData("Enhed " + this.tag, null, null, 40));
		this.employer = user(users, "ag", Role.EMPLOYER, id);
		this.consultant = user(users, "kons", Role.CONSULTANT, null);
		this.departmentManager = user(users, "leder", Role.MANAGER, id);
		this.centralManager = user(users, "central", Role.MANAGER, null);
	}

	private CurrentUser user(UserService users, String name, Role role, Long department) {
		String username = name + "-" + this.tag;
		long id = users.create(UserMother.ADMIN, username, PASSWORD,
				new UserData(username, null, Set.of(role), department, Set.of()));
		return CurrentUser.of(id, username, Set.of(role), department, Set.of());
	}

	/**
	 * Moves the shared clock to a day and time in Copenhagen.
	 * @param day the day
	 * @param time the time of day
	 */
	void at(LocalDate day, LocalTime time) {
		ZonedDateTime target = ZonedDateTime.of(day, time, ClockConfiguration.ZONE);
		this.clock.advance(Duration.between(this.clock.instant(), target.toInstant()));
	}

	java.time.Instant clockInstant() {
		return this.clock.instant();
	}

	long open(LocalDate day) {
		at(day, LocalTime.of(10, 0));
		return this.slots.open(this.employer, new SlotDetails(this.unit, "Pædagogmedhjælper", "Børnehave",
				Scheme.WAGE_SUBSIDY, new BigDecimal("37"), day.plusWeeks(8), "Arne, 11223344", true, true));
	}

	/**
	 * The consultant refers two new citizens on a day: the round is sent.
	 */
	void refer(long slot, LocalDate day) {
		at(day, LocalTime.of(10, 0));
		for (int i = 0; i < 2; i++) {
			long citizen = this.citizens.create(
					new CitizenData("Borger " + i + " " + UUID.randomUUID(), "SAG-" + UUID.randomUUID(), null, 1,
							Benefit.CASH_BENEFIT, "Pædagogmedhjælper", true, LocalDate.of(2025, 1, 1), true),
					this.consultant);
			this.slots.refer(this.consultant, slot, citizen);
		}
	}

	/**
	 * The employer chooses the first citizen of the round on a day.
	 */
	void choose(long slot, LocalDate day) {
		at(day, LocalTime.of(10, 0));
		var view = this.slots.view(this.employer, slot);
		long chosen = view.waiting().get(0).citizenId();
		Map<Long, String> reasons = new java.util.HashMap<>();
		view.waiting().stream().skip(1).forEach((r) -> reasons.put(r.citizenId(), "Valgte en anden"));
		this.slots.answer(this.employer, slot, view.version(), chosen, reasons);
	}

	/**
	 * The employer declines every citizen of the round on a day.
	 */
	void declineAll(long slot, LocalDate day) {
		at(day, LocalTime.of(10, 0));
		var view = this.slots.view(this.employer, slot);
		Map<Long, String> reasons = new java.util.HashMap<>();
		view.waiting().forEach((r) -> reasons.put(r.citizenId(), "Passer ikke"));
		this.slots.answer(this.employer, slot, view.version(), null, reasons);
	}

	/**
	 * The agreement is filled in and completed on a day: the slot is filled.
	 */
	void fill(long slot, LocalDate day) {
		at(day, LocalTime.of(10, 0));
		this.slots.updateAgreement(this.employer, slot, this.slots.view(this.employer, slot).version(),
				new AgreementData(true, true, day.plusDays(7), new BigDecimal("37"), day.plusMonths(4), true, true));
		this.slots.completeAgreement(this.consultant, slot, this.slots.view(this.consultant, slot).version());
	}

}
