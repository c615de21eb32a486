package dk.pladsflow.placement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form that registers a placement by hand.
 *
 * @param departmentId department
 * @param unitId unit, optional
 * @param scheme scheme
 * @param startDate first day
 * @param endDate last day, empty while it runs
 * @param citizenRef the citizen's case reference
 * @param sector municipal or private workplace (empty: municipal)
 */
record PlacementForm(@NotNull Long departmentId, Long unitId, @NotNull Scheme scheme, @NotNull LocalDate startDate,
		LocalDate endDate, @NotBlank @Size(max = 50) String citizenRef, Sector sector) {

	static PlacementForm empty() {
		return new PlacementForm(null, null, null, null, null, "", Sector.MUNICIPAL);
	}

	PlacementData toData() {
		return PlacementData.of(this.departmentId, this.unitId, this.scheme,
				(this.sector != null) ? this.sector : Sector.MUNICIPAL, this.startDate, this.endDate, this.citizenRef);
	}

}
