package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.placement.Scheme;

/**
 * Everything a slot's page shows, and what the viewer may do there.
 *
 * @param id id
 * @param title title
 * @param description description
 * @param departmentLabel department code and name
 * @param unitName unit
 * @param scheme scheme
 * @param weeklyHours hours a week
 * @param wishedStart wished start
 * @param contactPerson contact person
 * @param oneCvMode one-CV mode
 * @param phase phase
 * @param openedAt T0
 * @param deadline current deadline, or null
 * @param daysLeft calendar days to the deadline (negative when overdue), or null
 * @param roundNo current round
 * @param referralsNeeded referrals the round still needs
 * @param roundMaximum referrals a round can hold
 * @param roundSize referrals in the round
 * @param problemNote a one-CV problem waiting for the consultant
 * @param agreement the agreement checklist
 * @param chosenBenefit the chosen citizen's benefit (phase 3)
 * @param findings the legal checks' findings (phase 3)
 * @param ratio the unit's ratio headroom
 * @param referrals all referrals, by round
 * @param history the history, oldest first
 * @param may what the viewer may do
 * @param version for optimistic locking
 * @param doNotReopen the employer chose that an ended placement leaves the slot VACANT
 * instead of reopening it
 */
public record SlotView(long id, String title, String description, String departmentLabel, String unitName,
		Scheme scheme, BigDecimal weeklyHours, LocalDate wishedStart, String contactPerson, boolean oneCvMode,
		SlotPhase phase, Instant openedAt, Instant deadline, Long daysLeft, int roundNo, int referralsNeeded,
		int roundMaximum, int roundSize, String problemNote, AgreementData agreement, Benefit chosenBenefit,
		List<AgreementFinding> findings, Ratio ratio, List<ReferralView> referrals, List<HistoryView> history,
		Permissions may, long version, boolean doNotReopen) {

	/**
	 * Whether the deadline has passed.
	 * @return true if overdue
	 */
	public boolean overdue() {
		return this.daysLeft != null && this.daysLeft < 0;
	}

	/**
	 * The referrals of the current round still waiting for an answer.
	 * @return those referrals
	 */
	public List<ReferralView> waiting() {
		return this.referrals.stream()
			.filter((r) -> r.roundNo() == this.roundNo && r.state() == ReferralState.PROPOSED)
			.toList();
	}

	/**
	 * A referral as the page shows it (no CPR).
	 *
	 * @param citizenId citizen
	 * @param citizenName name
	 * @param caseReference case reference
	 * @param targetGroup target group
	 * @param jobGoal job goal
	 * @param cvReady CV ready
	 * @param roundNo round
	 * @param state state
	 * @param reason reason of a decline
	 * @param referredAt when referred
	 * @param answeredAt when answered
	 */
	public record ReferralView(long citizenId, String citizenName, String caseReference, Integer targetGroup,
			String jobGoal, boolean cvReady, int roundNo, ReferralState state, String reason, Instant referredAt,
			Instant answeredAt) {
	}

	/**
	 * A history line.
	 *
	 * @param at when
	 * @param actorName who
	 * @param action what (a message key suffix)
	 * @param details details
	 */
	public record HistoryView(Instant at, String actorName, String action, String details) {
	}

	/**
	 * The unit's ratio headroom (rimelighedskrav).
	 *
	 * @param ordinaryEmployees ordinary employees, or null when not recorded
	 * @param allowed people allowed in a ratio scheme at once, or null
	 * @param occupied people in a ratio scheme now
	 * @param headroom places left, or null
	 */
	public record Ratio(Integer ordinaryEmployees, Integer allowed, int occupied, Integer headroom) {
	}

	/**
	 * What the viewer may do on the page.
	 *
	 * @param refer refer citizens (consultant, open round)
	 * @param answer answer the round (employer, phase 2, normal mode)
	 * @param confirm confirm or report a problem (employer, phase 2, one-CV mode)
	 * @param resolveProblem resolve a reported problem (consultant)
	 * @param agree fill in and complete the agreement (employer or consultant, phase 3)
	 * @param endPlacement end the running placement (employer, filled)
	 * @param reopen reopen the slot (employer, vacant or closed)
	 */
	public record Permissions(boolean refer, boolean answer, boolean confirm, boolean resolveProblem, boolean agree,
			boolean endPlacement, boolean reopen) {
	}

}
