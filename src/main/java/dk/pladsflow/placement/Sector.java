package dk.pladsflow.placement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a placement's workplace is. Only municipal placements count in the status against
 * the target figures (they are for the municipality as a workplace); both count in the
 * outcomes.
 */
public enum Sector {

	/** At one of the municipality's own workplaces (the default). */
	MUNICIPAL("kommunal"),
	/** In a private company. */
	PRIVATE("privat");

	private final String danishName;

	Sector(String danishName) {
		this.danishName = danishName;
	}

	/**
	 * The sector named in an import file: the code ({@code PRIVATE}) or the Danish name
	 * ({@code privat}), any case.
	 * @param text the field
	 * @return the sector, if the text names one
	 */
	public static Optional<Sector> parse(String text) {
		String value = text.trim();
		return Arrays.stream(values())
			.filter((s) -> s.name().equalsIgnoreCase(value)
					|| s.danishName.equals(value.toLowerCase(Locale.forLanguageTag("da"))))
			.findFirst();
	}

}
