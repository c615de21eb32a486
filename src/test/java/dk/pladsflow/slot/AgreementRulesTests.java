package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.citizen.Readiness;
import dk.pladsflow.placement.Scheme;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legal checks of the agreement. Every figure here is a default of
 * {@link AgreementSettings} and traces to its paragraph in docs/legal-checks.md.
 */
class AgreementRulesTests {

	static final AgreementSettings LAW = AgreementSettings.DEFAULTS;

	static final LocalDate START = LocalDate.of(2026, 2, 1);

	static final AgreementRules.UnitCount ROOM = new AgreementRules.UnitCount(20, 0, START);

	/**
	 * Rimelighedskrav, docs/legal-checks.md "Ratio": 1 per 5 up to 50, always 1, 1 per 10
	 * beyond.
	 */
	@ParameterizedTest
	@CsvSource({ "0,1", "4,1", "5,1", "9,1", "10,2", "12,2", "49,9", "50,10", "51,10", "60,11", "100,15" })
	void theRatioRuleAllowsOnePerFiveUpToFiftyAndOnePerTenBeyond(int employees, int allowed) {
		assertThat(AgreementRules.allowedInScheme(employees)).isEqualTo(allowed);
	}

	/** § 68 of the law, docs/legal-checks.md "Duration of a wage subsidy". */
	@ParameterizedTest
	@CsvSource({ "UNEMPLOYMENT_INSURANCE,,2026-05-31,2026-06-01", "CASH_BENEFIT,JOB_READY,2026-05-31,2026-06-01",
			"CASH_BENEFIT,ACTIVITY_READY,2026-07-31,2026-08-01", "EDUCATION_BENEFIT,JOB_READY,2026-05-31,2026-06-01",
			"EDUCATION_BENEFIT,ACTIVITY_READY,2026-07-31,2026-08-01",
			"INTEGRATION_PROGRAMME,JOB_READY,2026-05-31,2026-06-01",
			"INTEGRATION_PROGRAMME,ACTIVITY_READY,2026-07-31,2026-08-01", "SICKNESS_BENEFIT,,2027-01-31,2027-02-01",
			"RESOURCE_COURSE,,2027-01-31,2027-02-01" })
	void aPublicWageSubsidyLastsAtMostWhatTheBenefitAndReadinessAllow(Benefit benefit, Readiness readiness,
			LocalDate lastAllowed, LocalDate tooLate) {
		AgreementRules.Chosen citizen = new AgreementRules.Chosen(benefit, readiness);
		assertThat(AgreementRules.check(Scheme.WAGE_SUBSIDY, agreement(lastAllowed), citizen, ROOM, LAW)).isEmpty();
		assertThat(AgreementRules.check(Scheme.WAGE_SUBSIDY, agreement(tooLate), citizen, ROOM, LAW))
			.extracting(AgreementFinding::messageCode)
			.containsExactly("slot.check.duration");
	}

	@Test
	void anUnknownReadinessGetsTheShorterLimitAndAWarning() {
		AgreementRules.Chosen unknown = new AgreementRules.Chosen(Benefit.CASH_BENEFIT, null);
		assertThat(AgreementRules.check(Scheme.WAGE_SUBSIDY, agreement(LocalDate.of(2026, 7, 31)), unknown, ROOM, LAW))
			.extracting(AgreementFinding::messageCode, AgreementFinding::refuses)
			.containsExactly(Tuple.tuple("slot.check.readinessUnknown", false),
					Tuple.tuple("slot.check.duration", true));
	}

	/** § 61, stk. 1, nr. 1, docs/legal-checks.md "Duration of an internship": 4 weeks. */
	@Test
	void aJobReadyCitizensInternshipLastsAtMostFourWeeks() {
		AgreementRules.Chosen jobReady = new AgreementRules.Chosen(Benefit.UNEMPLOYMENT_INSURANCE, null);
		assertThat(AgreementRules.check(Scheme.INTERNSHIP, agreement(LocalDate.of(2026, 2, 28)), jobReady, ROOM, LAW))
			.isEmpty();
		assertThat(AgreementRules.check(Scheme.INTERNSHIP, agreement(LocalDate.of(2026, 3, 1)), jobReady, ROOM, LAW))
			.extracting(AgreementFinding::messageCode, AgreementFinding::refuses)
			.containsExactly(Tuple.tuple("slot.check.internship", true));
	}

