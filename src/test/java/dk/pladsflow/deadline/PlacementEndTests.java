package dk.pladsflow.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.pladsflow.organisation.DepartmentData;
import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.placement.PlacementEnded;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.slot.SlotPhase;
import dk.pladsflow.slot.SlotView;
import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.user.UserMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10, item 3, end to end through committed transactions and the event publication
 * registry: a filled slot's placement starts from the slot's event; when its end date has
 * passed, the job announces it once — run twice, and run by two nodes on one database at
 * the same moment — and the slot module's listener reopens the slot once and tells the
 * contact consultant once. (The first node is this test's context; the second is started
 * beside it, as in {@link TwoNodesSweepTests}.) Waiting is for a stored state, never a
 * fixed sleep.
 */
@IntegrationTest
class PlacementEndTests extends DeadlineTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	PlacementService placements;

	@Test
	void aPlacementWhoseEndDatePassedReopensItsSlotOnceOnTwoNodesAndTellsTheContactConsultant() throws Exception {
		DeadlineWorld world = worldIn("KFF");
		DepartmentSummary kff = this.organisation.department(world.department);
		// the test's consultant is KFF's contact consultant for the test (restored after)
		this.organisation.updateDepartment(UserMother.ADMIN, kff.id(), kff.version(),
				new DepartmentData(kff.code(), kff.name(), kff.oneCvMode(), world.consultant.id()));
		try {
			reopensOnce(world);
		}
		finally {
			DepartmentSummary now = this.organisation.department(kff.id());
			this.organisation.updateDepartment(UserMother.ADMIN, kff.id(), now.version(),
					new DepartmentData(kff.code(), kff.name(), kff.oneCvMode(), kff.contactConsultantId()));
		}
	}

	private void reopensOnce(DeadlineWorld world) throws Exception {
		long contactConsultant = world.consultant.id();
		LocalDate today = LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE));
		LocalDate start = today.minusDays(10);
		long slot = world.filledSlot(start);
		await("the placement started by the slot's event").atMost(WAIT)
			.until(() -> this.placements.ofSlot(slot, start).isPresent());
		this.slots.endPlacement(world.employer, slot, world.version(slot), today.plusDays(1));
		assertThat(view(world, slot).phase()).isEqualTo(SlotPhase.FILLED);
		Instant afterTheEnd = this.clock.instant().plus(Duration.ofDays(3));
		assertThat(mine(slot, this.placements.announceEnded(this.clock.instant()))).as("not before the day has passed")
			.isEmpty();
		try (ConfigurableApplicationContext otherNode = startSecondNode()) {
			PlacementService otherPlacements = otherNode.getBean(PlacementService.class);
			List<PlacementEnded> announced = atTheSameMoment(() -> this.placements.announceEnded(afterTheEnd),
					() -> otherPlacements.announceEnded(afterTheEnd))
				.stream()
				.flatMap((ended) -> mine(slot, ended).stream())
				.toList();
			assertThat(announced).as("announced by exactly one node").hasSize(1);
			assertThat(mine(slot, this.placements.announceEnded(afterTheEnd))).as("a second run").isEmpty();
			assertThat(mine(slot, otherPlacements.announceEnded(afterTheEnd))).isEmpty();
			await("the slot reopened by the listener").atMost(WAIT)
				.until(() -> view(world, slot).phase() == SlotPhase.REFERRAL);
			await("the contact consultant told").atMost(WAIT).until(() -> notifications(contactConsultant, slot) == 1);
		}
		SlotView reopened = view(world, slot);
		assertThat(reopened.history()).extracting(SlotView.HistoryView::action)
			.filteredOn("REOPENED"::equals)
			.as("reopened once")
			.hasSize(1);
		assertThat(reopened.history()).extracting(SlotView.HistoryView::action)
			.containsSubsequence("FILLED", "PLACEMENT_END_SET", "PLACEMENT_ENDED", "REOPENED");
		assertThat(notifications(contactConsultant, slot)).as("told once").isEqualTo(1);
		assertThat(this.placements.ofSlot(slot, start).orElseThrow().endDate()).isEqualTo(today.plusDays(1));
	}

	private SlotView view(DeadlineWorld world, long slot) {
		return this.slots.view(world.consultant, slot);
	}

	private long notifications(long userId, long slot) {
		return this.jdbc
			.sql("select count(*) from notification where user_id = :user and link = :link and message_key = :key")
			.param("user", userId)
			.param("link", "/slots/" + slot)
			.param("key", "notification.slotReopened")
			.query(Long.class)
			.single();
	}

	private static List<PlacementEnded> mine(long slot, List<PlacementEnded> announced) {
		return announced.stream().filter((e) -> e.slotId() == slot).toList();
	}

}
