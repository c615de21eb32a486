package dk.pladsflow.outcome;

import java.util.Optional;

import dk.pladsflow.placement.Scheme;
import dk.pladsflow.placement.Sector;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links from a figure on Resultater to the placements behind it
 * ({@code /outcomes/{year}/placements?...}).
 *
 * @param year the year the placements ended in
 * @param department the department's code, or null for the municipality
 */
record Drill(int year, String department) {

	/**
	 * The placements of a scheme and sector that a figure counts.
	 * @param outcome the figure's scheme and sector
	 * @param figure the {@link Figure}'s name
	 * @return the path and query
	 */
	public String to(Outcome outcome, String figure) {
		return link(outcome.scheme(), outcome.sector(), null, figure);
	}

	/**
	 * The same for one end month.
	 * @param outcome the figure's scheme and sector
	 * @param month the end month
	 * @param figure the {@link Figure}'s name
	 * @return the path and query
	 */
	public String to(Outcome outcome, int month, String figure) {
		return link(outcome.scheme(), outcome.sector(), month, figure);
	}

	/**
	 * The placements of every scheme and sector that ended in a month.
	 * @param month the end month
	 * @param figure the {@link Figure}'s name
	 * @return the path and query
	 */
	public String month(int month, String figure) {
		return link(null, null, month, figure);
	}

	private String link(Scheme scheme, Sector sector, Integer month, String figure) {
		return UriComponentsBuilder.fromPath("/outcomes/{year}/placements")
			.queryParamIfPresent("department", Optional.ofNullable(this.department))
			.queryParamIfPresent("scheme", Optional.ofNullable(scheme))
			.queryParamIfPresent("sector", Optional.ofNullable(sector))
			.queryParamIfPresent("month", Optional.ofNullable(month))
			.queryParam("figure", Figure.valueOf(figure))
			.buildAndExpand(this.year)
			.encode()
			.toUriString();
	}

}
