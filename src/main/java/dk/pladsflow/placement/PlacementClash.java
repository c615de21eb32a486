package dk.pladsflow.placement;

import java.time.LocalDate;

/**
 * A placement that keeps a citizen from another wage-subsidy or internship placement in
 * the same days (no double hire).
 *
 * @param placementId the placement
 * @param scheme its scheme
 * @param departmentId its department
 * @param unitId its unit, or null
 * @param slotId the slot it filled, or null
 * @param startDate its first day
 * @param endDate its last day, or null while it runs
 */
public record PlacementClash(long placementId, Scheme scheme, long departmentId, Long unitId, Long slotId,
		LocalDate startDate, LocalDate endDate) {
}
