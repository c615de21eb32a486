package dk.pladsflow.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import dk.pladsflow.placement.PlacementEnded;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.slot.SlotPhase;
import dk.pladsflow.slot.SlotView;
import dk.pladsflow.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10, items 1–3: only unused slots are heard and closed (phase 3 never; an
 * agreement that falls through after week 26 is heard at once); a hearing counts (close
 * it, or keep it because …, which notifies the deciders and holds the closure until a
 * decision or the time limit); a VACANT slot runs its 26 weeks from the day it became
 * vacant.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class UnusedSlotClosureTests extends ClosureTestSupport {

	@Autowired
	dk.pladsflow.placement.PlacementService placements;

	@Test
	void aSlotInPhaseThreeAtWeekThirtyIsNeitherHeardNorClosed() {
		long slot = this.world.slotInAgreement();
		Instant t0 = view(slot).openedAt();
		moveTo(weeksAfter(t0, 30));
		run();
		run();
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.AGREEMENT);
		assertThat(hearingsFor(slot)).isEmpty();
		assertThat(section(slot).hearing()).isNull();
	}

	@Test
	void anAgreementThatFallsThroughAtWeekTwentySevenIsHeardAtOnceAndUnansweredClosed() {
		long slot = this.world.openSlot();
		Instant t0 = view(slot).openedAt();
		moveTo(weeksAfter(t0, 24));
		run();
		assertThat(hearingsFor(slot)).as("heard at week 24 in phase 1").hasSize(1);
		moveTo(weeksAfter(t0, 25));
		long chosen = this.world.citizen("Valgt");
		long declined = this.world.citizen("Fravalgt");
		this.slots.refer(this.world.consultant, slot, chosen);
		this.slots.refer(this.world.consultant, slot, declined);
		this.slots.answer(this.world.employer, slot, this.world.version(slot), chosen,
				java.util.Map.of(declined, "Valgte en anden"));
		moveTo(weeksAfter(t0, 26).plusSeconds(3600));
		run();
		assertThat(view(slot).phase()).as("phase 3 at week 26 is not closed").isEqualTo(SlotPhase.AGREEMENT);
		moveTo(weeksAfter(t0, 27));
		this.slots.cancelAgreement(this.world.employer, slot, this.world.version(slot), "Borgeren sagde nej");
		Instant fellThrough = this.clock.instant();
		run();
		assertThat(hearingsFor(slot)).as("heard again at once").hasSize(2);
		Instant closesAt = section(slot).hearing().closesAt();
		assertThat(closesAt).as("the usual two weeks to answer")
			.isBetween(weeksAfter(fellThrough, 2), weeksAfter(fellThrough, 2).plusSeconds(60));
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.REFERRAL);
		moveTo(closesAt.minusSeconds(60));
		run();
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.REFERRAL);
		moveTo(closesAt);
		run();
		SlotView closed = view(slot);
		assertThat(closed.phase()).isEqualTo(SlotPhase.CLOSED);
		assertThat(closed.history()).extracting(SlotView.HistoryView::action)
			.containsSubsequence("HEARING_ASKED", "CHOSEN", "AGREEMENT_CANCELLED", "HEARING_ASKED", "CLOSED");
	}

	@Test
	void aKeepRequestNotifiesTheDecidersAndHoldsTheClosureUntilTheTimeLimit() {
		long slot = this.world.openSlot();
		Instant t0 = view(slot).openedAt();
		moveTo(weeksAfter(t0, 25));
		run();
		assertThatThrownBy(() -> this.hearings.answer(this.world.employer, slot, hearing(slot).version(), true, " "))
			.as("keeping needs a reason")
			.isInstanceOf(FieldRejectedException.class)
			.hasMessageContaining("reason");
		Instant askedFrom = this.clock.instant();
		this.hearings.answer(this.world.employer, slot, hearing(slot).version(), true, "Vi ansætter til foråret");
		Instant requestedAt = this.clock.instant();
		KeepRequested request = this.events.stream(KeepRequested.class)
			.filter((k) -> k.slotId() == slot)
			.findFirst()
			.orElseThrow();
		assertThat(request.deciderIds()).as("administrators and the managers who see the department")
			.contains(this.world.admin.id(), this.world.manager.id(), this.world.centralManager.id())
			.doesNotContain(this.world.otherManager.id(), this.world.employer.id(), this.world.consultant.id());
		// the notification itself is sent by DeadlineNotifications after the commit (see
		// HearingBrowserTests, where the manager reads it)
		assertThat(this.hearings.toDecide(this.world.manager)).extracting(HearingToDecide::slotId).contains(slot);
		assertThat(this.hearings.toDecide(this.world.otherManager)).extracting(HearingToDecide::slotId)
			.doesNotContain(slot);
		Instant decideBy = ZonedDateTime.ofInstant(requestedAt, ClockConfiguration.ZONE).plusDays(14).toInstant();
		assertThat(section(slot).hearing().closesAt()).as("14 days after the request")
			.isBetween(ZonedDateTime.ofInstant(askedFrom, ClockConfiguration.ZONE).plusDays(14).toInstant(), decideBy);
		moveTo(weeksAfter(t0, 27));
		run();
		assertThat(view(slot).phase()).as("held while undecided").isEqualTo(SlotPhase.REFERRAL);
		moveTo(decideBy.minusSeconds(60));
		run();
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.REFERRAL);
		moveTo(decideBy);
		run();
		SlotView closed = view(slot);
		assertThat(closed.phase()).isEqualTo(SlotPhase.CLOSED);
		assertThat(closed.history()).filteredOn((h) -> h.action().equals("CLOSED"))
			.singleElement()
			.satisfies((h) -> assertThat(h.details()).contains("ikke afgjort inden for 14 dage"));
		assertThat(this.hearings.toDecide(this.world.admin)).extracting(HearingToDecide::slotId).doesNotContain(slot);
	}

	@Test
	void aRefusalClosesTheSlotAtOnceWithWhoAndWhy() {
		long slot = this.world.openSlot();
		moveTo(weeksAfter(view(slot).openedAt(), 24));
		run();
		assertThatThrownBy(() -> this.hearings.refuse(this.world.manager, slot, hearing(slot).version(), "Nej"))
			.as("nothing to refuse before a request to keep")
			.isInstanceOf(FieldRejectedException.class);
		this.hearings.answer(this.world.employer, slot, hearing(slot).version(), true, "Vi har en kandidat");
		assertThat(this.hearings.section(this.world.manager, slot).mayRefuse()).isTrue();
		assertThat(this.hearings.section(this.world.employer, slot).mayRefuse()).isFalse();
		this.hearings.refuse(this.world.manager, slot, hearing(slot).version(), "Ingen budget");
		SlotView closed = view(slot);
		assertThat(closed.phase()).isEqualTo(SlotPhase.CLOSED);
		assertThat(closed.history()).extracting(SlotView.HistoryView::action, SlotView.HistoryView::actorName)
			.containsSubsequence(
					org.assertj.core.groups.Tuple.tuple("HEARING_KEEP_REQUESTED", this.world.employer.displayName()),
					org.assertj.core.groups.Tuple.tuple("KEEP_REFUSED", this.world.manager.displayName()),
					org.assertj.core.groups.Tuple.tuple("CLOSED", this.world.manager.displayName()));
		assertThat(section(slot).hearing().decision()).isEqualTo("REFUSED");
	}

	@Test
	void grantingSetsAnExtensionWithAnEndDate() {
		long slot = this.world.openSlot();
		Instant t0 = view(slot).openedAt();
		moveTo(weeksAfter(t0, 24));
		run();
		this.hearings.answer(this.world.employer, slot, hearing(slot).version(), true, "Vi har en kandidat");
		LocalDate until = LocalDate.ofInstant(weeksAfter(t0, 30), ClockConfiguration.ZONE);
		this.hearings.extend(this.world.centralManager, slot, hearing(slot).version(), until, "Godt argument");
		assertThat(section(slot).hearing().decision()).isEqualTo("GRANTED");
		assertThat(section(slot).hearing().extensionUntil()).isEqualTo(until);
		assertThat(this.hearings.toDecide(this.world.admin)).extracting(HearingToDecide::slotId).doesNotContain(slot);
		moveTo(weeksAfter(t0, 29));
		run();
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.REFERRAL);
		moveTo(until.plusDays(1).atStartOfDay(ClockConfiguration.ZONE).toInstant());
		run();
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.CLOSED);
	}

	@Test
	void theEmployerAnsweringCloseItClosesTheSlotAtOnce() {
		long slot = this.world.openSlot();
		moveTo(weeksAfter(view(slot).openedAt(), 24));
		run();
		this.hearings.answer(this.world.employer, slot, hearing(slot).version(), false, "Behovet er væk");
		SlotView closed = view(slot);
		assertThat(closed.phase()).isEqualTo(SlotPhase.CLOSED);
		assertThat(closed.history()).extracting(SlotView.HistoryView::action)
			.containsSubsequence("HEARING_ASKED", "HEARING_CLOSE_ANSWERED", "CLOSED");
	}

	@Test
	void aDoNotReopenSlotBecomesVacantAndIsClosedTwentySixWeeksLaterAfterAHearing() {
		LocalDate today = LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE));
		long slot = this.world.filledSlot(today.minusDays(10));
		this.slots.chooseReopening(this.world.employer, slot, this.world.version(slot), true);
		moveTo(this.clock.instant().plus(Duration.ofDays(20)));
		// the end date passed: what the listener does with the placement module's event
		assertThat(this.slots.placementEnded(new PlacementEnded(0, slot, null, today.minusDays(10), today.plusDays(5))))
			.isTrue();
		assertThat(this.slots.placementEnded(new PlacementEnded(0, slot, null, today.minusDays(10), today.plusDays(5))))
			.as("a second delivery changes nothing")
			.isFalse();
		Instant vacantSince = this.clock.instant();
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.VACANT);
		moveTo(weeksAfter(vacantSince, 24).minusSeconds(60));
		run();
		assertThat(hearingsFor(slot)).isEmpty();
		moveTo(weeksAfter(vacantSince, 24));
		run();
		assertThat(hearingsFor(slot)).hasSize(1);
		assertThat(this.hearings.section(this.world.employer, slot).mayAnswer()).isTrue();
		Instant closesAt = section(slot).hearing().closesAt();
		assertThat(closesAt).as("26 weeks after it became vacant")
			.isBetween(weeksAfter(vacantSince, 26), weeksAfter(vacantSince, 26).plusSeconds(60));
		moveTo(closesAt.minusSeconds(60));
		run();
		assertThat(view(slot).phase()).isEqualTo(SlotPhase.VACANT);
		moveTo(closesAt);
		run();
		SlotView closed = view(slot);
		assertThat(closed.phase()).isEqualTo(SlotPhase.CLOSED);
		assertThat(closed.history()).extracting(SlotView.HistoryView::action)
			.containsSubsequence("FILLED", "DO_NOT_REOPEN", "PLACEMENT_ENDED", "HEARING_ASKED", "CLOSED");
	}

	@Test
	void anEndedPlacementReopensTheSlotWithANewT0AndTellsTheContactConsultant() {
		LocalDate today = LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE));
		long slot = this.world.filledSlot(today.minusDays(10));
		this.world.startPlacement(this.placements, slot, today.minusDays(10));
		this.entityManager.flush();
		this.slots.endPlacement(this.world.employer, slot, this.world.version(slot), today.plusDays(3));
		assertThat(view(slot).phase()).as("a future last day: still filled").isEqualTo(SlotPhase.FILLED);
		moveTo(this.clock.instant().plus(Duration.ofDays(4)));
		Instant now = this.clock.instant();
		assertThat(this.slots.placementEnded(new PlacementEnded(0, slot, null, today.minusDays(10), today.plusDays(3))))
			.isTrue();
		SlotView reopened = view(slot);
		assertThat(reopened.phase()).isEqualTo(SlotPhase.REFERRAL);
		assertThat(reopened.openedAt()).as("a new T0").isBetween(now, now.plusSeconds(5));
		assertThat(reopened.deadline()).as("the week-1 deadline")
			.isEqualTo(ZonedDateTime.ofInstant(reopened.openedAt(), ClockConfiguration.ZONE).plusDays(7).toInstant());
		assertThat(reopened.history()).extracting(SlotView.HistoryView::action)
			.containsSubsequence("FILLED", "PLACEMENT_END_SET", "PLACEMENT_ENDED", "REOPENED");
		assertThat(notificationKeys(this.world.consultant.id(), slot)).containsExactly("notification.slotReopened");
	}

	private DeadlineSection.Hearing hearing(long slot) {
		return section(slot).hearing();
	}

	private List<String> notificationKeys(long userId, long slot) {
		this.entityManager.flush();
		return this.jdbc.sql("select message_key from notification where user_id = :user and link like :link")
			.param("user", userId)
			.param("link", "/slots/" + slot + "%")
			.query(String.class)
			.list();
	}

}
