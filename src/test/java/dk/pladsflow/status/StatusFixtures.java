package dk.pladsflow.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dk.pladsflow.organisation.DepartmentData;
import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitData;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserData;
import dk.pladsflow.user.UserService;
import dk.pladsflow.user.UserMother;

import org.springframework.stereotype.Component;

/**
 * Test data for the status tests: a fresh department per test (so that tests sharing the
 * database do not see each other's placements), and imports in the contract's format.
 */
@Component
class StatusFixtures {

	static final String PASSWORD = "test-password";

	static final CurrentUser ADMIN = CurrentUser.of(-1, "test-admin", Set.of(Role.ADMIN), null, Set.of());

	static final CurrentUser CENTRAL_MANAGER = CurrentUser.of(-2, "test-leder", Set.of(Role.MANAGER), null, Set.of());

	private final OrganisationService organisation;

	private final PlacementService placements;

	private final TargetService targets;

	private final UserService users;

	StatusFixtures(OrganisationService organisation, PlacementService placements, TargetService targets,
			UserService users) {
		this.organisation = organisation;
		this.placements = placements;
		this.targets = targets;
		this.users = users;
	}

	/**
	 * A stored user, for the web and API tests (password {@link #PASSWORD}).
	 * @param role the role
	 * @param departmentId the department, or null
	 * @return the user name
	 */
	String user(Role role, Long departmentId) {
		String username = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.create(UserMother.ADMIN, username, PASSWORD,
				new UserData(username, null, Set.of(role), departmentId, Set.of()));
		return username;
	}

	/**
	 * A new department with a unique code, e.g. {@code T1A2B3C4D}.
	 * @return the department
	 */
	DepartmentSummary department() {
		String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		long id = this.organisation.createDepartment(UserMother.ADMIN,
				new DepartmentData(code, "Testforvaltning " + code, false, null));
		return this.organisation.department(id);
	}

	long unit(DepartmentSummary department, String name) {
		return this.organisation.createUnit(UserMother.ADMIN, department.id(), new UnitData(name, null, null));
	}

	static CurrentUser departmentManager(DepartmentSummary department) {
		return CurrentUser.of(-3, "test-leder-" + department.code(), Set.of(Role.MANAGER), department.id(), Set.of());
	}

	/**
	 * Imports placements: lines of {@code department;scheme;start;end;citizen;unit}
	 * without the header.
	 * @param lines the rows
	 * @return the number imported
	 */
	int placements(String... lines) {
		return this.placements.importCsv(ADMIN, csv("department;scheme;start;end;citizen;unit", lines));
	}

	int targets(String... lines) {
		return this.targets.importCsv(ADMIN, csv("department;year;combined_target;flexjob_target", lines));
	}

	static byte[] csv(String header, String... lines) {
		return (header + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

}
