package dk.pladsflow.outcome;

import dk.pladsflow.placement.Scheme;
import dk.pladsflow.placement.Sector;

/**
 * Which placements behind a figure of the outcomes to list: those that ended in a year,
 * narrowed by the other fields where they are set.
 *
 * @param year the year they ended in
 * @param department a department's code (any case), or null for the municipality (a
 * department manager: their department)
 * @param scheme the scheme, or null for all
 * @param sector the sector, or null for both
 * @param month the end month (1–12), or null for the whole year
 * @param figure which of them the figure counts
 */
public record OutcomeFilter(int year, String department, Scheme scheme, Sector sector, Integer month, Figure figure) {

	public OutcomeFilter {
		department = (department == null || department.isBlank()) ? null : department.trim();
		figure = (figure != null) ? figure : Figure.ENDED;
	}

}
