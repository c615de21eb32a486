package dk.pladsflow.outcome;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the national registers say a citizen was doing in a spell.
 */
public enum SpellStatus {

	/** In ordinary work. */
	JOB,
	/** In education. */
	EDUCATION,
	/** On a public benefit (not self-sufficient). */
	BENEFIT,
	/** Anything else that is known (abroad, on leave, …). */
	OTHER;

	/**
	 * The status named in an import file (the code, any case).
	 * @param text the field
	 * @return the status, if the text names one
	 */
	static Optional<SpellStatus> parse(String text) {
		String value = text.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter((s) -> s.name().equals(value)).findFirst();
	}

}
