package dk.pladsflow.user;

import java.io.Serializable;

/**
 * What a user may do, by role: the one place where roles turn into rights. The facades
 * ask it (together with the department binding, for the data of one department), the
 * templates ask it to decide what to offer ({@code ${me.may().worklist()}}), and nothing
 * else names a role to decide access. Computed once per {@link CurrentUser}, that is once
 * per login or reload of the account.
 *
 * @param administer departments, units, users, target figures, scheduled jobs
 * @param worklist the consultants' work list
 * @param citizenRegister the citizen register (search, full records, CPR, import)
 * @param refer refer citizens to slots, resolve one-CV problems
 * @param inbox the employers' inbox
 * @param openSlots open a slot in the own department (an employer bound to one)
 * @param slotActions act as an employer on a slot of the own department and units
 * @param chooseDepartment filter lists by department (sees more than one)
 * @param followUps read the half-yearly follow-ups
 * @param commentFollowUps comment on a follow-up of the own department (employers and
 * managers)
 * @param completeFollowUps complete a follow-up
 * @param status read the status pages
 * @param statusApi read the status through the API
 * @param freezeMonths freeze a month's status by hand
 * @param placements the placement register (list, registration, import)
 * @param extendHearings extend a hearing (administrators, managers of the department)
 * @param managerOverview the manager's view of the home page
 * @param scriptedImports import CSV files through the API ({@code /api/import/*}):
 * administrators, whose scripts run under their account
 */
public record Permissions(boolean administer, boolean worklist, boolean citizenRegister, boolean refer, boolean inbox,
		boolean openSlots, boolean slotActions, boolean chooseDepartment, boolean followUps, boolean commentFollowUps,
		boolean completeFollowUps, boolean status, boolean statusApi, boolean freezeMonths, boolean placements,
		boolean extendHearings, boolean managerOverview, boolean scriptedImports) implements Serializable {

	static Permissions of(CurrentUser user) {
		boolean admin = user.has(Role.ADMIN);
		boolean consultant = user.has(Role.CONSULTANT);
		boolean employer = user.has(Role.EMPLOYER);
		boolean manager = user.has(Role.MANAGER);
		return new Permissions(admin, consultant, consultant, consultant, employer,
				employer && user.departmentId() != null, employer, user.departmentId() == null || consultant || admin,
				consultant || admin || manager || employer, employer || manager, consultant,
				consultant || admin || manager, admin || manager, admin, consultant || admin, admin || manager, manager,
				admin);
	}

	/**
	 * Read the quality pages (issue 12): the same people as the status pages — managers
	 * (a department manager their department), consultants, administrators.
	 * @return whether the user may
	 */
	public boolean quality() {
		return this.status;
	}

	/**
	 * Read the quality measures through the API: managers and administrators, as the
	 * status API.
	 * @return whether the user may
	 */
	public boolean qualityApi() {
		return this.statusApi;
	}

}
