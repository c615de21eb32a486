package dk.pladsflow.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.pladsflow.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application contexts — two nodes — on one database sweep at the same moment: each
 * missed deadline is recorded once and each person who must act is notified once. (The
 * first node is this test's context; the second is started beside it on the same
 * database.)
 */
@IntegrationTest
class TwoNodesSweepTests extends DeadlineTestSupport {

	@Autowired
	DeadlineSweep sweep;

	@Test
	void twoNodesSweepingAtOnceNotifyEachRecipientOfEachBreachOnce() throws Exception {
		DeadlineWorld world = worldIn("ØKF");
		List<Long> mine = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			long slot = world.openSlot();
			this.slots.refer(world.consultant, slot, world.citizen("Anna " + i));
			this.slots.refer(world.consultant, slot, world.citizen("Bent " + i));
			mine.add(slot);
		}
		Instant now = Instant.now().plus(Duration.ofDays(8));
		try (ConfigurableApplicationContext otherNode = startSecondNode()) {
			DeadlineSweep otherSweep = otherNode.getBean(DeadlineSweep.class);
			List<DeadlineBreached> ours = atTheSameMoment(() -> this.sweep.sweep(now), () -> otherSweep.sweep(now))
				.stream()
				.flatMap(List::stream)
				.filter((b) -> mine.contains(b.slotId()))
				.toList();
			assertThat(ours).extracting(DeadlineBreached::slotId)
				.as("each breach announced by exactly one node")
				.containsExactlyInAnyOrderElementsOf(mine);
			assertThat(ours).allSatisfy((b) -> assertThat(b.recipientIds()).contains(world.employer.id()));
			long expected = ours.stream().mapToLong((b) -> b.recipientIds().size()).sum();
			// the notifications are stored by the listeners after each node's commit
			await().atMost(java.time.Duration.ofSeconds(30)).until(() -> notificationsFor(mine) >= expected);
			assertThat(notificationsFor(mine)).as("one notification per recipient and breach").isEqualTo(expected);
			assertThat(duplicateNotifications(mine)).isZero();
		}
		assertThat(this.jdbc.sql("select count(*) from deadline_breach where slot_id in (:slots)")
			.param("slots", mine)
			.query(Long.class)
			.single()).isEqualTo(mine.size());
	}

	private long notificationsFor(List<Long> slots) {
		return this.jdbc.sql("select count(*) from notification where link in (:links)")
			.param("links", slots.stream().map((s) -> "/slots/" + s).toList())
			.query(Long.class)
			.single();
	}

	private long duplicateNotifications(List<Long> slots) {
		return this.jdbc.sql("""
				select count(*) from (select user_id, link from notification where link in (:links)
				                      group by user_id, link having count(*) > 1) d
				""").param("links", slots.stream().map((s) -> "/slots/" + s).toList()).query(Long.class).single();
	}

}
