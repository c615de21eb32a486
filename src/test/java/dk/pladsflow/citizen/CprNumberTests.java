package dk.pladsflow.citizen;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CprNumberTests {

	@Test
	void acceptsTheHyphenatedForm() {
		assertThat(new CprNumber("010190-1234").value()).isEqualTo("010190-1234");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0101901234", " 010190-1234 ", "010190 1234" })
	void parseAcceptsTheNumberWithOrWithoutHyphenAndSpaces(String typed) {
		assertThat(CprNumber.parse(typed).value()).isEqualTo("010190-1234");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "010190-123", "010190-12345", "abcdef-1234", "320190-1234", "001290-1234",
			"011390-1234", "010090-1234", "0101901234x" })
	void parseRejectsWhatIsNoCprNumber(String typed) {
		assertThatIllegalArgumentException().isThrownBy(() -> CprNumber.parse(typed));
	}

	@Test
	void constructorRejectsTheFormWithoutHyphen() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CprNumber("0101901234"));
	}

	@Test
	void rejectionDoesNotRepeatTheNumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> CprNumber.parse("010190-12x4"))
			.withMessageNotContaining("12x4");
	}

	@Test
	void maskedShowsTheDateAndHidesTheLastFour() {
		assertThat(new CprNumber("010190-1234").masked()).isEqualTo("010190-****");
		assertThat(CprNumber.mask("010190-1234")).isEqualTo("010190-****");
		assertThat(CprNumber.mask(null)).isNull();
	}

	@Test
	void toStringNeverShowsTheLastFour() {
		CprNumber cpr = new CprNumber("010190-1234");
		assertThat(cpr.toString()).isEqualTo("010190-****").doesNotContain("1234");
		assertThat(String.valueOf(cpr)).doesNotContain("1234");
		assertThat("cpr=" + cpr).doesNotContain("1234");
	}

	@Test
	void citizenDataAndRecordNeverShowTheLastFourInToString() {
		CitizenData data = CitizenMother.data("Mette Hansen", "SAG-1").cpr("010190-1234").build();
		assertThat(data.toString()).doesNotContain("1234");
		CitizenRecord record = new CitizenRecord(1, "Mette Hansen", "SAG-1", "010190-1234", 1, Benefit.CASH_BENEFIT,
				null, true, java.time.LocalDate.of(2026, 1, 1), true, 0, null);
		assertThat(record.toString()).doesNotContain("1234");
	}

}
