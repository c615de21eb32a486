package dk.pladsflow.quality;

import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.deadline.ClosureService;
import dk.pladsflow.deadline.HearingService;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.test.MutableClock;
import dk.pladsflow.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the quality web tests share: the facades, the shared clock (put back after each
 * test) and a fresh {@link QualityWorld}; {@link #workedExample()} builds the history of
 * {@code docs/quality.md}.
 */
abstract class QualityTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	OrganisationService organisation;

	@Autowired
	UserService users;

	@Autowired
	CitizenService citizens;

	@Autowired
	SlotService slots;

	@Autowired
	ClosureService closure;

	@Autowired
	HearingService hearings;

	@Autowired
	JdbcClient jdbc;

	QualityWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new QualityWorld(this.organisation, this.users, this.citizens, this.slots, this.clock);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/**
	 * Builds the worked example of {@code docs/quality.md} in this test's world.
	 */
	void workedExample() {
		QualityApiTests.workedExample(this.world, this.closure, this.hearings, this.jdbc);
	}

}
