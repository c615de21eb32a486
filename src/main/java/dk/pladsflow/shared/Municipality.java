package dk.pladsflow.shared;

import java.util.Locale;

import org.springframework.util.Assert;

/**
 * The municipality that runs this installation: its name on every page and report, and
 * its code, which stands for the municipality as a whole wherever a department's code
 * would (the status's total row, a targets file's rows for the municipality's own
 * targets). Set by {@code pladsflow.municipality.name} and {@code .code}; templates read
 * it as {@code @municipality}.
 *
 * @param name the municipality's name
 * @param code its short code; never a department's code
 */
public record Municipality(String name, String code) {

	public Municipality {
		Assert.hasText(name, "pladsflow.municipality.name must be set");
		Assert.hasText(code, "pladsflow.municipality.code must be set");
		name = name.strip();
		code = code.strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * Whether a code (of a file's row, say) names the municipality, regardless of case.
	 * @param candidate the code
	 * @return true for the municipality's code
	 */
	public boolean isCode(String candidate) {
		return candidate != null && this.code.equalsIgnoreCase(candidate.strip());
	}

}
