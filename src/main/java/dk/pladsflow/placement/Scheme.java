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

	/**
	 * The schemes a citizen can be in only one at a time (no double hire, V110): wage
	 * subsidy and internship. Utility work and flex jobs are outside the rule
	 * (docs/legal-checks.md).
	 */
	public static final List<Scheme> ONE_AT_A_TIME = List.of(WAGE_SUBSIDY, INTERNSHIP);

	/**
	 * The schemes the ratio rule (rimelighedskrav) counts in a unit: wage subsidy,
	 * internship and utility work (docs/legal-checks.md).
	 */
	public static final List<Scheme> RATIO = List.of(WAGE_SUBSIDY, INTERNSHIP, UTILITY_WORK);

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
	 * Whether a citizen can be in only one placement of these schemes at a time.
	 * @return true for wage subsidy and internship
	 */
	public boolean oneAtATime() {
		return ONE_AT_A_TIME.contains(this);
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
