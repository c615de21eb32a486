package dk.pladsflow.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.slot.SlotView;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * What the closure and hearing tests share: a world of their own, the closure job run at
 * the clock's now, the clock moved to a moment, and the slot's view, deadline section and
 * hearing events read after a flush. The test classes are transactional and record
 * application events.
 */
abstract class ClosureTestSupport extends DeadlineTestSupport {

	@Autowired
	ClosureService closure;

	@Autowired
	HearingService hearings;

	@Autowired
	ApplicationEvents events;

	DeadlineWorld world;

	@BeforeEach
	void setUpWorld() {
		this.world = newWorld(false);
	}

	void run() {
		this.entityManager.flush();
		this.closure.run(this.clock.instant());
	}

	void moveTo(Instant moment) {
		this.entityManager.flush();
		this.clock.advance(Duration.between(this.clock.instant(), moment));
	}

	SlotView view(long slot) {
		this.entityManager.flush();
		return this.slots.view(this.world.consultant, slot);
	}

	DeadlineSection section(long slot) {
		this.entityManager.flush();
		return this.hearings.section(this.world.consultant, slot);
	}

	List<HearingRequested> hearingsFor(long slot) {
		return this.events.stream(HearingRequested.class).filter((h) -> h.slotId() == slot).toList();
	}

	static Instant weeksAfter(Instant from, int weeks) {
		return ZonedDateTime.ofInstant(from, ClockConfiguration.ZONE).plusWeeks(weeks).toInstant();
	}

}
