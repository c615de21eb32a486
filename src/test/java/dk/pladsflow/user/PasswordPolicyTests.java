package dk.pladsflow.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password rule (ASVS 2.1): 12 to 128 characters, not a common password, no
 * composition rules.
 */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void elevenCharactersAreTooFewAndTwelveEnough() {
		assertThat(this.policy.problem("tolv-tegn-x")).contains("password.tooShort");
		assertThat(this.policy.problem("tolv-tegn-xy")).isEmpty();
	}

	@Test
	void charactersAreCountedNotBytes() {
		assertThat(this.policy.problem("blåbærgrød12")).isEmpty();
		assertThat(this.policy.problem("blåbærgrød1")).contains("password.tooShort");
	}

	@Test
	void moreThan128CharactersAreRefusedWithTheirOwnReason() {
		assertThat(this.policy.problem("en lang sætning ".repeat(8))).isEmpty();
		assertThat(this.policy.problem("en lang sætning ".repeat(8) + "x")).contains("password.tooLong");
	}

	@Test
	void spacesAndAnyCharactersAreAllowedWithoutCompositionRules() {
		assertThat(this.policy.problem("kun små bogstaver og mellemrum")).isEmpty();
		assertThat(this.policy.problem("🐘🐘 elefanten går i byen")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "Password2024!", "qwertyuiop12", "123456789012", "aaaaaaaaaaaa",
			"abcabcabcabc", "adgangskode1!", "Sommer2026!!", "KØBENHAVN1234", "2024password" })
	void commonPasswordsAndTheirVariantsAreRefused(String common) {
		assertThat(this.policy.problem(common)).contains("password.common");
	}

}
