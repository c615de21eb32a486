package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import dk.pladsflow.placement.PlacementEnded;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.test.TestClockConfiguration;
import dk.pladsflow.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slot module on its own (with the modules it depends on), reacting to the placement
 * module's event: placement ended → the slot is reopened (issue 10, items 3 and 8).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class })
// a context of its own: closed after the class, and with a small pool, so that the
// suite's cached contexts stay within the test database's connection limit
@TestPropertySource(properties = { "pladsflow.demo-data=false", "spring.datasource.hikari.maximum-pool-size=4",
		"spring.datasource.hikari.minimum-idle=0",
		// a scheduler of its own name: Quartz keeps its data sources in one JVM-wide
		// registry by scheduler name, so a context closed after this test must not take
		// the other contexts' job store connection with it
		"spring.quartz.scheduler-name=pladsflow-module-test-slot" })
@DirtiesContext
class SlotModuleTests extends SlotTestSupport {

	@Test
	void anEndedPlacementReopensItsSlot(Scenario scenario) {
		LocalDate start = LocalDate.now(ClockConfiguration.ZONE).minusDays(30);
		SentRound round = sentRound();
		this.slots.answer(this.world.bufEmployer, round.slot(), round.version(), round.anna(),
				Map.of(round.bent(), "Valgte en anden"));
		this.slots.updateAgreement(this.world.bufEmployer, round.slot(), version(round.slot()),
				new AgreementData(true, true, start, new BigDecimal("37"), start.plusDays(20), true, true));
		this.slots.completeAgreement(this.world.consultant, round.slot(), version(round.slot()));
		assertThat(view(round.slot()).phase()).isEqualTo(SlotPhase.FILLED);
		scenario.publish(new PlacementEnded(0, round.slot(), round.anna(), start, start.plusDays(20)))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> view(round.slot()).phase(), (phase) -> phase == SlotPhase.REFERRAL)
			.andVerify((phase) -> assertThat(view(round.slot()).history()).extracting(SlotView.HistoryView::action)
				.containsSubsequence("FILLED", "PLACEMENT_ENDED", "REOPENED"));
	}

	private SlotView view(long slot) {
		return this.slots.view(this.world.consultant, slot);
	}

	private long version(long slot) {
		return view(slot).version();
	}

}
