package dk.pladsflow.slot;

import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.user.UserService;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the slot integration tests share: the facades and a fresh {@link SlotWorld} for
 * each test.
 */
abstract class SlotTestSupport {

	@Autowired
	SlotService slots;

	@Autowired
	OrganisationService organisation;

	@Autowired
	UserService users;

	@Autowired
	CitizenService citizens;

	SlotWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new SlotWorld(this.organisation, this.users, this.citizens);
	}

	/**
	 * A slot in BUF's unit whose first round (Anna and Bent) has been sent to the
	 * employer.
	 * @return the round
	 */
	SentRound sentRound() {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		long anna = this.world.citizen("Anna");
		long bent = this.world.citizen("Bent");
		this.slots.refer(this.world.consultant, slot, anna);
		this.slots.refer(this.world.consultant, slot, bent);
		return new SentRound(slot, anna, bent, this.slots.view(this.world.bufEmployer, slot));
	}

	/**
	 * A round waiting for the employer's answer.
	 *
	 * @param slot the slot
	 * @param anna one referred citizen
	 * @param bent the other
	 * @param view the slot as the employer sees it
	 */
	record SentRound(long slot, long anna, long bent, SlotView view) {

		long version() {
			return this.view.version();
		}

	}

}
