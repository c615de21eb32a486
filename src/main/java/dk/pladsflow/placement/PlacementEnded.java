package dk.pladsflow.placement;

import java.time.LocalDate;

/**
 * A placement from a filled slot has ended: its end date has passed. Published once per
 * placement (by {@link PlacementService#announceEnded}), through the event publication
 * registry; the slot module listens and frees the slot.
 *
 * @param placementId the placement
 * @param slotId the slot it fills
 * @param citizenId the citizen, if known
 * @param startDate its first day (with the citizen, which agreement of the slot it was)
 * @param endDate its last day
 */
public record PlacementEnded(long placementId, long slotId, Long citizenId, LocalDate startDate, LocalDate endDate) {

}
