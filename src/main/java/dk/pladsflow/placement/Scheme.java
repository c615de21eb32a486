package dk.pladsflow.placement;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The employment schemes a placement can be in. The first three count towards a
 * department's combined target in full-year persons, flex jobs towards the flex-job
 * target in head count.
 */
public enum Scheme {

	/** Løntilskud. */
	WAGE_SUBSIDY("løntilskud"),
	/** Virksomhedspraktik. */
	INTERNSHIP("virksomhedspraktik"),
	/** Nytteindsats. */
	UTILITY_WORK("nytteindsats"),
	/** Fleksjob. */
	FLEX_JOB("fleksjob");

	/** The schemes of the combined target, in the order the reports show them. */
	public static final List<Scheme> COMBINED = List.of(WAGE_SUBSIDY, INTERNSHIP, UTILITY_WORK);

	private final String danishName;

	Scheme(String danishName) {
		this.danishName = danishName;
	}

	/**
	 * The Danish name used in import files.
	 * @return the name, lower case
	 */
	public String danishName() {
		return this.danishName;
	}

	/**
	 * Whether this scheme counts towards the combined target.
	 * @return true for all but flex jobs
	 */
	public boolean combined() {
		return this != FLEX_JOB;
	}

	/**
	 * The scheme named in an import file: the code ({@code WAGE_SUBSIDY}) or the Danish
	 * name ({@code løntilskud}), any case.
	 * @param text the field
	 * @return the scheme, if the text names one
	 */
	public static Optional<Scheme> parse(String text) {
		String value = text.trim();
		return Arrays.stream(values())
			.filter((s) -> s.name().equalsIgnoreCase(value)
					|| s.danishName.equals(value.toLowerCase(Locale.forLanguageTag("da"))))
			.findFirst();
	}

}
