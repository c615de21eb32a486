package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.citizen.CitizenData;
import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitData;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserData;
import dk.pladsflow.user.UserService;
import dk.pladsflow.user.UserMother;

/**
 * A small organisation for slot tests, stored through the facades: a unit in BUF and one
 * in SOF, their employers, a consultant, a BUF manager, and citizens on demand. Names are
 * unique so that tests sharing the database do not meet.
 */
final class SlotWorld {

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	final OrganisationService organisation;

	final UserService users;

	final CitizenService citizens;

	final long buf;

	final long sof;

	final long bufUnit;

	final long bufOtherUnit;

	final long sofUnit;

	final CurrentUser bufEmployer;

	final CurrentUser sofEmployer;

	final CurrentUser consultant;

	final CurrentUser bufManager;

	SlotWorld(OrganisationService organisation, UserService users, CitizenService citizens) {
		this.organisation = organisation;
		this.users = users;
		this.citizens = citizens;
		this.buf = organisation.departmentByCode("BUF").orElseThrow().id();
		this.sof = organisation.departmentByCode("SOF").orElseThrow().id();
		this.bufUnit = organisation.createUnit(UserMother.ADMIN, this.buf,
				new UnitData("Enhed A " + this.tag, null, null, 40));
		this.bufOtherUnit = organisation.createUnit(UserMother.ADMIN, this.buf,
				new UnitData("Enhed B " + this.tag, null, null, 40));
		this.sofUnit = organisation.createUnit(UserMother.ADMIN, this.sof,
				new UnitData("Enhed C " + this.tag, null, null, 40));
		this.bufEmployer = user("ag-buf", Role.EMPLOYER, this.buf, Set.of());
		this.sofEmployer = user("ag-sof", Role.EMPLOYER, this.sof, Set.of());
		this.consultant = user("kons", Role.CONSULTANT, null, Set.of());
		this.bufManager = user("leder-buf", Role.MANAGER, this.buf, Set.of());
	}

	CurrentUser user(String name, Role role, Long department, Set<Long> units) {
		String username = name + "-" + this.tag;
		long id = this.users.create(UserMother.ADMIN, username, "rigtig-kode-1",
				new UserData(username, null, Set.of(role), department, units));
		return CurrentUser.of(id, username, Set.of(role), department, units);
	}

	long citizen(String name) {
		return citizen(name, Benefit.CASH_BENEFIT);
	}

	long citizen(String name, Benefit benefit) {
		return this.citizens.create(new CitizenData(name + " " + this.tag, "SAG-" + UUID.randomUUID(), null, 1, benefit,
				"Pædagogmedhjælper", true, LocalDate.of(2025, 1, 1), true), this.consultant);
	}

	static SlotDetails details(long unit) {
		return new SlotDetails(unit, "Pædagogmedhjælper", "Børnehave", Scheme.WAGE_SUBSIDY, new BigDecimal("37"),
				LocalDate.of(2026, 12, 1), "Arne, 11223344", true, true);
	}

}
