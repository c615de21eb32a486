package dk.pladsflow.outcome;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import dk.pladsflow.test.MutableClock;
import dk.pladsflow.test.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the tests of the worked example of {@code docs/outcomes.md} share: the clock at
 * 20-02-2025 12:00 in Copenhagen (reset afterwards; the fixtures cannot hold the test
 * clock, since every context's component scan finds them), the fixtures that load the
 * example ({@link OutcomeFixtures#workedExample()}), MockMvc and the service.
 */
@WebIntegrationTest
@Import(OutcomeFixtures.class)
abstract class WorkedExampleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutcomeFixtures fixtures;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void twentiethOfFebruary2025() {
		this.clock.reset();
		this.clock.advance(Duration.between(this.clock.instant(),
				ZonedDateTime.of(2025, 2, 20, 12, 0, 0, 0, ZoneId.of("Europe/Copenhagen")).toInstant()));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

}
