package dk.pladsflow.organisation;

/**
 * What an administrator sets on a unit.
 *
 * @param name the unit's name, unique within its department
 * @param leaderName the responsible leader
 * @param leaderEmail the leader's e-mail address
 * @param ordinaryEmployees the unit's ordinary employees (the ratio rule), if recorded
 */
public record UnitData(String name, String leaderName, String leaderEmail, Integer ordinaryEmployees) {

	/**
	 * A unit whose number of ordinary employees is not recorded.
	 * @param name the unit's name
	 * @param leaderName the responsible leader
	 * @param leaderEmail the leader's e-mail address
	 */
	public UnitData(String name, String leaderName, String leaderEmail) {
		this(name, leaderName, leaderEmail, null);
	}

}
