package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.citizen.CitizenData;
import dk.pladsflow.citizen.CitizenReferrals;
import dk.pladsflow.citizen.Readiness;
import dk.pladsflow.organisation.UnitData;
import dk.pladsflow.placement.PlacementData;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.user.UserMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Referrals per opening (issue 10, item 5), target groups 1-4 at referral (item 9) and
 * the ratio rule counted on the agreed start date (item 7).
 */
@IntegrationTest
class ReferralRulesTests extends SlotTestSupport {

	@Autowired
	CitizenReferrals citizenReferrals;

	@Autowired
	PlacementService placements;

	// --- referrals per opening --------------------------------------------------------

	@Test
	void alreadyReferredCountsWithinTheOpeningSoAReopenedSlotMayGetTheCitizenAgain() {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		long anna = this.world.citizen("Anna");
		this.slots.refer(this.world.consultant, slot, anna);
		assertThatThrownBy(() -> this.slots.refer(this.world.consultant, slot, anna))
			.hasMessage("slot.refer.alreadyReferred");
		assertThat(this.slots.suggestions(this.world.consultant, slot, "anna " + this.world.tag)).isEmpty();

		close(slot);
		this.slots.reopen(this.world.bufEmployer, slot, version(slot));

		assertThat(this.slots.suggestions(this.world.consultant, slot, "anna " + this.world.tag))
			.extracting(Suggestion::citizenId)
			.containsExactly(anna);
		this.slots.refer(this.world.consultant, slot, anna);
		assertThat(this.slots.view(this.world.consultant, slot).referrals())
			.extracting(SlotView.ReferralView::citizenId, SlotView.ReferralView::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(anna, ReferralState.WITHDRAWN),
					org.assertj.core.groups.Tuple.tuple(anna, ReferralState.PROPOSED));
	}

	@Test
	void closingASlotWithdrawsItsOpenReferralsWithAReasonTheCitizensPageShows() {
		SentRound round = sentRound();
		close(round.slot());

		assertThat(this.slots.view(this.world.consultant, round.slot()).referrals())
			.extracting(SlotView.ReferralView::state, SlotView.ReferralView::reason)
			.containsOnly(org.assertj.core.groups.Tuple.tuple(ReferralState.WITHDRAWN, "SLOT_CLOSED"));
		List<CitizenReferrals.Line> annas = this.citizenReferrals.of(round.anna(), 10);
		assertThat(annas).singleElement().satisfies((line) -> {
			assertThat(line.slotId()).isEqualTo(round.slot());
			assertThat(line.state()).isEqualTo("WITHDRAWN");
			assertThat(line.reason()).isEqualTo("SLOT_CLOSED");
			assertThat(line.place()).isEqualTo("BUF · Enhed A " + this.world.tag);
		});
	}

	// --- target groups 1-4
	// --------------------------------------------------------------

	@Test
	void suggestionsLeaveOutGroupsThreeAndFourButASearchByNameFindsThem() {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		long one = citizen("Gruppe1", 1);
		long three = citizen("Gruppe3", 3);
		long four = citizen("Gruppe4", 4);
		List<Long> best = this.slots.suggestions(this.world.consultant, slot, "")
			.stream()
			.map(Suggestion::citizenId)
			.toList();
		assertThat(best).doesNotContain(three, four);
		assertThat(this.slots.suggestions(this.world.consultant, slot, "gruppe3 " + this.world.tag))
			.extracting(Suggestion::citizenId)
			.containsExactly(three);
		assertThat(this.slots.suggestions(this.world.consultant, slot, "gruppe1 " + this.world.tag))
			.extracting(Suggestion::citizenId)
			.containsExactly(one);
	}

	@Test
	void referringAGroupThreeOrFourCitizenNeedsTheConsultantsConfirmation() {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		long three = citizen("Gruppe3", 3);
		long four = citizen("Gruppe4", 4);
		assertThatThrownBy(() -> this.slots.refer(this.world.consultant, slot, three))
			.isInstanceOfSatisfying(ReferralNeedsConfirmation.class, (ex) -> {
				assertThat(ex.messageCode()).isEqualTo("slot.refer.confirm.group3");
				assertThat(ex.targetGroup()).isEqualTo(3);
			});
		assertThat(this.slots.view(this.world.consultant, slot).referrals()).isEmpty();
		assertThatThrownBy(() -> this.slots.refer(this.world.consultant, slot, four, false))
			.hasMessage("slot.refer.confirm.group4");

		this.slots.refer(this.world.consultant, slot, three, true);
		assertThat(this.slots.view(this.world.consultant, slot).referrals())
			.extracting(SlotView.ReferralView::citizenId)
			.containsExactly(three);
	}

