package dk.pladsflow.placement;

import java.time.LocalDate;

/**
 * A placement as lists show it.
 *
 * @param id id
 * @param departmentId department
 * @param unitId unit, or null
 * @param scheme scheme
 * @param startDate first day
 * @param endDate last day, or null while it runs
 * @param citizenRef the citizen's case reference
 * @param slotId the slot it filled, or null
 * @param sector municipal or private workplace
 * @param version for optimistic locking
 */
public record PlacementSummary(long id, long departmentId, Long unitId, Scheme scheme, LocalDate startDate,
		LocalDate endDate, String citizenRef, Long slotId, Sector sector, long version) {
}
