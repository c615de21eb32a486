package dk.pladsflow.slot;

import java.time.Instant;

import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.user.UserService;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The slot facade's entry points for the deadline module: closing an unused slot only
 * while it is open in the same run (T0), notes in the history, and the access facts.
 */
@IntegrationTest
@Transactional
class SlotClosureTests {

	@Autowired
	SlotService slots;

	@Autowired
	OrganisationService organisation;

	@Autowired
	UserService users;

	@Autowired
	CitizenService citizens;

	@Autowired
	EntityManager entityManager;

	SlotWorld world;

	@BeforeEach
	void setUp() {
		this.world = new SlotWorld(this.organisation, this.users, this.citizens);
	}

	@Test
	void closeUnusedClosesAnOpenSlotOnceWithTheSystemAsActor() {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		Instant t0 = this.slots.view(this.world.consultant, slot).openedAt();
		assertThat(this.slots.closeUnused(slot, t0, "Ikke besat 26 uger efter T0", Instant.now())).isTrue();
		assertThat(this.slots.closeUnused(slot, t0, "igen", Instant.now())).as("already closed").isFalse();
		SlotView closed = this.slots.view(this.world.consultant, slot);
		assertThat(closed.phase()).isEqualTo(SlotPhase.CLOSED);
		assertThat(closed.history()).last().satisfies((h) -> {
			assertThat(h.action()).isEqualTo("CLOSED");
			assertThat(h.actorName()).isEqualTo("Pladsflow");
			assertThat(h.details()).isEqualTo("Ikke besat 26 uger efter T0");
		});
	}

	@Test
	void closeUnusedLeavesAReopenedSlotAloneBecauseItsTwentySixWeeksStartedAgain() {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		Instant t0 = this.slots.view(this.world.consultant, slot).openedAt();
		this.slots.closeUnused(slot, t0, "lukket", Instant.now());
		this.entityManager.flush();
		this.slots.reopen(this.world.bufEmployer, slot, this.slots.view(this.world.bufEmployer, slot).version());
		assertThat(this.slots.closeUnused(slot, t0, "gammel T0", Instant.now())).isFalse();
		assertThat(this.slots.view(this.world.consultant, slot).phase()).isEqualTo(SlotPhase.REFERRAL);
	}

	@Test
	void accessTellsTheEmployerApartAndRefusesOtherDepartments() {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		assertThat(this.slots.access(this.world.bufEmployer, slot).employer()).isTrue();
		assertThat(this.slots.access(this.world.bufManager, slot).employer()).isFalse();
		assertThat(this.slots.access(this.world.consultant, slot).departmentId()).isEqualTo(this.world.buf);
		assertThatThrownBy(() -> this.slots.access(this.world.sofEmployer, slot))
			.isInstanceOf(ForbiddenException.class);
		this.slots.addToHistory(slot, this.world.bufManager, "EXTENSION_GRANTED", "01-01-2099: grund");
		assertThat(this.slots.view(this.world.consultant, slot).history()).last()
			.extracting(SlotView.HistoryView::action)
			.isEqualTo("EXTENSION_GRANTED");
	}

}
