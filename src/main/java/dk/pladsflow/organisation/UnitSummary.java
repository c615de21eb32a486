package dk.pladsflow.organisation;

/**
 * A unit as the rest of the application sees it.
 *
 * @param id id
 * @param departmentId its department
 * @param name name
 * @param leaderName responsible leader
 * @param leaderEmail leader's e-mail
 * @param ordinaryEmployees ordinary employees, if recorded
 * @param active whether it is in use
 * @param version for optimistic locking
 */
public record UnitSummary(long id, long departmentId, String name, String leaderName, String leaderEmail,
		Integer ordinaryEmployees, boolean active, long version) {
}
