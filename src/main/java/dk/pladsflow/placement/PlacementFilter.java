package dk.pladsflow.placement;

/**
 * Which placements a list shows; every part is optional.
 *
 * @param departmentId only this department
 * @param scheme only this scheme
 * @param year only placements that overlap this calendar year
 * @param citizenRef only case references containing this text
 */
public record PlacementFilter(Long departmentId, Scheme scheme, Integer year, String citizenRef) {

	/** No filter: everything. */
	public static final PlacementFilter ALL = new PlacementFilter(null, null, null, null);

}
