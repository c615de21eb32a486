package dk.pladsflow.outcome;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dk.pladsflow.organisation.DepartmentData;
import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserData;
import dk.pladsflow.user.UserService;

import org.springframework.stereotype.Component;

/**
 * Test data for the outcome tests: a fresh department per test, whose code also prefixes
 * the case references (spells are per citizen across departments), and imports in the
 * contracts' formats.
 */
@Component
class OutcomeFixtures {

	static final String PASSWORD = "test-password";

	static final CurrentUser ADMIN = CurrentUser.of(-1, "test-admin", Set.of(Role.ADMIN), null, Set.of());

	static final CurrentUser CENTRAL_MANAGER = CurrentUser.of(-2, "test-leder", Set.of(Role.MANAGER), null, Set.of());

	private final OrganisationService organisation;

	private final PlacementService placements;

	private final OutcomeService outcomes;

	private final UserService users;

	OutcomeFixtures(OrganisationService organisation, PlacementService placements, OutcomeService outcomes,
			UserService users) {
		this.organisation = organisation;
		this.placements = placements;
		this.outcomes = outcomes;
		this.users = users;
	}

	String user(Role role, Long departmentId) {
		String username = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.create(username, PASSWORD, new UserData(username, null, Set.of(role), departmentId, Set.of()));
		return username;
	}

	/**
	 * A stored consultant, as the signed-in user.
	 * @return the user
	 */
	CurrentUser consultant() {
		String username = "konsulent-" + UUID.randomUUID().toString().substring(0, 8);
		long id = this.users.create(username, PASSWORD,
				new UserData(username, null, Set.of(Role.CONSULTANT), null, Set.of()));
		return CurrentUser.of(id, username, Set.of(Role.CONSULTANT), null, Set.of());
	}

	DepartmentSummary department() {
		String code = "O" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		long id = this.organisation.createDepartment(new DepartmentData(code, "Testforvaltning " + code, false, null));
		return this.organisation.department(id);
	}

	static CurrentUser departmentManager(DepartmentSummary department) {
		return CurrentUser.of(-3, "test-leder-" + department.code(), Set.of(Role.MANAGER), department.id(), Set.of());
	}

	/**
	 * Imports placements: lines of
	 * {@code department;scheme;start;end;citizen;unit;sector}.
	 */
	int placements(String... lines) {
		return this.placements.importCsv(ADMIN, csv("department;scheme;start;end;citizen;unit;sector", lines));
	}

	/**
	 * Imports spells: lines of {@code citizen;status;start;end}.
	 */
	int spells(String... lines) {
		return this.outcomes.importCsv(ADMIN, csv("citizen;status;start;end", lines));
	}

	static byte[] csv(String header, String... lines) {
		return (header + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

}
