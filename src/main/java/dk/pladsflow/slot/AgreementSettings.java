package dk.pladsflow.slot;

import java.util.EnumMap;
import java.util.Map;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.citizen.Readiness;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The legal limits the agreement is checked against ({@code pladsflow.agreement.*}). Each
 * default is a figure of lov om en aktiv beskæftigelsesindsats; docs/legal-checks.md
 * cites the paragraph of each.
 *
 * @param maxSubsidyMonths the longest wage subsidy at a public employer by benefit, for a
 * job-ready citizen and for the benefits without readiness (§ 68: 4 months on dagpenge
 * and for job-ready citizens on kontanthjælp, uddannelseshjælp or the integration
 * programme; 12 on sygedagpenge and ressourceforløb)
 * @param maxSubsidyMonthsActivityReady the same for an activity-ready citizen (§ 68: 6
 * months on kontanthjælp, uddannelseshjælp or the integration programme)
 * @param maxInternshipWeeks the longest internship by benefit for a job-ready citizen and
 * for the benefits without readiness (§ 61, stk. 1, nr. 1: 4 weeks on dagpenge and for
 * job-ready citizens); a benefit without a figure has no limit here
 * @param maxInternshipWeeksActivityReady the same for an activity-ready citizen (§ 61,
 * stk. 1, nr. 2: 13 weeks), beyond which a longer internship is a warning (a concrete
 * assessment may extend it)
 * @param extendedInternshipWeeks how far an extension may go (§ 61, stk. 2: 26 weeks)
 */
@ConfigurationProperties("pladsflow.agreement")
public record AgreementSettings(Map<Benefit, Integer> maxSubsidyMonths,
		Map<Benefit, Integer> maxSubsidyMonthsActivityReady, Map<Benefit, Integer> maxInternshipWeeks,
		Map<Benefit, Integer> maxInternshipWeeksActivityReady, Integer extendedInternshipWeeks) {

	/** The limits of the law. */
	public static final AgreementSettings DEFAULTS = new AgreementSettings(null, null, null, null, null);

	public AgreementSettings {
		maxSubsidyMonths = withDefaults(maxSubsidyMonths,
				Map.of(Benefit.UNEMPLOYMENT_INSURANCE, 4, Benefit.CASH_BENEFIT, 4, Benefit.EDUCATION_BENEFIT, 4,
						Benefit.INTEGRATION_PROGRAMME, 4, Benefit.SICKNESS_BENEFIT, 12, Benefit.RESOURCE_COURSE, 12));
		maxSubsidyMonthsActivityReady = withDefaults(maxSubsidyMonthsActivityReady,
				Map.of(Benefit.CASH_BENEFIT, 6, Benefit.EDUCATION_BENEFIT, 6, Benefit.INTEGRATION_PROGRAMME, 6));
		maxInternshipWeeks = withDefaults(maxInternshipWeeks, Map.of(Benefit.UNEMPLOYMENT_INSURANCE, 4,
				Benefit.CASH_BENEFIT, 4, Benefit.EDUCATION_BENEFIT, 4, Benefit.INTEGRATION_PROGRAMME, 4));
		maxInternshipWeeksActivityReady = withDefaults(maxInternshipWeeksActivityReady,
				Map.of(Benefit.CASH_BENEFIT, 13, Benefit.EDUCATION_BENEFIT, 13, Benefit.INTEGRATION_PROGRAMME, 13));
		extendedInternshipWeeks = (extendedInternshipWeeks != null) ? extendedInternshipWeeks : 26;
	}

	private static Map<Benefit, Integer> withDefaults(Map<Benefit, Integer> given, Map<Benefit, Integer> defaults) {
		Map<Benefit, Integer> months = new EnumMap<>(Benefit.class);
		months.putAll(defaults);
		if (given != null) {
			months.putAll(given);
		}
		return Map.copyOf(months);
	}

	/**
	 * Whether the citizen counts as activity-ready for the limits: only on a benefit
	 * assessed for readiness, and only when so assessed (an unknown readiness gets the
	 * shorter, job-ready limit).
	 */
	private static boolean activityReady(Benefit benefit, Readiness readiness) {
		return benefit.assessedForReadiness() && readiness == Readiness.ACTIVITY_READY;
	}

	/**
	 * The longest wage subsidy at a public employer.
	 * @param benefit the citizen's benefit
	 * @param readiness the citizen's readiness, or null
	 * @return the months, or null for no limit
	 */
	Integer subsidyMonths(Benefit benefit, Readiness readiness) {
		return activityReady(benefit, readiness) ? this.maxSubsidyMonthsActivityReady.get(benefit)
				: this.maxSubsidyMonths.get(benefit);
	}

	/**
	 * The longest internship without an extension.
	 * @param benefit the citizen's benefit
	 * @param readiness the citizen's readiness, or null
	 * @return the weeks, or null for no limit
	 */
	Integer internshipWeeks(Benefit benefit, Readiness readiness) {
		return activityReady(benefit, readiness) ? this.maxInternshipWeeksActivityReady.get(benefit)
				: this.maxInternshipWeeks.get(benefit);
	}

	/**
	 * Whether the internship of this citizen may be extended after a concrete assessment
	 * (activity-ready citizens, § 61, stk. 2).
	 * @param benefit the citizen's benefit
	 * @param readiness the citizen's readiness, or null
	 * @return true if so
	 */
	boolean internshipExtendable(Benefit benefit, Readiness readiness) {
		return activityReady(benefit, readiness);
	}

}
