package dk.pladsflow.deadline;

import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.test.MutableClock;
import dk.pladsflow.user.UserService;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the deadline tests share: the facades a {@link DeadlineWorld} is built through,
 * the movable clock (reset after each test, as the context is shared) and the database.
 */
abstract class DeadlineTestSupport {

	@Autowired
	SlotService slots;

	@Autowired
	OrganisationService organisation;

	@Autowired
	UserService users;

	@Autowired
	CitizenService citizens;

	@Autowired
	MutableClock clock;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A world in a department of its own (only for transactional tests: the department
	 * would otherwise stay).
	 */
	DeadlineWorld newWorld(boolean oneCvMode) {
		return new DeadlineWorld(this.organisation, this.users, this.citizens, this.slots, oneCvMode);
	}

	/**
	 * A world in an existing department, for tests that commit.
	 */
	DeadlineWorld worldIn(String departmentCode) {
		return new DeadlineWorld(this.organisation, this.users, this.citizens, this.slots, departmentCode);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

}
