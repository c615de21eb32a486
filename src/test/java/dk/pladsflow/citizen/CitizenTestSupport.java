package dk.pladsflow.citizen;

import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserService;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the register's integration tests share: the facade, a way to make users, and a
 * fresh stored consultant for each test.
 */
abstract class CitizenTestSupport {

	@Autowired
	CitizenService citizens;

	@Autowired
	UserService users;

	@Autowired
	OrganisationService organisation;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser consultant;

	@BeforeEach
	void consultant() {
		this.consultant = TestUsers.create(this.users, this.organisation, Role.CONSULTANT, false);
	}

	CurrentUser newUser(Role role, boolean inDepartment) {
		return TestUsers.create(this.users, this.organisation, role, inDepartment);
	}

}
