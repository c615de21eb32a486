package dk.pladsflow.slot;

import java.util.Set;

/**
 * What a slot list shows: all filters optional.
 *
 * @param departmentId one department
 * @param unitIds these units only (empty: all)
 * @param phases these phases only (empty: all)
 * @param overdueOnly only slots past their deadline
 */
public record SlotFilter(Long departmentId, Set<Long> unitIds, Set<SlotPhase> phases, boolean overdueOnly) {

	public SlotFilter {
		unitIds = (unitIds != null) ? Set.copyOf(unitIds) : Set.of();
		phases = (phases != null) ? Set.copyOf(phases) : Set.of();
	}

}
