package dk.pladsflow.deadline;

import dk.pladsflow.slot.SlotPageSection;
import dk.pladsflow.user.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Adds the deadline section (missed deadlines and the hearing) to the slot's page, as the
 * model attribute {@code deadlineSection} that {@code deadline/hearing.html} renders.
 */
@Component
class DeadlineSlotSection implements SlotPageSection {

	private final HearingService hearings;

	DeadlineSlotSection(HearingService hearings) {
		this.hearings = hearings;
	}

	@Override
	public String attributeName() {
		return "deadlineSection";
	}

	@Override
	public Object section(CurrentUser user, long slotId) {
		return this.hearings.section(user, slotId);
	}

}
