package dk.pladsflow.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.pladsflow.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes sweeping at the same moment, each in its own transaction: the unique key lets
 * one of them record (and announce) each breach, the other nothing. Not transactional, so
 * the slots are committed (with names of their own).
 */
@IntegrationTest
class ConcurrentSweepTests extends DeadlineTestSupport {

	@Autowired
	DeadlineSweep sweep;

	@Test
	void twoSweepsAtTheSameMomentRecordEachBreachOnce() throws Exception {
		DeadlineWorld world = worldIn("TMF");
		List<Long> mine = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			mine.add(world.openSlot());
		}
		this.clock.advance(Duration.ofDays(8));
		Instant now = this.clock.instant();
		List<DeadlineBreached> all = atTheSameMoment(() -> this.sweep.sweep(now), () -> this.sweep.sweep(now)).stream()
			.flatMap(List::stream)
			.toList();
		assertThat(all.stream().filter((b) -> mine.contains(b.slotId())).map(DeadlineBreached::slotId))
			.as("each slot's breach published by exactly one node")
			.containsExactlyInAnyOrderElementsOf(mine);
		assertThat(this.jdbc.sql("select count(*) from deadline_breach where slot_id in (:slots)")
			.param("slots", mine)
			.query(Long.class)
			.single()).isEqualTo(mine.size());
	}

}
