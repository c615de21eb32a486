package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import dk.pladsflow.placement.Scheme;
import dk.pladsflow.shared.ClockConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The flow rules of DOMAIN.md, on the aggregate alone.
 */
class SubsidySlotTests {

	static final FlowSettings SETTINGS = FlowSettings.DEFAULTS;

	static final Actor EMPLOYER = new Actor(1L, "Arne Arbejdsgiver");

	static final Actor CONSULTANT = new Actor(2L, "Karen Konsulent");

	static final Instant T0 = ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, ClockConfiguration.ZONE).toInstant();

	static SubsidySlot open(boolean oneCv, Instant at) {
		return SubsidySlot.open(10L, details(), oneCv, SETTINGS, EMPLOYER, at);
	}

	static SlotDetails details() {
		return new SlotDetails(20L, "Pædagogmedhjælper", "Børnehave", Scheme.WAGE_SUBSIDY, new BigDecimal("37"),
				LocalDate.of(2026, 2, 1), "Arne, 11223344", true, true);
	}

	static ReferralCandidate citizen(long id) {
		return new ReferralCandidate(id, "Borger " + id, true, false);
	}

	static Instant days(Instant from, int days) {
		return from.plus(Duration.ofDays(days));
	}

	@Test
	void openingStartsPhaseOneWithTheDeadlineSevenDaysAfterT0() {
		SubsidySlot slot = open(false, T0);
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.REFERRAL);
		assertThat(slot.getOpenedAt()).isEqualTo(T0);
		assertThat(slot.getDeadline()).isEqualTo(days(T0, 7));
		assertThat(slot.referralsNeeded(SETTINGS)).isEqualTo(2);
		assertThat(slot.getHistory()).extracting(SlotHistoryEntry::getAction).containsExactly("OPENED");
	}

	@Test
	void deadlinesAreCalendarDaysInCopenhagenAcrossTheSwitchToSummerTime() {
		Instant beforeSwitch = ZonedDateTime.of(2026, 3, 25, 10, 0, 0, 0, ClockConfiguration.ZONE).toInstant();
		SubsidySlot slot = open(false, beforeSwitch);
		assertThat(slot.getDeadline().atZone(ClockConfiguration.ZONE).toLocalDateTime())
			.isEqualTo(ZonedDateTime.of(2026, 4, 1, 10, 0, 0, 0, ClockConfiguration.ZONE).toLocalDateTime());
		assertThat(Duration.between(beforeSwitch, slot.getDeadline())).isEqualTo(Duration.ofDays(7).minusHours(1));
	}

	@Test
	void oneReferralDoesNotSendANormalRound() {
		SubsidySlot slot = open(false, T0);
		slot.refer(citizen(1), SETTINGS, CONSULTANT, days(T0, 1));
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.REFERRAL);
		assertThat(slot.getDeadline()).isEqualTo(days(T0, 7));
		assertThat(slot.referralsNeeded(SETTINGS)).isEqualTo(1);
	}

	@Test
	void theRoundIsSentAtTwoReferralsAndPhaseTwoRunsSevenDaysFromThen() {
		SubsidySlot slot = open(false, T0);
		slot.refer(citizen(1), SETTINGS, CONSULTANT, days(T0, 1));
		Instant sent = days(T0, 3);
		slot.refer(citizen(2), SETTINGS, CONSULTANT, sent);
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.EMPLOYER_RESPONSE);
		assertThat(slot.getRoundSentAt()).isEqualTo(sent);
		assertThat(slot.getDeadline()).isEqualTo(days(sent, 7));
	}

	@Test
	void aSentRoundTakesAThirdReferralButNeverAFourth() {
		SubsidySlot slot = sentRound(false);
		Instant deadline = slot.getDeadline();
		slot.refer(citizen(3), SETTINGS, CONSULTANT, days(T0, 4));
		assertThat(slot.getRoundSize()).isEqualTo(3);
		assertThat(slot.getDeadline()).as("a third referral does not move phase 2's deadline").isEqualTo(deadline);
		assertThatThrownBy(() -> slot.refer(citizen(4), SETTINGS, CONSULTANT, days(T0, 4)))
			.isInstanceOf(SlotRuleException.class)
			.hasMessage("slot.refer.roundFull");
		assertThat(slot.getReferrals()).hasSize(3);
	}

	@Test
	void inOneCvModeOneReferralSendsTheRoundAndItHoldsNoMore() {
		SubsidySlot slot = open(true, T0);
		assertThat(slot.referralsNeeded(SETTINGS)).isEqualTo(1);
		slot.refer(citizen(1), SETTINGS, CONSULTANT, days(T0, 2));
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.EMPLOYER_RESPONSE);
		assertThat(slot.getDeadline()).isEqualTo(days(T0, 9));
		assertThatThrownBy(() -> slot.refer(citizen(2), SETTINGS, CONSULTANT, days(T0, 2)))
			.isInstanceOf(SlotRuleException.class);
		assertThat(slot.getReferrals()).hasSize(1);
	}

	@Test
	void aCitizenInARunningPlacementCannotBeReferred() {
		SubsidySlot slot = open(false, T0);
		assertThatThrownBy(() -> slot.refer(new ReferralCandidate(1, "Borger", true, true), SETTINGS, CONSULTANT, T0))
			.isInstanceOf(SlotRuleException.class)
			.hasMessage("slot.refer.citizenPlaced");
		assertThat(slot.getReferrals()).isEmpty();
	}

	@Test
	void anInactiveCitizenCannotBeReferred() {
		SubsidySlot slot = open(false, T0);
		assertThatThrownBy(() -> slot.refer(new ReferralCandidate(1, "Borger", false, false), SETTINGS, CONSULTANT, T0))
			.hasMessage("slot.refer.citizenInactive");
	}

	@Test
	void aCitizenIsReferredToASlotOnlyOnce() {
		SubsidySlot slot = open(false, T0);
		slot.refer(citizen(1), SETTINGS, CONSULTANT, T0);
		assertThatThrownBy(() -> slot.refer(citizen(1), SETTINGS, CONSULTANT, T0))
			.hasMessage("slot.refer.alreadyReferred");
		assertThat(slot.getRoundSize()).isEqualTo(1);
	}

	@Test
	void choosingOneCitizenDeclinesTheOthersAndStartsPhaseThreeWithItsOwnDeadline() {
		SubsidySlot slot = sentRound(false);
		slot.refer(citizen(3), SETTINGS, CONSULTANT, days(T0, 4));
		Instant answered = days(T0, 6);
		slot.answer(2L, Map.of(1L, "Mangler kørekort", 3L, "Valgte en anden"), SETTINGS, EMPLOYER, answered);
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.AGREEMENT);
		assertThat(slot.getDeadline()).isEqualTo(days(answered, 7));
		assertThat(slot.getChosenReferral().getCitizenId()).isEqualTo(2L);
		assertThat(slot.getReferrals()).extracting(Referral::getCitizenId, Referral::getState, Referral::getReason)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(1L, ReferralState.DECLINED, "Mangler kørekort"),
					org.assertj.core.groups.Tuple.tuple(2L, ReferralState.CHOSEN, null),
					org.assertj.core.groups.Tuple.tuple(3L, ReferralState.DECLINED, "Valgte en anden"));
	}

	@Test
	void everyDeclinedCitizenNeedsAReasonAndAnIncompleteAnswerChangesNothing() {
		SubsidySlot slot = sentRound(false);
		Instant deadline = slot.getDeadline();
		assertThatThrownBy(() -> slot.answer(null, Map.of(1L, "For lidt erfaring"), SETTINGS, EMPLOYER, days(T0, 5)))
			.hasMessage("slot.answer.reasonRequired");
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.EMPLOYER_RESPONSE);
		assertThat(slot.getDeadline()).isEqualTo(deadline);
		assertThat(slot.getReferrals()).allMatch(Referral::isProposed);
	}

	@Test
	void decliningTheWholeRoundReturnsToPhaseOneWithANewSevenDayDeadlineFromThatMoment() {
		SubsidySlot slot = sentRound(false);
		Instant declined = days(T0, 8);
		slot.answer(null, Map.of(1L, "Ikke relevant", 2L, "Ikke relevant"), SETTINGS, EMPLOYER, declined);
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.REFERRAL);
		assertThat(slot.getRoundNo()).isEqualTo(2);
		assertThat(slot.getRoundSize()).isZero();
		assertThat(slot.getDeadline()).isEqualTo(days(declined, 7));
		assertThat(slot.getOpenedAt()).as("T0 stays").isEqualTo(T0);
		slot.refer(citizen(3), SETTINGS, CONSULTANT, days(declined, 1));
		slot.refer(citizen(4), SETTINGS, CONSULTANT, days(declined, 1));
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.EMPLOYER_RESPONSE);
	}

	@Test
	void theEmployerCanOnlyChooseACitizenOfTheCurrentRound() {
		SubsidySlot slot = sentRound(false);
		assertThatThrownBy(() -> slot.answer(99L, Map.of(1L, "x", 2L, "y"), SETTINGS, EMPLOYER, days(T0, 5)))
			.hasMessage("slot.answer.unknownReferral");
	}

	@Test
	void inOneCvModeTheEmployerHasNoChoiceOnlyConfirmOrProblem() {
		SubsidySlot slot = sentRound(true);
		assertThatThrownBy(() -> slot.answer(1L, Map.of(), SETTINGS, EMPLOYER, days(T0, 4)))
			.hasMessage("slot.answer.oneCvMode");
		Instant confirmed = days(T0, 5);
		slot.confirmHire(SETTINGS, EMPLOYER, confirmed);
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.AGREEMENT);
		assertThat(slot.getDeadline()).isEqualTo(days(confirmed, 7));
	}

	@Test
	void aProblemInOneCvModeGoesToTheConsultantWhoMayStartANewRound() {
		SubsidySlot slot = sentRound(true);
		slot.reportProblem("Borgeren mødte ikke op", EMPLOYER, days(T0, 4));
		assertThat(slot.getProblemNote()).isEqualTo("Borgeren mødte ikke op");
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.EMPLOYER_RESPONSE);
		Instant resolved = days(T0, 5);
		slot.resolveProblem(true, SETTINGS, CONSULTANT, resolved);
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.REFERRAL);
		assertThat(slot.getDeadline()).isEqualTo(days(resolved, 7));
		assertThat(slot.getReferrals().get(0).getState()).isEqualTo(ReferralState.DECLINED);
		assertThat(slot.getProblemNote()).isNull();
	}

	@Test
	void aClearedProblemLetsTheEmployerConfirm() {
		SubsidySlot slot = sentRound(true);
		slot.reportProblem("Spørgsmål om arbejdstid", EMPLOYER, days(T0, 4));
		slot.resolveProblem(false, SETTINGS, CONSULTANT, days(T0, 4));
		assertThat(slot.getProblemNote()).isNull();
		slot.confirmHire(SETTINGS, EMPLOYER, days(T0, 5));
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.AGREEMENT);
	}

	@Test
	void theAgreementCannotBeCompletedBeforeTheChecklistIsDone() {
		SubsidySlot slot = chosen();
		slot.updateAgreement(new AgreementData(true, false, LocalDate.of(2026, 2, 1), new BigDecimal("37"),
				LocalDate.of(2026, 5, 31), true, true), EMPLOYER, days(T0, 10));
		assertThatThrownBy(() -> slot.fill(List.of(), CONSULTANT, days(T0, 11)))
			.hasMessage("slot.agreement.incomplete");
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.AGREEMENT);
	}

	@Test
	void aLegalRefusalStopsTheAgreement() {
		SubsidySlot slot = chosen();
		slot.updateAgreement(completeAgreement(), EMPLOYER, days(T0, 10));
		assertThatThrownBy(() -> slot.fill(List.of(AgreementFinding.refusal("slot.check.additionality")), CONSULTANT,
				days(T0, 11)))
			.hasMessage("slot.check.additionality");
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.AGREEMENT);
	}

	@Test
	void aCompleteAgreementFillsTheSlotAndStopsTheClock() {
		SubsidySlot slot = chosen();
		slot.updateAgreement(completeAgreement(), EMPLOYER, days(T0, 10));
		slot.fill(List.of(AgreementFinding.warning("some.warning")), CONSULTANT, days(T0, 11));
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.FILLED);
		assertThat(slot.getDeadline()).isNull();
	}

	@Test
	void anAgreementThatFallsThroughStartsANewRound() {
		SubsidySlot slot = chosen();
		Instant cancelled = days(T0, 12);
		slot.cancelAgreement("Borgeren fik ordinært job", SETTINGS, CONSULTANT, cancelled);
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.REFERRAL);
		assertThat(slot.getDeadline()).isEqualTo(days(cancelled, 7));
		assertThat(slot.getReferrals()).filteredOn((r) -> r.getCitizenId() == 2L)
			.extracting(Referral::getState)
			.containsExactly(ReferralState.DECLINED);
	}

	@Test
	void reopeningAfterThePlacementEndedStartsTheClockAgainFromANewT0() {
		SubsidySlot slot = chosen();
		slot.updateAgreement(completeAgreement(), EMPLOYER, days(T0, 10));
		slot.fill(List.of(), CONSULTANT, days(T0, 11));
		slot.placementEnded(LocalDate.of(2026, 5, 31), EMPLOYER, days(T0, 150));
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.VACANT);
		Instant reopened = days(T0, 151);
		slot.reopen(false, SETTINGS, EMPLOYER, reopened);
		assertThat(slot.getPhase()).isEqualTo(SlotPhase.REFERRAL);
		assertThat(slot.getOpenedAt()).isEqualTo(reopened);
		assertThat(slot.getDeadline()).isEqualTo(days(reopened, 7));
		assertThat(slot.agreement().isComplete()).isFalse();
		assertThat(slot.getHistory()).extracting(SlotHistoryEntry::getAction)
			.containsSubsequence("OPENED", "FILLED", "PLACEMENT_ENDED", "REOPENED");
	}

	@Test
	void reopeningTakesTheDepartmentsOneCvModeOfThatMoment() {
		SubsidySlot slot = open(false, T0);
		slot.close("Ikke brugt", EMPLOYER, days(T0, 182));
		slot.reopen(true, SETTINGS, EMPLOYER, days(T0, 190));
		assertThat(slot.isOneCvMode()).isTrue();
		assertThat(slot.referralsNeeded(SETTINGS)).isEqualTo(1);
	}

	@Test
	void anOpenSlotCannotBeReopenedNorAFilledOneAnswered() {
		SubsidySlot slot = open(false, T0);
		assertThatThrownBy(() -> slot.reopen(false, SETTINGS, EMPLOYER, T0)).hasMessage("slot.transition.notAllowed");
		assertThatThrownBy(() -> slot.answer(null, Map.of(), SETTINGS, EMPLOYER, T0)).hasMessage("slot.phase.changed");
		assertThatThrownBy(() -> slot.placementEnded(LocalDate.now(), EMPLOYER, T0))
			.hasMessage("slot.transition.notAllowed");
	}

	@Test
	void everyChangeIsRecordedWithWhoAndWhen() {
		SubsidySlot slot = sentRound(false);
		assertThat(slot.getHistory()).extracting(SlotHistoryEntry::getAction, SlotHistoryEntry::getActorName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("OPENED", "Arne Arbejdsgiver"),
					org.assertj.core.groups.Tuple.tuple("REFERRED", "Karen Konsulent"),
					org.assertj.core.groups.Tuple.tuple("REFERRED", "Karen Konsulent"),
					org.assertj.core.groups.Tuple.tuple("ROUND_SENT", "Karen Konsulent"));
	}

	@Test
	void theTransitionTableAllowsOnlyTheFlowsPaths() {
		assertThat(SlotPhase.REFERRAL.next()).containsExactlyInAnyOrder(SlotPhase.EMPLOYER_RESPONSE, SlotPhase.CLOSED);
		assertThat(SlotPhase.FILLED.next()).containsExactly(SlotPhase.VACANT);
		assertThat(SlotPhase.VACANT.next()).as("reopened, or closed after 26 weeks vacant")
			.containsExactlyInAnyOrder(SlotPhase.REFERRAL, SlotPhase.CLOSED);
		assertThat(SlotPhase.AGREEMENT.next()).containsExactlyInAnyOrder(SlotPhase.FILLED, SlotPhase.REFERRAL,
				SlotPhase.CLOSED);
	}

	private static SubsidySlot sentRound(boolean oneCv) {
		SubsidySlot slot = open(oneCv, T0);
		slot.refer(citizen(1), SETTINGS, CONSULTANT, days(T0, 1));
		if (!oneCv) {
			slot.refer(citizen(2), SETTINGS, CONSULTANT, days(T0, 2));
		}
		return slot;
	}

	private static SubsidySlot chosen() {
		SubsidySlot slot = sentRound(false);
		slot.answer(2L, Map.of(1L, "Valgte en anden"), SETTINGS, EMPLOYER, days(T0, 6));
		return slot;
	}

	static AgreementData completeAgreement() {
		return new AgreementData(true, true, LocalDate.of(2026, 2, 1), new BigDecimal("37"), LocalDate.of(2026, 5, 31),
				true, true);
	}

}
