package dk.pladsflow.citizen;

import java.util.Set;
import java.util.UUID;

import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserData;
import dk.pladsflow.user.UserService;
import dk.pladsflow.user.UserMother;

/**
 * Stored users of each role, as the security checks see them.
 */
final class TestUsers {

	private TestUsers() {
	}

	static CurrentUser create(UserService users, OrganisationService organisation, Role role, boolean inDepartment) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		Long departmentId = inDepartment ? organisation.departmentByCode("BUF").orElseThrow().id() : null;
		long id = users.create(UserMother.ADMIN, username, "rigtig-kode-1",
				new UserData(username, username + "@kk.example", Set.of(role), departmentId, Set.of()));
		return CurrentUser.of(id, username, Set.of(role), departmentId, Set.of());
	}

}
