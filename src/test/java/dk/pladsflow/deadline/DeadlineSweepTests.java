package dk.pladsflow.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.slot.SlotPhase;
import dk.pladsflow.slot.SlotView;
import dk.pladsflow.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each deadline fires at its moment and not a minute before, is recorded and published
 * once, and a declined round's new deadline is a new phase instance. The clock is moved,
 * never slept on.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class DeadlineSweepTests extends DeadlineTestSupport {

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	ApplicationEvents events;

	DeadlineWorld world;

	@BeforeEach
	void setUp() {
		this.world = newWorld(false);
	}

	@Test
	void phaseOneDeadlineFiresSevenDaysAfterOpeningAndNotAMinuteBefore() {
		Instant t0 = this.clock.instant();
		long slot = this.world.openSlot();
		assertThat(view(slot).deadline()).isBetween(sevenDaysAfter(t0), sevenDaysAfter(this.clock.instant()));
		this.clock.advance(Duration.ofDays(7).minusMinutes(1));
		assertThat(sweepFor(slot)).isEmpty();
		this.clock.advance(Duration.ofMinutes(1));
		List<DeadlineBreached> breached = sweepFor(slot);
		assertThat(breached).singleElement().satisfies((b) -> {
			assertThat(b.phase()).isEqualTo(1);
			assertThat(b.roundNo()).isEqualTo(1);
			assertThat(b.departmentId()).isEqualTo(this.world.department);
			assertThat(b.consultantIds()).as("phase 1: the contact consultant")
				.containsExactly(this.world.consultant.id());
			assertThat(b.employerIds()).isEmpty();
		});
		assertThat(published(slot)).containsExactlyElementsOf(breached);
		assertThat(storedBreaches(slot)).containsExactly("REFERRAL/1");
	}

	@Test
	void phaseTwoDeadlineFiresSevenDaysAfterTheRoundIsSentAndTellsEmployerAndConsultant() {
		long slot = this.world.openSlot();
		this.clock.advance(Duration.ofDays(2));
		sendRound(slot);
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.EMPLOYER_RESPONSE);
		Instant sent = this.clock.instant();
		this.clock.advance(Duration.ofDays(7).minusMinutes(1));
		assertThat(sweepFor(slot)).isEmpty();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(sweepFor(slot)).singleElement().satisfies((b) -> {
			assertThat(b.phase()).isEqualTo(2);
			assertThat(b.deadline()).isBetween(sevenDaysAfter(sent.minusSeconds(5)), sevenDaysAfter(sent));
			assertThat(b.consultantIds()).containsExactly(this.world.consultant.id());
			assertThat(b.employerIds()).as("the department's employer, not the one bound to another unit")
				.containsExactly(this.world.employer.id());
		});
		assertThat(storedBreaches(slot)).containsExactly("EMPLOYER_RESPONSE/1");
	}

	@Test
	void phaseThreeDeadlineFiresSevenDaysAfterTheChoice() {
		long slot = this.world.openSlot();
		long[] citizens = sendRound(slot);
		this.clock.advance(Duration.ofDays(3));
		this.slots.answer(this.world.employer, slot, view(slot).version(), citizens[0],
				Map.of(citizens[1], "Valgte en anden"));
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.AGREEMENT);
		this.clock.advance(Duration.ofDays(7).minusMinutes(1));
		assertThat(sweepFor(slot)).isEmpty();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(sweepFor(slot)).singleElement().satisfies((b) -> {
			assertThat(b.phase()).isEqualTo(3);
			assertThat(b.recipientIds()).containsExactlyInAnyOrder(this.world.consultant.id(),
					this.world.employer.id());
		});
	}

	@Test
	void aDeclinedRoundGetsANewSevenDayDeadlineAndItsBreachIsANewInstance() {
		long slot = this.world.openSlot();
		this.clock.advance(Duration.ofDays(8));
		assertThat(sweepFor(slot)).as("round 1 referred late").hasSize(1);
		long[] citizens = sendRound(slot);
		this.slots.answer(this.world.employer, slot, view(slot).version(), null,
				Map.of(citizens[0], "Passer ikke", citizens[1], "Passer ikke"));
		SlotView declined = view(slot);
		assertThat(declined.phase()).isEqualTo(SlotPhase.REFERRAL);
		assertThat(declined.roundNo()).isEqualTo(2);
		assertThat(declined.deadline()).isAfterOrEqualTo(sevenDaysAfter(this.clock.instant().minusSeconds(5)));
		this.clock.advance(Duration.ofDays(7).minusMinutes(1));
		assertThat(sweepFor(slot)).as("round 1's breach is not repeated; round 2 is not due").isEmpty();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(sweepFor(slot)).singleElement().satisfies((b) -> {
			assertThat(b.phase()).isEqualTo(1);
			assertThat(b.roundNo()).isEqualTo(2);
		});
		assertThat(storedBreaches(slot)).containsExactly("REFERRAL/1", "REFERRAL/2");
	}

	@Test
	void oneCvModeSendsTheRoundWithOneReferralAndItsResponseDeadlineFires() {
		DeadlineWorld oneCv = newWorld(true);
		long slot = oneCv.openSlot();
		this.slots.refer(oneCv.consultant, slot, oneCv.citizen("Anna"));
		assertThat(this.slots.view(oneCv.consultant, slot).phase()).isEqualTo(SlotPhase.EMPLOYER_RESPONSE);
		this.clock.advance(Duration.ofDays(7).minusMinutes(1));
		assertThat(sweepFor(slot)).isEmpty();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(sweepFor(slot)).singleElement().satisfies((b) -> {
			assertThat(b.phase()).isEqualTo(2);
			assertThat(b.employerIds()).containsExactly(oneCv.employer.id());
			assertThat(b.consultantIds()).containsExactly(oneCv.consultant.id());
		});
	}

	@Test
	void aBreachIsRecordedAndPublishedOnceWhenTheSweepRunsTwice() {
		long slot = this.world.openSlot();
		this.clock.advance(Duration.ofDays(7));
		assertThat(sweepFor(slot)).hasSize(1);
		assertThat(sweepFor(slot)).isEmpty();
		this.clock.advance(Duration.ofHours(1));
		assertThat(sweepFor(slot)).isEmpty();
		assertThat(published(slot)).hasSize(1);
		assertThat(storedBreaches(slot)).hasSize(1);
	}

	@Test
	void aSweepAfterAnOutageCatchesUpExactlyOncePerInstance() {
		long slot = this.world.openSlot();
		long sentSlot = this.world.openSlot();
		sendRound(sentSlot);
		this.clock.advance(Duration.ofDays(30));
		sweepFor(slot);
		sweepFor(slot);
		assertThat(published(slot)).singleElement().extracting(DeadlineBreached::phase).isEqualTo(1);
		assertThat(published(sentSlot)).singleElement().extracting(DeadlineBreached::phase).isEqualTo(2);
		assertThat(storedBreaches(slot)).containsExactly("REFERRAL/1");
		assertThat(storedBreaches(sentSlot)).containsExactly("EMPLOYER_RESPONSE/1");
	}

	private long[] sendRound(long slot) {
		long anna = this.world.citizen("Anna");
		long bent = this.world.citizen("Bent");
		this.slots.refer(this.world.consultant, slot, anna);
		this.slots.refer(this.world.consultant, slot, bent);
		return new long[] { anna, bent };
	}

	private SlotView view(long slot) {
		this.entityManager.flush();
		return this.slots.view(this.world.consultant, slot);
	}

	private List<DeadlineBreached> sweepFor(long slot) {
		this.entityManager.flush();
		return this.sweep.sweep(this.clock.instant()).stream().filter((b) -> b.slotId() == slot).toList();
	}

	private List<DeadlineBreached> published(long slot) {
		return this.events.stream(DeadlineBreached.class).filter((b) -> b.slotId() == slot).toList();
	}

	private List<String> storedBreaches(long slot) {
		return this.jdbc.sql("select phase || '/' || round_no from deadline_breach where slot_id = :slot order by id")
			.param("slot", slot)
			.query(String.class)
			.list();
	}

	private static Instant sevenDaysAfter(Instant from) {
		return ZonedDateTime.ofInstant(from, ClockConfiguration.ZONE).plusDays(7).toInstant();
	}

}
