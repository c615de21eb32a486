package dk.pladsflow.deadline;

import java.time.Duration;

import dk.pladsflow.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A missed deadline reaches the people who must act, in the application, exactly once.
 */
@IntegrationTest
@Transactional
class DeadlineNotificationTests extends DeadlineTestSupport {

	@Autowired
	DeadlineSweep sweep;

	@Test
	void aMissedReferralDeadlineTellsTheContactConsultantOnceEvenWhenTheSweepRunsAgain() {
		DeadlineWorld world = newWorld(false);
		long slot = world.openSlot();
		this.clock.advance(Duration.ofDays(8));
		this.entityManager.flush();
		this.sweep.sweep(this.clock.instant());
		this.sweep.sweep(this.clock.instant().plusSeconds(300));
		this.entityManager.flush();
		assertThat(notificationsOf(world.consultant.id(), slot)).containsExactly("notification.deadline.phase1");
		assertThat(notificationsOf(world.employer.id(), slot)).as("phase 1 concerns the consultant only").isEmpty();
	}

	private java.util.List<String> notificationsOf(long userId, long slot) {
		return this.jdbc.sql("select message_key from notification where user_id = :user and link = :link")
			.param("user", userId)
			.param("link", "/slots/" + slot)
			.query(String.class)
			.list();
	}

}
