package dk.pladsflow.status;

import java.math.BigDecimal;

/**
 * A department's targets for a year, or a unit's share.
 *
 * @param departmentId the department
 * @param unitId the unit, or null for the department's own targets
 * @param year the calendar year
 * @param combinedTarget internship + wage subsidy + utility work, full-year persons; null
 * for none
 * @param flexJobTarget flex jobs, head count; null for none
 * @param version for optimistic locking (0 where nothing is stored yet)
 */
public record Targets(long departmentId, Long unitId, int year, BigDecimal combinedTarget, Integer flexJobTarget,
		long version) {
}
