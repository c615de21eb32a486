package dk.pladsflow.deadline;

import java.time.Duration;
import java.time.Instant;

import dk.pladsflow.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A missed deadline reaches the people who must act, in the application, exactly once:
 * through the sweep's event, which the notification listener handles after the sweep has
 * committed (the event publication registry keeps it until then). Committed, in an
 * existing department; waits for the stored notification, never a fixed time.
 */
@IntegrationTest
class DeadlineNotificationTests extends DeadlineTestSupport {

	@Autowired
	DeadlineSweep sweep;

	@Test
	void aMissedAnswerDeadlineTellsTheEmployerOnceEvenWhenTheSweepRunsAgain() {
		DeadlineWorld world = worldIn("TMF");
		long slot = world.openSlot();
		this.slots.refer(world.consultant, slot, world.citizen("Anna"));
		this.slots.refer(world.consultant, slot, world.citizen("Bent"));
		Instant later = this.clock.instant().plus(Duration.ofDays(8));
		this.sweep.sweep(later);
		await().atMost(Duration.ofSeconds(30)).until(() -> notifications(world.employer.id(), slot) == 1);
		this.sweep.sweep(later.plusSeconds(300));
		assertThat(notifications(world.otherUnitEmployer.id(), slot)).as("an employer of another unit").isZero();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.sql("select count(*) from event_publication where completion_date is null "
						+ "and event_type like '%DeadlinesMissed'")
				.query(Long.class)
				.single() == 0);
		assertThat(notifications(world.employer.id(), slot)).as("told once").isEqualTo(1);
	}

	private long notifications(long userId, long slot) {
		return this.jdbc.sql("""
				select count(*) from notification
				where user_id = :user and link = :link and message_key = 'notification.deadline.phase2'
				""").param("user", userId).param("link", "/slots/" + slot).query(Long.class).single();
	}

}
