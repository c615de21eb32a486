package dk.pladsflow.placement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What registers a placement.
 *
 * @param departmentId the department it is in
 * @param unitId the unit, if known
 * @param scheme the scheme
 * @param startDate first day
 * @param endDate last day, or null while it runs
 * @param citizenRef the citizen's case reference
 * @param citizenId the citizen's id in Pladsflow, if registered there
 * @param slotId the filled slot, for wage subsidy placements from the slot flow
 * @param sector municipal (the slot flow's, and the default) or private workplace
 */
public record PlacementData(long departmentId, Long unitId, Scheme scheme, LocalDate startDate, LocalDate endDate,
		String citizenRef, Long citizenId, Long slotId, Sector sector) {

	public PlacementData {
		Objects.requireNonNull(scheme, "scheme");
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(startDate, "startDate");
		Objects.requireNonNull(citizenRef, "citizenRef");
		citizenRef = citizenRef.trim();
		if (citizenRef.isEmpty() || citizenRef.length() > 50) {
			throw new IllegalArgumentException("a citizen reference has 1 to 50 characters");
		}
		if (endDate != null && endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("a placement cannot end before it starts");
		}
	}

	/**
	 * A placement at a municipal workplace.
	 * @param departmentId department
	 * @param unitId unit or null
	 * @param scheme scheme
	 * @param startDate first day
	 * @param endDate last day or null
	 * @param citizenRef case reference
	 * @param citizenId the citizen's id, or null
	 * @param slotId the filled slot, or null
	 */
	public PlacementData(long departmentId, Long unitId, Scheme scheme, LocalDate startDate, LocalDate endDate,
			String citizenRef, Long citizenId, Long slotId) {
		this(departmentId, unitId, scheme, startDate, endDate, citizenRef, citizenId, slotId, Sector.MUNICIPAL);
	}

	/**
	 * A placement registered by hand or imported, without a slot or a known citizen.
	 * @param departmentId department
	 * @param unitId unit or null
	 * @param scheme scheme
	 * @param startDate first day
	 * @param endDate last day or null
	 * @param citizenRef case reference
	 * @return the data
	 */
	public static PlacementData of(long departmentId, Long unitId, Scheme scheme, LocalDate startDate,
			LocalDate endDate, String citizenRef) {
		return new PlacementData(departmentId, unitId, scheme, startDate, endDate, citizenRef, null, null);
	}

	/**
	 * A placement registered by hand or imported, in a given sector.
	 * @param departmentId department
	 * @param unitId unit or null
	 * @param scheme scheme
	 * @param sector sector
	 * @param startDate first day
	 * @param endDate last day or null
	 * @param citizenRef case reference
	 * @return the data
	 */
	public static PlacementData of(long departmentId, Long unitId, Scheme scheme, Sector sector, LocalDate startDate,
			LocalDate endDate, String citizenRef) {
		return new PlacementData(departmentId, unitId, scheme, startDate, endDate, citizenRef, null, null, sector);
	}

}
