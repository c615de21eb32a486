package dk.pladsflow.slot;

import java.util.EnumSet;
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

	/**
	 * The consultants' work list: the open phases.
	 * @param departmentId one department, or null
	 * @param overdueOnly only slots past their deadline
	 * @return the filter
	 */
	public static SlotFilter worklist(Long departmentId, boolean overdueOnly) {
		return new SlotFilter(departmentId, Set.of(), SlotPhase.OPEN, overdueOnly);
	}

	/**
	 * An employer's inbox: rounds to answer and agreements to complete.
	 * @return the filter
	 */
	public static SlotFilter inbox() {
		return new SlotFilter(null, Set.of(), EnumSet.of(SlotPhase.EMPLOYER_RESPONSE, SlotPhase.AGREEMENT), false);
	}

}
