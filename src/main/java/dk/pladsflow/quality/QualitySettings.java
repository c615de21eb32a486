package dk.pladsflow.quality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The target share of each standard, in percent ({@code pladsflow.quality.*}): drawn as a
 * line on the trend and marked in the tables.
 *
 * @param week1 referrals within week 1
 * @param week2 the employer's answer within week 2
 * @param week3 the agreement within week 3
 * @param filledByWeek3 openings filled within 21 days
 * @param closedAfterHearing unused slots closed after a hearing (the standard: all)
 * @param followUps half-yearly reviews completed by their due date
 */
@ConfigurationProperties("pladsflow.quality")
public record QualitySettings(@DefaultValue("90") int week1, @DefaultValue("90") int week2,
		@DefaultValue("90") int week3, @DefaultValue("90") int filledByWeek3,
		@DefaultValue("100") int closedAfterHearing, @DefaultValue("90") int followUps) {

}
