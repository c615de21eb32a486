package dk.pladsflow.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.slot.SlotPhase;
import dk.pladsflow.slot.SlotView;
import dk.pladsflow.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Phase 4: the hearing at week 24 and not before, the closure at week 26, none while an
 * extension runs and one when it has ended; a reopened slot starts its 26 weeks again.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class ClosureServiceTests extends ClosureTestSupport {

	@Test
	void theEmployerIsHeardAtWeekTwentyFourAndNotAMinuteBefore() {
		long slot = this.world.openSlot();
		Instant t0 = view(slot).openedAt();
		moveTo(weeksAfter(t0, 24).minusSeconds(60));
		run();
		assertThat(hearingsFor(slot)).isEmpty();
		assertThat(section(slot).hearing()).isNull();
		moveTo(weeksAfter(t0, 24));
		run();
		run();
		assertThat(hearingsFor(slot)).as("asked once, whatever reruns").singleElement().satisfies((h) -> {
			assertThat(h.employerIds()).as("the department's employer, not the one of another unit")
				.containsExactly(this.world.employer.id());
			assertThat(h.closesAt()).as("two weeks after the hearing, which is week 26 when asked on time")
				.isBetween(weeksAfter(t0, 26), weeksAfter(t0, 26).plusSeconds(60));
		});
		assertThat(section(slot).hearing().closesAt()).isBetween(weeksAfter(t0, 26),
				weeksAfter(t0, 26).plusSeconds(60));
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.REFERRAL);
	}

	@Test
	void anUnusedSlotClosesAtWeekTwentySixWithHistory() {
		long slot = this.world.openSlot();
		Instant t0 = view(slot).openedAt();
		moveTo(weeksAfter(t0, 24));
		run();
		Instant closesAt = section(slot).hearing().closesAt();
		assertThat(closesAt).isBetween(weeksAfter(t0, 26), weeksAfter(t0, 26).plusSeconds(60));
		moveTo(closesAt.minusSeconds(60));
		run();
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.REFERRAL);
		moveTo(closesAt);
		run();
		run();
		SlotView closed = view(slot);
		assertThat(closed.phase()).isEqualTo(SlotPhase.CLOSED);
		assertThat(closed.deadline()).isNull();
		assertThat(closed.history()).extracting(SlotView.HistoryView::action)
			.containsSubsequence("OPENED", "HEARING_ASKED", "CLOSED");
		assertThat(closedEvents(slot)).singleElement().satisfies((c) -> {
			assertThat(c.employerIds()).containsExactly(this.world.employer.id());
			assertThat(c.consultantIds()).containsExactly(this.world.consultant.id());
		});
	}

	@Test
	void noSlotClosesWithoutAHearingTwoWeeksOld() {
		long slot = this.world.openSlot();
		Instant t0 = view(slot).openedAt();
		moveTo(weeksAfter(t0, 30));
		run();
		assertThat(view(slot).phase()).as("asked only now (after downtime): two weeks to answer")
			.isEqualTo(SlotPhase.REFERRAL);
		Instant closesAt = section(slot).hearing().closesAt();
		assertThat(closesAt).isBetween(weeksAfter(t0, 32), weeksAfter(t0, 32).plusSeconds(60));
		moveTo(closesAt.minusSeconds(60));
		run();
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.REFERRAL);
		moveTo(closesAt);
		run();
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.CLOSED);
	}

	@Test
	void anExtendedSlotStaysOpenUntilTheExtensionHasEndedAndThenCloses() {
		long slot = this.world.openSlot();
		Instant t0 = view(slot).openedAt();
		moveTo(weeksAfter(t0, 24));
		run();
		this.hearings.answer(this.world.employer, slot, section(slot).hearing().version(), true,
				"Vi er ved at ansætte");
		moveTo(weeksAfter(t0, 25));
		LocalDate until = localDate(weeksAfter(t0, 27));
		this.hearings.extend(this.world.manager, slot, section(slot).hearing().version(), until,
				"Ansættelse aftalt til næste måned");
		DeadlineSection.Hearing extended = section(slot).hearing();
		assertThat(extended.keepRequested()).isTrue();
		assertThat(extended.extensionUntil()).isEqualTo(until);
		assertThat(extended.extensionReason()).isEqualTo("Ansættelse aftalt til næste måned");
		moveTo(weeksAfter(t0, 26));
		run();
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.REFERRAL);
		Instant endOfExtension = until.plusDays(1).atStartOfDay(ClockConfiguration.ZONE).toInstant();
		moveTo(endOfExtension.minusSeconds(60));
		run();
		assertThat(view(slot).phase()).as("the extension's last day").isEqualTo(SlotPhase.REFERRAL);
		moveTo(endOfExtension);
		run();
		SlotView closed = view(slot);
		assertThat(closed.phase()).isEqualTo(SlotPhase.CLOSED);
		assertThat(closed.history()).extracting(SlotView.HistoryView::action)
			.containsSubsequence("HEARING_KEEP_REQUESTED", "EXTENSION_GRANTED", "CLOSED");
	}

	@Test
	void aReopenedSlotGetsANewHearingAndItsTwentySixWeeksStartAgain() {
		long slot = this.world.openSlot();
		Instant t0 = view(slot).openedAt();
		moveTo(weeksAfter(t0, 26));
		run();
		moveTo(section(slot).hearing().closesAt());
		run();
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.CLOSED);
		this.slots.reopen(this.world.employer, slot, view(slot).version());
		Instant newT0 = view(slot).openedAt();
		moveTo(weeksAfter(newT0, 24).minusSeconds(60));
		run();
		assertThat(hearingsFor(slot)).hasSize(1);
		assertThat(section(slot).hearing()).as("the old T0's hearing is not this run's").isNull();
		moveTo(weeksAfter(newT0, 24));
		run();
		assertThat(hearingsFor(slot)).hasSize(2);
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.REFERRAL);
	}

	@Test
	void onlyAdministratorsAndTheDepartmentsManagersExtendAndOnlyTheEmployerAnswers() {
		long slot = this.world.openSlot();
		moveTo(weeksAfter(view(slot).openedAt(), 24));
		run();
		long version = section(slot).hearing().version();
		LocalDate until = localDate(this.clock.instant()).plusDays(30);
		assertThat(section(slot).mayExtend()).isFalse();
		assertThat(this.hearings.section(this.world.manager, slot).mayExtend()).isTrue();
		assertThat(this.hearings.section(this.world.employer, slot).mayAnswer()).isTrue();
		assertThatThrownBy(() -> this.hearings.extend(this.world.employer, slot, version, until, "Nej"))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.hearings.extend(this.world.otherManager, slot, version, until, "Nej"))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.hearings.answer(this.world.otherUnitEmployer, slot, version, true, "Nej"))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.hearings.extend(this.world.admin, slot, version, until, " "))
			.isInstanceOf(FieldRejectedException.class)
			.hasMessageContaining("reason");
		this.hearings.extend(this.world.centralManager, slot, version, until, "Central beslutning");
		this.hearings.extend(this.world.admin, slot, version + 1, until.plusDays(1), "Forlænget igen");
		assertThat(section(slot).hearing().extensionUntil()).isEqualTo(until.plusDays(1));
	}

	private List<SlotClosed> closedEvents(long slot) {
		return this.events.stream(SlotClosed.class).filter((h) -> h.slotId() == slot).toList();
	}

	private static LocalDate localDate(Instant moment) {
		return LocalDate.ofInstant(moment, ClockConfiguration.ZONE);
	}

}
