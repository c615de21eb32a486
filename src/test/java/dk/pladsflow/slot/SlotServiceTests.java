package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.pladsflow.placement.PlacementAgreed;
import dk.pladsflow.placement.PlacementData;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;

@IntegrationTest
@Transactional
class SlotServiceTests extends SlotTestSupport {

	@Autowired
	PlacementService placements;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	@Test
	void theWholePathFromOpeningToReopening() {
		LocalDate today = LocalDate.now(dk.pladsflow.shared.ClockConfiguration.ZONE);
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		long anna = this.world.citizen("Anna");
		long bent = this.world.citizen("Bent");
		this.slots.refer(this.world.consultant, slot, anna);
		this.slots.refer(this.world.consultant, slot, bent);
		SlotView sent = this.slots.view(this.world.bufEmployer, slot);
		assertThat(sent.phase()).isEqualTo(SlotPhase.EMPLOYER_RESPONSE);
		this.slots.answer(this.world.bufEmployer, slot, sent.version(), anna, Map.of(bent, "Valgte en anden"));
		SlotView chosen = this.slots.view(this.world.consultant, slot);
		assertThat(chosen.phase()).isEqualTo(SlotPhase.AGREEMENT);
		this.slots.updateAgreement(this.world.bufEmployer, slot, chosen.version(), new AgreementData(true, true,
				today.minusDays(10), new BigDecimal("37"), today.plusMonths(3), true, true));
		this.slots.completeAgreement(this.world.consultant, slot, version(slot));
		// slot filled → placement starts: the placement module's listener does this after
		// the commit (PlacementModuleTests); in this one transaction the test does it
		this.placements.start(new PlacementAgreed(slot, this.world.buf, this.world.bufUnit, Scheme.WAGE_SUBSIDY,
				today.minusDays(10), today.plusMonths(3), this.citizens.summary(anna).caseReference(), anna));
		nextRequest();
		SlotView filled = this.slots.view(this.world.bufEmployer, slot);
		assertThat(filled.phase()).isEqualTo(SlotPhase.FILLED);
		assertThat(filled.deadline()).isNull();
		assertThat(filled.ratio().occupied()).as("the new placement counts in the unit's ratio").isEqualTo(1);
		long other = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufOtherUnit));
		assertThatThrownBy(() -> this.slots.refer(this.world.consultant, other, anna))
			.as("Anna is in a running placement")
			.hasMessage("slot.refer.citizenPlaced");
		this.slots.endPlacement(this.world.bufEmployer, slot, filled.version(), today.minusDays(1));
		nextRequest();
		this.slots.refer(this.world.consultant, other, anna);
		SlotView reopened = this.slots.view(this.world.bufEmployer, slot);
		assertThat(reopened.phase()).isEqualTo(SlotPhase.REFERRAL);
		assertThat(reopened.history()).extracting(SlotView.HistoryView::action)
			.as("an ended placement reopens the slot by itself")
			.containsSubsequence("OPENED", "ROUND_SENT", "CHOSEN", "FILLED", "PLACEMENT_ENDED", "REOPENED");
	}

	@Test
	void aCitizenInARunningPlacementIsNeitherSuggestedNorReferable() {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		long placed = this.world.citizen("Placeret");
		this.placements.register(new PlacementData(this.world.sof, null, Scheme.INTERNSHIP, LocalDate.of(2020, 1, 1),
				null, "SAG-PLACED-" + this.world.tag, placed, null));
		assertThat(this.slots.suggestions(this.world.consultant, slot, "Placeret"))
			.noneMatch((s) -> s.citizenId() == placed);
		assertThatThrownBy(() -> this.slots.refer(this.world.consultant, slot, placed))
			.hasMessage("slot.refer.citizenPlaced");
	}

	@Test
	void suggestionsPutTargetGroupOneAndMatchingJobGoalsFirst() {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		long anna = this.world.citizen("Anna");
		List<Suggestion> found = this.slots.suggestions(this.world.consultant, slot, "anna " + this.world.tag);
		assertThat(found).extracting(Suggestion::citizenId).containsExactly(anna);
		assertThat(found.get(0).goalMatches()).isTrue();
	}

	@Test
	void anEmployerOfAnotherDepartmentGetsForbiddenForTheSlotAndEveryAction() {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		CurrentUser outsider = this.world.sofEmployer;
		long v = version(slot);
		List<Executable> attempts = List.of(() -> this.slots.view(outsider, slot),
				() -> this.slots.answer(outsider, slot, v, null, Map.of()),
				() -> this.slots.confirmHire(outsider, slot, v), () -> this.slots.reportProblem(outsider, slot, v, "x"),
				() -> this.slots.updateAgreement(outsider, slot, v,
						new AgreementData(false, false, null, null, null, false, false)),
				() -> this.slots.completeAgreement(outsider, slot, v),
				() -> this.slots.cancelAgreement(outsider, slot, v, "x"),
				() -> this.slots.endPlacement(outsider, slot, v, LocalDate.now()),
				() -> this.slots.reopen(outsider, slot, v), () -> this.slots.refer(outsider, slot, 1L),
				() -> this.slots.suggestions(outsider, slot, ""));
		assertAll(attempts.stream().map((a) -> () -> assertThrows(ForbiddenException.class, a)));
		assertThat(version(slot)).isEqualTo(v);
	}

	@Test
	void anEmployerCannotOpenASlotInAnotherDepartmentsUnit() {
		assertThatThrownBy(() -> this.slots.open(this.world.sofEmployer, SlotWorld.details(this.world.bufUnit)))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void anEmployerBoundToAUnitSeesAndActsOnlyThere() {
		CurrentUser unitEmployer = this.world.user("ag-enhed", Role.EMPLOYER, this.world.buf,
				Set.of(this.world.bufUnit));
		long mine = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		long other = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufOtherUnit));
		assertThat(this.slots.view(unitEmployer, mine).id()).isEqualTo(mine);
		assertThatThrownBy(() -> this.slots.view(unitEmployer, other)).isInstanceOf(ForbiddenException.class);
		assertThat(
				this.slots.list(unitEmployer, new SlotFilter(null, Set.of(), Set.of(), false), PageRequest.of(0, 100))
					.getContent())
			.extracting(SlotRow::id)
			.contains(mine)
			.doesNotContain(other);
		assertThatThrownBy(() -> this.slots.list(unitEmployer,
				new SlotFilter(null, Set.of(this.world.bufOtherUnit), Set.of(), false), PageRequest.of(0, 10)))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void anEmployersListShowsOnlyTheirDepartmentWhateverTheFilterSays() {
		long bufSlot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		long sofSlot = this.slots.open(this.world.sofEmployer, SlotWorld.details(this.world.sofUnit));
		List<Long> seen = this.slots
			.list(this.world.sofEmployer, new SlotFilter(this.world.buf, Set.of(), Set.of(), false),
					PageRequest.of(0, 1000))
			.getContent()
			.stream()
			.map(SlotRow::id)
			.toList();
		assertThat(seen).contains(sofSlot).doesNotContain(bufSlot);
	}

	@Test
	void aManagerReadsTheirDepartmentButActsOnNothing() {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		SlotView view = this.slots.view(this.world.bufManager, slot);
		assertThat(view.may()).isEqualTo(new SlotView.Permissions(false, false, false, false, false, false, false));
		assertThatThrownBy(() -> this.slots.reopen(this.world.bufManager, slot, view.version()))
			.isInstanceOf(ForbiddenException.class);
		long sofSlot = this.slots.open(this.world.sofEmployer, SlotWorld.details(this.world.sofUnit));
		assertThatThrownBy(() -> this.slots.view(this.world.bufManager, sofSlot))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void aMissingSlotIsNotFound() {
		assertThatThrownBy(() -> this.slots.view(this.world.consultant, Long.MAX_VALUE))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void anAnswerMadeFromAnOldVersionIsRefused() {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		long anna = this.world.citizen("Anna");
		long bent = this.world.citizen("Bent");
		this.slots.refer(this.world.consultant, slot, anna);
		long seenByEmployer = version(slot);
		this.slots.refer(this.world.consultant, slot, bent);
		nextRequest();
		assertThatThrownBy(
				() -> this.slots.answer(this.world.bufEmployer, slot, seenByEmployer, anna, Map.of(bent, "x")))
			.isInstanceOf(ConcurrentChangeException.class);
	}

	@Test
	void theWorklistIsSortedByDeadlineWithTheOverdueMarked() {
		long first = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		long second = this.slots.open(this.world.sofEmployer, SlotWorld.details(this.world.sofUnit));
		List<SlotRow> rows = this.slots
			.list(this.world.consultant, new SlotFilter(null, Set.of(), SlotPhase.OPEN, false),
					PageRequest.of(0, 10000))
			.getContent();
		assertThat(rows).extracting(SlotRow::id).containsSubsequence(first, second);
		assertThat(rows).isSortedAccordingTo(java.util.Comparator.comparing(SlotRow::deadline));
		assertThat(rows).filteredOn((r) -> r.id() == first).extracting(SlotRow::referralsNeeded).containsExactly(2);
	}

	private long version(long slot) {
		nextRequest();
		return this.slots.view(this.world.consultant, slot).version();
	}

	/**
	 * Ends a "request": what the test did so far reaches the database, as a commit would,
	 * and the next call reads it afresh.
	 */
	private void nextRequest() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

}
