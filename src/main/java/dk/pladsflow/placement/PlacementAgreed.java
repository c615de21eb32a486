package dk.pladsflow.placement;

import java.time.LocalDate;

/**
 * A slot's agreement was completed: the slot module publishes this when a slot is filled,
 * and the placement module starts the placement ({@link PlacementStarts}). The type lives
 * here, with the module that reacts, because the slot module already depends on this one.
 *
 * @param slotId the filled slot
 * @param departmentId its department
 * @param unitId its unit
 * @param scheme the slot's scheme
 * @param startDate the agreed first day
 * @param endDate the end of the subsidy period, if agreed
 * @param citizenRef the citizen's case reference
 * @param citizenId the citizen
 */
public record PlacementAgreed(long slotId, long departmentId, long unitId, Scheme scheme, LocalDate startDate,
		LocalDate endDate, String citizenRef, long citizenId) {

	PlacementData toData() {
		return new PlacementData(this.departmentId, this.unitId, this.scheme, this.startDate, this.endDate,
				this.citizenRef, this.citizenId, this.slotId);
	}

}
