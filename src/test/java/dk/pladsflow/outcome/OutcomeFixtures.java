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
	 * The worked example's placements and spells in a fresh department; the case
	 * references are the department's code and C1…C6.
	 */
	DepartmentSummary workedExample() {
		DepartmentSummary department = this.department();
		String d = department.code();
		this.placements(
				// P1, P2, P3, P4: internships at municipal workplaces that ended in 2024
				d + ";INTERNSHIP;2023-11-01;2024-01-31;" + d + "-C1;;", //
				d + ";INTERNSHIP;2024-01-10;2024-02-29;" + d + "-C2;;MUNICIPAL", //
				d + ";INTERNSHIP;2024-03-01;2024-03-31;" + d + "-C3;;", //
				d + ";INTERNSHIP;2024-04-01;2024-04-30;" + d + "-C4;;", //
				// P5, P6, P7: wage subsidy in private companies
				d + ";WAGE_SUBSIDY;2024-08-01;2024-10-31;" + d + "-C1;;PRIVATE", //
				d + ";WAGE_SUBSIDY;2024-11-15;2024-12-31;" + d + "-C5;;PRIVATE", //
				d + ";WAGE_SUBSIDY;2024-06-01;2024-07-31;" + d + "-C6;;PRIVATE", //
				// P8: utility work that ended in 2023; P9 runs; P10 ends in 2025
				d + ";UTILITY_WORK;2023-12-01;2023-12-31;" + d + "-C2;;", //
				d + ";UTILITY_WORK;2024-05-01;;" + d + "-C3;;", //
				d + ";INTERNSHIP;2024-12-01;2025-01-05;" + d + "-C6;;", //
				// P11: wage subsidy at a municipal workplace, its third month is February
				// 2025
				d + ";WAGE_SUBSIDY;2024-09-01;2024-11-30;" + d + "-C4;;");
		this.spells(d + "-C1;BENEFIT;2022-01-01;2023-10-31", //
				d + "-C1;OTHER;2023-11-01;2024-01-31", //
				d + "-C1;JOB;2024-02-01;2024-07-31", //
				d + "-C1;OTHER;2024-08-01;2024-10-31", //
				d + "-C1;JOB;2024-11-01;", //
				d + "-C2;BENEFIT;2023-01-01;2024-05-15", //
				d + "-C2;EDUCATION;2024-05-16;2024-12-31", //
				d + "-C3;BENEFIT;2024-06-01;2024-06-15", //
				d + "-C4;JOB;2024-07-01;2024-07-15", //
				d + "-C6;BENEFIT;2023-06-01;2024-05-31", //
				d + "-C6;OTHER;2024-08-01;2024-09-30", //
				d + "-C6;EDUCATION;2024-10-01;2024-10-20", //
				d + "-C6;BENEFIT;2024-10-21;2025-01-31");
		return department;
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
