package dk.pladsflow.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.test.StandaloneApplication;
import dk.pladsflow.test.TestDatabase;
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
		TestDatabase.Connection database = TestDatabase.get();
		try (ConfigurableApplicationContext otherNode = StandaloneApplication.start(
				"spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=" + database.username(),
				"spring.datasource.password=" + database.password(), "pladsflow.demo-data=false")) {
			DeadlineSweep otherSweep = otherNode.getBean(DeadlineSweep.class);
			CyclicBarrier together = new CyclicBarrier(2);
			ExecutorService nodes = Executors.newFixedThreadPool(2);
			try {
				Future<List<DeadlineBreached>> one = nodes.submit(atOnce(together, () -> this.sweep.sweep(now)));
				Future<List<DeadlineBreached>> two = nodes.submit(atOnce(together, () -> otherSweep.sweep(now)));
				List<DeadlineBreached> announced = new ArrayList<>(one.get());
				announced.addAll(two.get());
				List<DeadlineBreached> ours = announced.stream().filter((b) -> mine.contains(b.slotId())).toList();
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
			finally {
				nodes.shutdown();
			}
		}
		assertThat(this.jdbc.sql("select count(*) from deadline_breach where slot_id in (:slots)")
			.param("slots", mine)
			.query(Long.class)
			.single()).isEqualTo(mine.size());
	}

	private static Callable<List<DeadlineBreached>> atOnce(CyclicBarrier together,
			Callable<List<DeadlineBreached>> sweep) {
		return () -> {
			together.await();
			return sweep.call();
		};
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
