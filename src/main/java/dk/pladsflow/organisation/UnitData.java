package dk.pladsflow.organisation;

/**
 * What an administrator sets on a unit.
 *
 * @param name the unit's name, unique within its department
 * @param leaderName the responsible leader
 * @param leaderEmail the leader's e-mail address
 */
public record UnitData(String name, String leaderName, String leaderEmail) {
}