	/**
	 * § 61, stk. 1, nr. 2 and stk. 2: 13 weeks, extendable to 26 after a concrete
	 * assessment.
	 */
	@Test
	void anActivityReadyCitizensInternshipWarnsBeyondThirteenWeeksAndStopsAtTwentySix() {
		AgreementRules.Chosen activityReady = new AgreementRules.Chosen(Benefit.CASH_BENEFIT, Readiness.ACTIVITY_READY);
		assertThat(AgreementRules.check(Scheme.INTERNSHIP, agreement(START.plusWeeks(13).minusDays(1)), activityReady,
				ROOM, LAW))
			.isEmpty();
		assertThat(AgreementRules.check(Scheme.INTERNSHIP, agreement(START.plusWeeks(13)), activityReady, ROOM, LAW))
			.extracting(AgreementFinding::messageCode, AgreementFinding::refuses)
			.containsExactly(Tuple.tuple("slot.check.internship.extension", false));
		assertThat(AgreementRules.check(Scheme.INTERNSHIP, agreement(START.plusWeeks(26)), activityReady, ROOM, LAW))
			.extracting(AgreementFinding::messageCode, AgreementFinding::refuses)
			.containsExactly(Tuple.tuple("slot.check.internship.extended", true));
	}

	@Test
	void aFullUnitRefusesAnotherPersonAndSaysWhatIsWrong() {
		AgreementRules.UnitCount full = new AgreementRules.UnitCount(12, 2, LocalDate.of(2026, 12, 15));
		List<AgreementFinding> findings = AgreementRules.check(Scheme.UTILITY_WORK, agreement(LocalDate.of(2026, 3, 1)),
				cash(), full, LAW);
		assertThat(findings).extracting(AgreementFinding::messageCode, AgreementFinding::refuses)
			.containsExactly(Tuple.tuple("slot.check.ratio", true));
		assertThat(findings.get(0).arguments()).containsExactly(12, 2, 2, "15-12-2026");
		org.springframework.context.support.ResourceBundleMessageSource bundle = new org.springframework.context.support.ResourceBundleMessageSource();
		bundle.setBasename("messages");
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
		assertThat(bundle.getMessage(findings.get(0).messageCode(), findings.get(0).arguments(),
				java.util.Locale.forLanguageTag("da")))
			.isEqualTo("Enheden har 12 ordinært ansatte og højst 2 i løntilskud, praktik eller nytteindsats; "
					+ "der er allerede 2 den 15-12-2026.");
		assertThat(AgreementRules.check(Scheme.UTILITY_WORK, agreement(LocalDate.of(2026, 3, 1)), cash(),
				new AgreementRules.UnitCount(12, 1, START), LAW))
			.isEmpty();
	}

	@Test
	void anUnknownNumberOfEmployeesCannotBeChecked() {
		assertThat(AgreementRules.check(Scheme.UTILITY_WORK, agreement(LocalDate.of(2026, 3, 1)), cash(),
				new AgreementRules.UnitCount(null, 0, START), LAW))
			.extracting(AgreementFinding::messageCode)
			.containsExactly("slot.check.ratio.unknown");
	}

	/**
	 * Merbeskæftigelse is a condition of wage subsidy only (docs/legal-checks.md
	 * "Additionality").
	 */
	@Test
	void additionalityIsDemandedOfAWageSubsidyButNotOfAnInternship() {
		AgreementData noRepresentative = new AgreementData(true, true, START, new BigDecimal("37"),
				LocalDate.of(2026, 2, 20), true, false);
		assertThat(AgreementRules.check(Scheme.WAGE_SUBSIDY, noRepresentative, cash(), ROOM, LAW))
			.extracting(AgreementFinding::messageCode)
			.containsExactly("slot.check.additionality");
		assertThat(AgreementRules.check(Scheme.INTERNSHIP, noRepresentative, cash(), ROOM, LAW)).isEmpty();
	}

	@Test
	void flexJobsAreOutsideTheChecksAndNeedNoSubsidyEnd() {
		AgreementData noEnd = new AgreementData(true, true, START, new BigDecimal("20"), null, false, false);
		assertThat(AgreementRules.check(Scheme.FLEX_JOB, noEnd, cash(), new AgreementRules.UnitCount(2, 5, START), LAW))
			.isEmpty();
		assertThat(noEnd.isComplete(Scheme.FLEX_JOB)).isTrue();
		assertThat(noEnd.isComplete(Scheme.WAGE_SUBSIDY)).isFalse();
	}

	@Test
	void theLimitsAreSettings() {
		AgreementSettings longer = new AgreementSettings(Map.of(Benefit.UNEMPLOYMENT_INSURANCE, 6), null, null, null,
				null);
		assertThat(AgreementRules.check(Scheme.WAGE_SUBSIDY, agreement(LocalDate.of(2026, 7, 31)),
				new AgreementRules.Chosen(Benefit.UNEMPLOYMENT_INSURANCE, null), ROOM, longer))
			.isEmpty();
		assertThat(longer.subsidyMonths(Benefit.CASH_BENEFIT, Readiness.ACTIVITY_READY)).isEqualTo(6);
	}

	private static AgreementRules.Chosen cash() {
		return new AgreementRules.Chosen(Benefit.CASH_BENEFIT, Readiness.JOB_READY);
	}

	private static AgreementData agreement(LocalDate subsidyEnd) {
		return new AgreementData(true, true, START, new BigDecimal("37"), subsidyEnd, true, true);
	}

}