	// --- the ratio rule on the agreed start date
	// ----------------------------------------

	@Test
	void theRatioCountsTheUnitsPlacementsAndPhaseThreeAgreementsOnTheAgreedStartDate() {
		long small = this.organisation.createUnit(UserMother.ADMIN, this.world.buf,
				new UnitData("Lille enhed " + this.world.tag, null, null, 7));
		LocalDate today = LocalDate.now(ClockConfiguration.ZONE);
		LocalDate busyFrom = today.plusDays(30);
		this.placements.register(new PlacementData(this.world.buf, small, Scheme.UTILITY_WORK, busyFrom,
				busyFrom.plusDays(30), "SAG-NYTTE-" + this.world.tag, null, null));
		long slot = agreementInUnit(small, "Anna");

		agree(slot, today.plusDays(2), today.plusDays(20));
		assertThat(codes(slot)).as("the utility work starts after this placement ends").isEmpty();

		agree(slot, busyFrom.plusDays(5), busyFrom.plusDays(40));
		SlotView refused = this.slots.view(this.world.consultant, slot);
		assertThat(codes(slot)).containsExactly("slot.check.ratio");
		AgreementFinding ratio = refused.findings()
			.stream()
			.filter((f) -> f.messageCode().equals("slot.check.ratio"))
			.findFirst()
			.orElseThrow();
		assertThat(ratio.arguments()).containsExactly(7, 1, 1,
				dk.pladsflow.shared.web.Dates.DATE.format(busyFrom.plusDays(5)));
		assertThatThrownBy(() -> this.slots.completeAgreement(this.world.consultant, slot, version(slot)))
			.hasMessage("slot.check.ratio");

		agree(slot, busyFrom.plusDays(31), busyFrom.plusDays(60));
		assertThat(codes(slot)).as("the utility work has ended on the start date").isEmpty();
		agree(slot, busyFrom.plusDays(45), busyFrom.plusDays(60));
		long other = agreementInUnit(small, "Bo");
		agree(other, busyFrom.plusDays(40), busyFrom.plusDays(50));
		assertThat(codes(slot)).as("another agreement in phase 3 covers the start date")
			.containsExactly("slot.check.ratio");
	}

	private long agreementInUnit(long unit, String name) {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(unit));
		long a = this.world.citizen(name + "A");
		long b = this.world.citizen(name + "B");
		this.slots.refer(this.world.consultant, slot, a);
		this.slots.refer(this.world.consultant, slot, b);
		this.slots.answer(this.world.bufEmployer, slot, version(slot), a, Map.of(b, "Valgte en anden"));
		return slot;
	}

	private void agree(long slot, LocalDate start, LocalDate end) {
		this.slots.updateAgreement(this.world.bufEmployer, slot, version(slot),
				new AgreementData(true, true, start, new BigDecimal("37"), end, true, true));
	}

	private List<String> codes(long slot) {
		return this.slots.view(this.world.consultant, slot)
			.findings()
			.stream()
			.filter(AgreementFinding::refuses)
			.map(AgreementFinding::messageCode)
			.toList();
	}

	private long citizen(String name, int group) {
		return this.citizens.create(new CitizenData(name + " " + this.world.tag, "SAG-" + UUID.randomUUID(), null,
				group, Benefit.CASH_BENEFIT, "Pædagogmedhjælper", true, LocalDate.of(2025, 1, 1), true,
				Readiness.ACTIVITY_READY), this.world.consultant);
	}

	private void close(long slot) {
		Instant t0 = this.slots.view(this.world.consultant, slot).openedAt();
		assertThat(this.slots.closeUnused(slot, t0, "Ikke besat 26 uger efter T0", Instant.now())).isTrue();
	}

	private long version(long slot) {
		return this.slots.view(this.world.consultant, slot).version();
	}

}
