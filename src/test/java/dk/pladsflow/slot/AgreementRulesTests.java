package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.LocalDate;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.placement.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementRulesTests {

	static final AgreementSettings LAW = AgreementSettings.DEFAULTS;

	@ParameterizedTest
	@CsvSource({ "0,1", "4,1", "5,1", "9,1", "10,2", "49,9", "50,10", "51,10", "60,11", "100,15" })
	void theRatioRuleAllowsOnePerFiveUpToFiftyAndOnePerTenBeyond(int employees, int allowed) {
		assertThat(AgreementRules.allowedInScheme(employees)).isEqualTo(allowed);
	}

	@ParameterizedTest
	@CsvSource({ "UNEMPLOYMENT_INSURANCE,2026-05-31,2026-06-01", "CASH_BENEFIT,2026-07-31,2026-08-01",
			"EDUCATION_BENEFIT,2026-07-31,2026-08-01", "SICKNESS_BENEFIT,2027-01-31,2027-02-01",
			"RESOURCE_COURSE,2027-01-31,2027-02-01", "INTEGRATION_PROGRAMME,2027-01-31,2027-02-01" })
	void aPublicWageSubsidyLastsAtMostTheMonthsTheBenefitAllows(Benefit benefit, LocalDate lastAllowed,
			LocalDate tooLate) {
		assertThat(AgreementRules.check(Scheme.WAGE_SUBSIDY, agreement(lastAllowed), benefit, 20, 0, LAW)).isEmpty();
		assertThat(AgreementRules.check(Scheme.WAGE_SUBSIDY, agreement(tooLate), benefit, 20, 0, LAW))
			.extracting(AgreementFinding::messageCode)
			.containsExactly("slot.check.duration");
	}

	@Test
	void aFullUnitRefusesAnotherPerson() {
		assertThat(AgreementRules.check(Scheme.INTERNSHIP, agreement(LocalDate.of(2026, 3, 1)), Benefit.CASH_BENEFIT,
				10, 2, LAW))
			.extracting(AgreementFinding::messageCode, AgreementFinding::refuses)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("slot.check.ratio", true));
		assertThat(AgreementRules.check(Scheme.INTERNSHIP, agreement(LocalDate.of(2026, 3, 1)), Benefit.CASH_BENEFIT,
				10, 1, LAW))
			.isEmpty();
	}

	@Test
	void anUnknownNumberOfEmployeesCannotBeChecked() {
		assertThat(AgreementRules.check(Scheme.UTILITY_WORK, agreement(LocalDate.of(2026, 3, 1)), Benefit.CASH_BENEFIT,
				null, 0, LAW))
			.extracting(AgreementFinding::messageCode)
			.containsExactly("slot.check.ratio.unknown");
	}

	@Test
	void additionalityNeedsBothTheDeclarationAndTheRepresentative() {
		AgreementData noRepresentative = new AgreementData(true, true, LocalDate.of(2026, 2, 1), new BigDecimal("37"),
				LocalDate.of(2026, 3, 1), true, false);
		assertThat(AgreementRules.check(Scheme.WAGE_SUBSIDY, noRepresentative, Benefit.CASH_BENEFIT, 20, 0, LAW))
			.extracting(AgreementFinding::messageCode)
			.containsExactly("slot.check.additionality");
	}

	@Test
	void flexJobsAreOutsideTheChecks() {
		AgreementData nothingDeclared = new AgreementData(true, true, LocalDate.of(2026, 2, 1), new BigDecimal("20"),
				LocalDate.of(2030, 1, 1), false, false);
		assertThat(AgreementRules.check(Scheme.FLEX_JOB, nothingDeclared, Benefit.UNEMPLOYMENT_INSURANCE, 2, 5, LAW))
			.isEmpty();
	}

	@Test
	void theLimitsAreSettings() {
		AgreementSettings longer = new AgreementSettings(java.util.Map.of(Benefit.UNEMPLOYMENT_INSURANCE, 6));
		assertThat(AgreementRules.check(Scheme.WAGE_SUBSIDY, agreement(LocalDate.of(2026, 7, 31)),
				Benefit.UNEMPLOYMENT_INSURANCE, 20, 0, longer))
			.isEmpty();
	}

	private static AgreementData agreement(LocalDate subsidyEnd) {
		return new AgreementData(true, true, LocalDate.of(2026, 2, 1), new BigDecimal("37"), subsidyEnd, true, true);
	}

}
