package dk.pladsflow.slot;

import java.util.EnumMap;
import java.util.Map;

import dk.pladsflow.citizen.Benefit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The legal limits the agreement is checked against ({@code pladsflow.agreement.*}).
 *
 * @param maxSubsidyMonths the longest wage subsidy a public employer may give, by the
 * citizen's benefit (defaults: 4 months on dagpenge, 6 on kontanthjælp or
 * uddannelseshjælp, 12 on sygedagpenge, ressourceforløb or the integration programme)
 */
@ConfigurationProperties("pladsflow.agreement")
public record AgreementSettings(Map<Benefit, Integer> maxSubsidyMonths) {

	/** The limits of the law. */
	public static final AgreementSettings DEFAULTS = new AgreementSettings(null);

	public AgreementSettings {
		Map<Benefit, Integer> months = new EnumMap<>(Benefit.class);
		months.put(Benefit.UNEMPLOYMENT_INSURANCE, 4);
		months.put(Benefit.CASH_BENEFIT, 6);
		months.put(Benefit.EDUCATION_BENEFIT, 6);
		months.put(Benefit.SICKNESS_BENEFIT, 12);
		months.put(Benefit.RESOURCE_COURSE, 12);
		months.put(Benefit.INTEGRATION_PROGRAMME, 12);
		if (maxSubsidyMonths != null) {
			months.putAll(maxSubsidyMonths);
		}
		maxSubsidyMonths = Map.copyOf(months);
	}

}
