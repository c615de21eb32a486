package dk.pladsflow.deadline;

import dk.pladsflow.slot.WorklistSection;
import dk.pladsflow.user.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The consultant's worklist shows the half-yearly follow-ups whose due date has passed
 * (model attribute {@code overdueFollowUps}, rendered by
 * {@code deadline/follow-ups :: overdue}).
 */
@Component
class OverdueFollowUps implements WorklistSection {

	private final FollowUpService followUps;

	OverdueFollowUps(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@Override
	public String attributeName() {
		return "overdueFollowUps";
	}

	@Override
	public Object section(CurrentUser user) {
		return this.followUps.overdue(user);
	}

}
