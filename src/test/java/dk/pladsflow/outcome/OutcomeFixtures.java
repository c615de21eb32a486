package dk.pladsflow.outcome;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationMother;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserMother;
import dk.pladsflow.user.UserService;

import org.springframework.stereotype.Component;

/**
 * Test data for the outcome tests: a fresh department per test
 * ({@link OrganisationMother}), whose code also prefixes the case references (spells are
 * per citizen across departments), users from {@link UserMother}, and imports in the
 * contracts' formats.
 */
@Component
class OutcomeFixtures {

	static final String PASSWORD = UserMother.PASSWORD;

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

	/**
	 * A stored user with {@link #PASSWORD}, for the web and API tests.
	 * @param role the role
	 * @param departmentId the department, or null
	 * @return the user name
	 */
	String user(Role role, Long departmentId) {
		return UserMother.create(this.users, departmentId, role).getUsername();
	}

	/**
	 * A stored consultant, as the signed-in user.
	 * @return the user
	 */
	CurrentUser consultant() {
		return UserMother.create(this.users, null, Role.CONSULTANT);
	}

	DepartmentSummary department() {
		return OrganisationMother.department(this.organisation);
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
