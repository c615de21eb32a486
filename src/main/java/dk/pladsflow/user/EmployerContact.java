package dk.pladsflow.user;

import java.util.Set;

/**
 * An employer as notifications need them: who, in which department, bound to which units.
 *
 * @param userId the user
 * @param departmentId their department
 * @param unitIds their units; empty for the whole department
 */
public record EmployerContact(long userId, long departmentId, Set<Long> unitIds) {

	/**
	 * Whether this employer answers for a slot in the given unit.
	 * @param unitId the slot's unit
	 * @return true if bound to the whole department or to that unit
	 */
	public boolean coversUnit(long unitId) {
		return this.unitIds.isEmpty() || this.unitIds.contains(unitId);
	}

}
