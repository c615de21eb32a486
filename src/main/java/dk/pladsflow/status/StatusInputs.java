package dk.pladsflow.status;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import dk.pladsflow.placement.PlacementFigures.OverlapRow;
import dk.pladsflow.placement.Scheme;

/**
 * What a status row is computed from: the aggregated placements of a department (or unit,
 * or several departments added up) and its targets. Mutable while the rows are gathered.
 */
final class StatusInputs {

	private final Map<Scheme, Long> personDays = new EnumMap<>(Scheme.class);

	private final Map<Scheme, Long> placements = new EnumMap<>(Scheme.class);

	private long lastMonthCombinedPersonDays;

	private long flexJobCitizens;

	private BigDecimal combinedTarget;

	private Integer flexJobTarget;

	void add(OverlapRow row) {
		this.personDays.merge(row.scheme(), row.personDays(), Long::sum);
		this.placements.merge(row.scheme(), row.placements(), Long::sum);
		if (row.scheme().combined()) {
			this.lastMonthCombinedPersonDays += row.lastMonthPersonDays();
		}
	}

	void addFlexJobCitizens(long citizens) {
		this.flexJobCitizens += citizens;
	}

	void targets(BigDecimal combined, Integer flexJob) {
		this.combinedTarget = combined;
		this.flexJobTarget = flexJob;
	}

	/**
	 * Adds another department's inputs, for the municipality's row: the figures and the
	 * targets that exist are summed.
	 * @param other the other department
	 */
	void add(StatusInputs other) {
		other.personDays.forEach((s, d) -> this.personDays.merge(s, d, Long::sum));
		other.placements.forEach((s, n) -> this.placements.merge(s, n, Long::sum));
		this.lastMonthCombinedPersonDays += other.lastMonthCombinedPersonDays;
		this.flexJobCitizens += other.flexJobCitizens;
		if (other.combinedTarget != null) {
			this.combinedTarget = (this.combinedTarget != null) ? this.combinedTarget.add(other.combinedTarget)
					: other.combinedTarget;
		}
		if (other.flexJobTarget != null) {
			this.flexJobTarget = (this.flexJobTarget != null) ? this.flexJobTarget + other.flexJobTarget
					: other.flexJobTarget;
		}
	}

	long personDays(Scheme scheme) {
		return this.personDays.getOrDefault(scheme, 0L);
	}

	long placements(Scheme scheme) {
		return this.placements.getOrDefault(scheme, 0L);
	}

	long combinedPersonDays() {
		return Scheme.COMBINED.stream().mapToLong(this::personDays).sum();
	}

	long lastMonthCombinedPersonDays() {
		return this.lastMonthCombinedPersonDays;
	}

	long flexJobCitizens() {
		return this.flexJobCitizens;
	}

	BigDecimal combinedTarget() {
		return this.combinedTarget;
	}

	Integer flexJobTarget() {
		return this.flexJobTarget;
	}

	/**
	 * Puts the municipality's own targets in place of the departments' sum, each where it
	 * is set.
	 * @param own the municipality's own targets
	 */
	void replaceTargets(Targets own) {
		if (own.combinedTarget() != null) {
			this.combinedTarget = own.combinedTarget();
		}
		if (own.flexJobTarget() != null) {
			this.flexJobTarget = own.flexJobTarget();
		}
	}

	boolean isEmpty() {
		return this.placements.isEmpty() && this.combinedTarget == null && this.flexJobTarget == null;
	}

}
